package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code DISABLED}: every call runs and nothing is recorded. Entered and left only by hand. Immutable.
 */
final class DisabledState extends BreakerState {

	DisabledState(DefaultCircuitBreaker breaker, long enteredAtNanos, Cycle cycle) {
		super(breaker, enteredAtNanos, cycle);
	}

	@Override
	State state() {
		return State.DISABLED;
	}

	@Override
	long tryAcquire() {
		return PERMITTED;
	}

	@Override
	void record(boolean failure, boolean slow) {
	}

	@Override
	WindowCounts counts() {
		return WindowCounts.EMPTY;
	}

	@Override
	int consecutiveFailures() {
		return 0;
	}

}
