package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code METRICS_ONLY}: a dry run. Every call runs and is recorded in a fresh window, but the breaker never trips.
 * Entered and left only by hand. Thread-safe.
 */
final class MetricsOnlyState extends BreakerState {

	private final OutcomeWindow window;

	MetricsOnlyState(DefaultCircuitBreaker breaker, long enteredAtNanos, Cycle cycle) {
		super(breaker, enteredAtNanos, cycle);
		this.window = new OutcomeWindow(breaker.getConfig());
	}

	@Override
	State state() {
		return State.METRICS_ONLY;
	}

	@Override
	long tryAcquire() {
		return PERMITTED;
	}

	@Override
	void record(boolean failure, boolean slow) {
		this.window.record(failure, slow, this.breaker.rateRule(), 0);
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
