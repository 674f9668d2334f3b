package dev.breaker.spring.fallback;

/**
 * Thrown when the {@code fallbackMethod} of a {@code @CircuitBreaker} names no compatible method, or names several
 * that handle the same exception type. The message names the class, the protected method and the signatures that
 * would match.
 */
public class InvalidFallbackMethodException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception with the given description.
	 * @param message what is wrong and how to fix it
	 */
	public InvalidFallbackMethodException(String message) {
		super(message);
	}

}
