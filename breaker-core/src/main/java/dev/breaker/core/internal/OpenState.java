package dev.breaker.core.internal;

import java.time.Duration;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code OPEN}: every call is refused until the open wait has elapsed; the first call or state read after that moves
 * the breaker to {@code HALF_OPEN} (there is no timer thread). The wait is fixed when the state is entered, from the
 * configured wait, the backoff for the number of openings in a row and the jitter. Keeps showing the counts of the
 * state that tripped. Immutable; a refusal costs one ticker read.
 */
final class OpenState extends BreakerState {

	private final long retryAtNanos;

	private final int openCount;

	private final WindowCounts counts;

	private final int consecutiveFailures;

	private final int minimumNumberOfCalls;

	OpenState(DefaultCircuitBreaker breaker, long enteredAtNanos, Cycle cycle, int openCount, WindowCounts counts,
			int consecutiveFailures, int minimumNumberOfCalls) {
		super(breaker, enteredAtNanos, cycle);
		this.openCount = openCount;
		this.retryAtNanos = enteredAtNanos + breaker.openWaitNanos(openCount);
		this.counts = counts;
		this.consecutiveFailures = consecutiveFailures;
		this.minimumNumberOfCalls = minimumNumberOfCalls;
	}

	static OpenState after(BreakerState previous, long now) {
		return new OpenState(previous.breaker, now, previous.cycle, previous.openCount() + 1, previous.counts(),
				previous.consecutiveFailures(), previous.minimumNumberOfCalls());
	}

	@Override
	State state() {
		return State.OPEN;
	}

	@Override
	int tryAcquire() {
		return expire(this.breaker.now()) ? RETRY : REFUSED;
	}

	@Override
	boolean expire(long now) {
		if (now - this.retryAtNanos < 0) {
			return false;
		}
		this.breaker.transition(this, new HalfOpenState(this.breaker, now, this.cycle, this.openCount));
		return true;
	}

	@Override
	Duration retryAfter(long now) {
		return Duration.ofNanos(Math.max(0L, this.retryAtNanos - now));
	}

	@Override
	void record(boolean failure, boolean slow) {
	}

	@Override
	WindowCounts counts() {
		return this.counts;
	}

	@Override
	int consecutiveFailures() {
		return this.consecutiveFailures;
	}

	@Override
	int minimumNumberOfCalls() {
		return this.minimumNumberOfCalls;
	}

	@Override
	int openCount() {
		return this.openCount;
	}

}
