package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.IllegalStateTransitionException;

/**
 * The table of transitions an operator may ask for. Automatic transitions (CLOSED → OPEN, OPEN → HALF_OPEN,
 * HALF_OPEN → CLOSED, HALF_OPEN → OPEN) are made only by the states themselves. By hand, every state may go to
 * CLOSED, OPEN, FORCED_OPEN, DISABLED and METRICS_ONLY (a transition to the current state starts it afresh: an empty
 * window, a new wait), but only a breaker that refuses calls or is already probing (OPEN, FORCED_OPEN, HALF_OPEN) may
 * be moved to HALF_OPEN: probing a breaker that lets everything through means nothing.
 */
final class StateTransitions {

	private StateTransitions() {
	}

	static void checkManual(String name, State from, State to) {
		if (to == State.HALF_OPEN && from != State.OPEN && from != State.FORCED_OPEN && from != State.HALF_OPEN) {
			throw new IllegalStateTransitionException(name, from, to,
					"only an OPEN, FORCED_OPEN or HALF_OPEN breaker can be moved to HALF_OPEN");
		}
	}

}
