package dev.breaker.core;

/**
 * Passed to {@link CircuitBreakerListener#onError} when a call returned normally but its result matched
 * {@link CircuitBreakerConfig#getRecordResultPredicate() the record-result predicate} and so counted as a failure.
 * The caller still receives the result; this exception is never thrown to it.
 *
 * <p>It captures no stack trace and holds only the breaker's name and the result's type, never the result.
 */
public final class ResultRecordedAsFailureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String circuitBreakerName;

	/**
	 * Creates an exception describing a result that counted as a failure.
	 * @param circuitBreakerName the breaker's name
	 * @param resultType the type of the result, or {@code "null"}
	 */
	public ResultRecordedAsFailureException(String circuitBreakerName, String resultType) {
		super("CircuitBreaker '" + circuitBreakerName + "' recorded a result of type " + resultType + " as a failure",
				null, false, false);
		this.circuitBreakerName = circuitBreakerName;
	}

	/**
	 * Returns the breaker's name.
	 * @return the name
	 */
	public String getCircuitBreakerName() {
		return this.circuitBreakerName;
	}

}
