package dev.breaker.core;

/**
 * Thrown when a manual transition asks for a (from, to) pair that the state machine does not allow, for example
 * {@code CLOSED → HALF_OPEN}. The breaker's state is unchanged. Instances are immutable.
 */
public final class IllegalStateTransitionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String circuitBreakerName;

	private final CircuitBreaker.State from;

	private final CircuitBreaker.State to;

	/**
	 * Creates an exception for a refused transition.
	 * @param circuitBreakerName the breaker's name
	 * @param from the state the breaker is in
	 * @param to the state that was asked for
	 * @param reason why the transition is not allowed
	 */
	public IllegalStateTransitionException(String circuitBreakerName, CircuitBreaker.State from,
			CircuitBreaker.State to, String reason) {
		super("CircuitBreaker '" + circuitBreakerName + "' cannot go from " + from + " to " + to + ": " + reason);
		this.circuitBreakerName = circuitBreakerName;
		this.from = from;
		this.to = to;
	}

	/**
	 * Returns the breaker's name.
	 * @return the name
	 */
	public String getCircuitBreakerName() {
		return this.circuitBreakerName;
	}

	/**
	 * Returns the state the breaker was in.
	 * @return the source state
	 */
	public CircuitBreaker.State getFrom() {
		return this.from;
	}

	/**
	 * Returns the state that was asked for.
	 * @return the target state
	 */
	public CircuitBreaker.State getTo() {
		return this.to;
	}

}
