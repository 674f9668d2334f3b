package dev.breaker.spring.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * Thrown at start-up when a {@code breaker.*} property holds a value the circuit breaker cannot use: a value the
 * core's {@code CircuitBreakerConfig.Builder} rejects, an unknown exception class, an unknown {@code base-config} or a
 * {@code base-config} cycle. It names the property, the value and what is allowed, and is explained by
 * {@link InvalidBreakerPropertyFailureAnalyzer}. Instances are immutable.
 */
public class InvalidBreakerPropertyException extends RuntimeException {

	private final String propertyPath;

	private final String value;

	private final String allowed;

	/**
	 * Creates an exception.
	 * @param propertyPath the full name of the property, e.g.
	 * {@code breaker.instances.payment.failure-rate-threshold}
	 * @param value the offending value, as text
	 * @param allowed what the property accepts, e.g. {@code a percentage in [1, 100]}
	 * @param cause the exception that revealed the problem, or {@code null}
	 */
	public InvalidBreakerPropertyException(String propertyPath, String value, String allowed,
			@Nullable Throwable cause) {
		super(propertyPath + " was '" + value + "' but must be " + allowed, cause);
		this.propertyPath = propertyPath;
		this.value = value;
		this.allowed = allowed;
	}

	/**
	 * Returns the full name of the property.
	 * @return the property path, e.g. {@code breaker.instances.payment.failure-rate-threshold}
	 */
	public String getPropertyPath() {
		return this.propertyPath;
	}

	/**
	 * Returns the offending value, as text.
	 * @return the value
	 */
	public String getValue() {
		return this.value;
	}

	/**
	 * Returns a description of the values the property accepts.
	 * @return what is allowed, e.g. {@code a percentage in [1, 100]}
	 */
	public String getAllowed() {
		return this.allowed;
	}

}
