package dev.breaker.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidBreakerPropertyException} that stopped start-up: the property, its value and what is
 * allowed.
 */
class InvalidBreakerPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidBreakerPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidBreakerPropertyException cause) {
		return new FailureAnalysis(describe(cause.getPropertyPath(), cause.getValue(), cause.getAllowed()),
				action(cause.getPropertyPath(), cause.getAllowed()), cause);
	}

	static String describe(String propertyPath, String value, String allowed) {
		return String.format("Invalid circuit breaker configuration:%n%n    Property: %s%n    Value: \"%s\"%n"
				+ "    Allowed: %s%n", propertyPath, value, allowed);
	}

	static String action(String propertyPath, String allowed) {
		return "Update your application's configuration: set " + propertyPath + " to " + allowed + ".";
	}

}
