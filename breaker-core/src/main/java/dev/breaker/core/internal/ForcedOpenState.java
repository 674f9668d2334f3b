package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code FORCED_OPEN}: every call is refused until the state is changed by hand; the refusal's retry-after is zero.
 * Keeps showing the counts of the state it replaced. Immutable.
 */
final class ForcedOpenState extends BreakerState {

	private final WindowCounts counts;

	private final int consecutiveFailures;

	private final int minimumNumberOfCalls;

	private final int openCount;

	ForcedOpenState(DefaultCircuitBreaker breaker, long enteredAtNanos, BreakerState previous) {
		super(breaker, enteredAtNanos, previous.cycle);
		this.counts = previous.counts();
		this.consecutiveFailures = previous.consecutiveFailures();
		this.minimumNumberOfCalls = previous.minimumNumberOfCalls();
		this.openCount = previous.openCount();
	}

	@Override
	State state() {
		return State.FORCED_OPEN;
	}

	@Override
	int tryAcquire() {
		return REFUSED;
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
