package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code CLOSED}: every call runs and is recorded; trips to {@code OPEN} when a rate or the failures in a row reach
 * their threshold. The call path is lock-free and allocates nothing: permission is a constant, recording is a few
 * atomic operations on the window. Thread-safe.
 */
final class ClosedState extends BreakerState {

	private final OutcomeWindow window;

	ClosedState(DefaultCircuitBreaker breaker, long enteredAtNanos) {
		super(breaker, enteredAtNanos, new Cycle());
		this.window = new OutcomeWindow(breaker.getConfig());
	}

	@Override
	State state() {
		return State.CLOSED;
	}

	@Override
	long tryAcquire() {
		return PERMITTED;
	}

	@Override
	void record(boolean failure, boolean slow) {
		if (this.window.record(failure, slow, this.breaker.rateRule(), this.breaker.consecutiveFailureThreshold())) {
			// Only the thread whose CAS wins reports the transition; the others find the breaker already open.
			this.breaker.transition(this, OpenState.after(this, this.breaker.now()));
		}
	}

	@Override
	WindowCounts counts() {
		return this.window.counts();
	}

	@Override
	int consecutiveFailures() {
		return this.window.consecutiveFailures();
	}

}
