package dev.breaker.core;

/**
 * Receives a circuit breaker's events. Every method has a no-op default, so a listener implements only what it
 * wants.
 *
 * <p>Listeners run synchronously on the thread that caused the event, after the state change they describe has
 * happened, and outside any lock. Listeners on one breaker may therefore be called concurrently from several threads
 * and, for transitions caused by different threads at nearly the same time, in an order that differs from the
 * order of the transitions; read {@link CircuitBreaker#getState()} for the current state. A listener that throws is
 * isolated: the exception is logged through {@link System.Logger} and the call and the other listeners go on.
 * No event object is allocated: the arguments are the event.
 */
public interface CircuitBreakerListener {

	/**
	 * Called after the breaker moved from one state to another.
	 * @param circuitBreaker the breaker
	 * @param from the state it left
	 * @param to the state it entered
	 */
	default void onStateTransition(CircuitBreaker circuitBreaker, CircuitBreaker.State from,
			CircuitBreaker.State to) {
	}

	/**
	 * Called after a permitted call succeeded.
	 * @param circuitBreaker the breaker
	 * @param durationNanos how long the call took
	 */
	default void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
	}

	/**
	 * Called after a permitted call failed with an exception the breaker records as a failure, or returned a result
	 * that the record-result predicate counts as a failure (then {@code error} is a
	 * {@link ResultRecordedAsFailureException}).
	 * @param circuitBreaker the breaker
	 * @param durationNanos how long the call took
	 * @param error the failure
	 */
	default void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
	}

	/**
	 * Called after a permitted call failed with an exception the breaker ignores: neither a success nor a failure.
	 * @param circuitBreaker the breaker
	 * @param durationNanos how long the call took
	 * @param error the ignored exception
	 */
	default void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
	}

	/**
	 * Called when the breaker refused a call.
	 * @param circuitBreaker the breaker
	 */
	default void onCallNotPermitted(CircuitBreaker circuitBreaker) {
	}

	/**
	 * Called after a permitted call took at least the slow-call duration threshold, in addition to
	 * {@link #onSuccess} or {@link #onError}.
	 * @param circuitBreaker the breaker
	 * @param durationNanos how long the call took
	 */
	default void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
	}

}
