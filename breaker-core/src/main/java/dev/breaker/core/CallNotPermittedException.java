package dev.breaker.core;

import java.time.Duration;

/**
 * Thrown (or, for asynchronous calls, used to fail the returned stage) when a circuit breaker refuses a call. The
 * call was not run.
 *
 * <p>This exception never captures a stack trace and is not suppressible: a refusal is an expected, cheap event,
 * and the stack of the refused caller tells nothing about the failing dependency. It holds the breaker's name and
 * state, never the breaker itself. Instances are immutable and thread-safe.
 */
public final class CallNotPermittedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String circuitBreakerName;

	private final CircuitBreaker.State state;

	private final Duration retryAfter;

	/**
	 * Creates an exception for a call refused by the named breaker.
	 * @param circuitBreakerName the name of the breaker that refused the call
	 * @param state the state the breaker was in when it refused the call
	 * @param retryAfter how long until the breaker lets a trial call through; {@link Duration#ZERO} when unknown or
	 * when the breaker was forced open by hand
	 */
	public CallNotPermittedException(String circuitBreakerName, CircuitBreaker.State state, Duration retryAfter) {
		super(null, null, false, false);
		this.circuitBreakerName = circuitBreakerName;
		this.state = state;
		this.retryAfter = retryAfter;
	}

	/**
	 * Returns the name of the breaker that refused the call.
	 * @return the breaker's name
	 */
	public String getCircuitBreakerName() {
		return this.circuitBreakerName;
	}

	/**
	 * Returns the state of the breaker when it refused the call.
	 * @return the state at refusal
	 */
	public CircuitBreaker.State getState() {
		return this.state;
	}

	/**
	 * Returns how long until the breaker will let a trial call through, measured when the call was refused.
	 * @return the remaining open wait, or {@link Duration#ZERO} when unknown (for example in {@code HALF_OPEN} with
	 * every trial permit taken) or when the breaker is {@code FORCED_OPEN}
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	@Override
	public String getMessage() {
		return "CircuitBreaker '" + this.circuitBreakerName + "' is " + this.state + " and does not permit further calls"
				+ (this.retryAfter.isZero() ? "" : "; retry after " + this.retryAfter);
	}

}
