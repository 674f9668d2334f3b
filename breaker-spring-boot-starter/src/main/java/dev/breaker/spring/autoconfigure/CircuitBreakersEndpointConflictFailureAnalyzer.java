package dev.breaker.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link CircuitBreakersEndpointConflictException} as a start-up failure analysis: which two endpoints
 * share the id {@code circuitbreakers} and how to keep one of them.
 */
class CircuitBreakersEndpointConflictFailureAnalyzer
		extends AbstractFailureAnalyzer<CircuitBreakersEndpointConflictException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CircuitBreakersEndpointConflictException cause) {
		return new FailureAnalysis(
				CircuitBreakersEndpointConflictException.description(cause.getBeanName(), cause.getBeanType()),
				CircuitBreakersEndpointConflictException.action(cause.getBeanType()), cause);
	}

}
