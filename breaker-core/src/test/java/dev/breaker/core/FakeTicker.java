package dev.breaker.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Ticker} that tests advance by hand instead of sleeping. Published in breaker-core's test-jar so the
 * starter's tests drive time the same way. This class is thread-safe.
 */
public final class FakeTicker implements Ticker {

	private final AtomicLong nanos;

	/**
	 * Creates a ticker reading an arbitrary non-zero start value, so code that wrongly treats 0 as "unset" shows up.
	 */
	public FakeTicker() {
		this.nanos = new AtomicLong(1_000_000_000_000L);
	}

	@Override
	public long nanoTime() {
		return this.nanos.get();
	}

	/**
	 * Moves time forward.
	 * @param duration how far; must not be negative
	 * @return this ticker
	 */
	public FakeTicker advance(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("a ticker never goes back, but was asked to advance by " + duration);
		}
		this.nanos.addAndGet(duration.toNanos());
		return this;
	}

}
