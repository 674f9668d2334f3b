package dev.breaker.spring.aop;

import java.util.List;

/**
 * Thrown at start-up when {@code @CircuitBreaker} declarations cannot work: a {@code fallbackMethod} naming no
 * compatible method or several equally specific ones, or an annotated method a proxy cannot intercept. The message
 * lists every problem found.
 */
public class InvalidCircuitBreakerDeclarationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	/**
	 * Creates an exception listing the problems.
	 * @param problems a description of each invalid declaration, naming its class and method
	 */
	public InvalidCircuitBreakerDeclarationException(List<String> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns a description of each invalid declaration.
	 * @return the problems, in the order found
	 */
	public List<String> getProblems() {
		return this.problems;
	}

	private static String describe(List<String> problems) {
		StringBuilder message = new StringBuilder("Found ").append(problems.size())
			.append(" invalid @CircuitBreaker declaration")
			.append((problems.size() > 1) ? "s" : "")
			.append(':');
		for (int i = 0; i < problems.size(); i++) {
			message.append("\n\n").append(i + 1).append(". ").append(problems.get(i));
		}
		return message.toString();
	}

}
