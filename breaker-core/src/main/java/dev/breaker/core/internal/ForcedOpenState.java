package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code FORCED_OPEN}: every call is refused until the state is changed by hand; the refusal's retry-after is zero.
 * Keeps showing the counts of the state it replaced. Immutable.
 */
final class ForcedOpenState extends RefusingState {

	ForcedOpenState(DefaultCircuitBreaker breaker, long enteredAtNanos, BreakerState previous) {
		super(previous, enteredAtNanos, previous.openCount());
	}

	@Override
	State state() {
		return State.FORCED_OPEN;
	}

	@Override
	long tryAcquire() {
		return REFUSED;
	}

}
