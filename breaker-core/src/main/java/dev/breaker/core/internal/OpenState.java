package dev.breaker.core.internal;

import java.time.Duration;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code OPEN}: every call is refused until the open wait has elapsed; the first call or state read after that moves
 * the breaker to {@code HALF_OPEN} (there is no timer thread). The wait is fixed when the state is entered, from the
 * configured wait, the backoff for the number of openings in a row and the jitter. Keeps showing the counts of the
 * state that tripped. Immutable; a refusal costs one ticker read.
 */
final class OpenState extends RefusingState {

	private final long retryAtNanos;

	private OpenState(BreakerState previous, long enteredAtNanos) {
		super(previous, enteredAtNanos, previous.openCount() + 1);
		this.retryAtNanos = enteredAtNanos + previous.breaker.openWaitNanos(openCount());
	}

	/**
	 * The OPEN state that follows {@code previous}, one more opening in a row than it.
	 */
	static OpenState after(BreakerState previous, long now) {
		return new OpenState(previous, now);
	}

	@Override
	State state() {
		return State.OPEN;
	}

	@Override
	long tryAcquire() {
		long now = this.breaker.now();
		long remaining = this.retryAtNanos - now;
		if (remaining > 0) {
			return remaining;
		}
		return expire(now) ? RETRY : REFUSED;
	}

	@Override
	boolean expire(long now) {
		if (now - this.retryAtNanos < 0) {
			return false;
		}
		this.breaker.transition(this, new HalfOpenState(this.breaker, now, this.cycle, openCount()));
		return true;
	}

	@Override
	Duration retryAfter(long now) {
		return Duration.ofNanos(Math.max(0L, this.retryAtNanos - now));
	}

}
