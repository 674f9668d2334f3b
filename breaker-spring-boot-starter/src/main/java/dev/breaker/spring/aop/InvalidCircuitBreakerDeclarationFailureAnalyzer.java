package dev.breaker.spring.aop;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidCircuitBreakerDeclarationException} that stopped start-up: every invalid
 * {@code @CircuitBreaker} declaration, and how to fix it.
 */
class InvalidCircuitBreakerDeclarationFailureAnalyzer
		extends AbstractFailureAnalyzer<InvalidCircuitBreakerDeclarationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCircuitBreakerDeclarationException cause) {
		return new FailureAnalysis(cause.getMessage(), "Fix the declarations listed above. A @CircuitBreaker method "
				+ "must be a non-final instance method that is not private, so that the proxy can intercept it. A "
				+ "fallbackMethod must name at least one method of the bean's class or a superclass with the protected "
				+ "method's parameters (optionally followed by one Throwable parameter) and a compatible return type, "
				+ "and at most one such method per exception parameter type.", cause);
	}

}
