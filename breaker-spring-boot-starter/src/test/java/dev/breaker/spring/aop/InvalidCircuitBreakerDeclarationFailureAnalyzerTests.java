package dev.breaker.spring.aop;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InvalidCircuitBreakerDeclarationFailureAnalyzer}.
 */
class InvalidCircuitBreakerDeclarationFailureAnalyzerTests {

	@Test
	void analyzeWhenDeclarationsAreInvalidShouldListEachAndExplainTheRules() {
		InvalidCircuitBreakerDeclarationException failure = new InvalidCircuitBreakerDeclarationException(
				List.of("first problem", "second problem"));
		FailureAnalysis analysis = new InvalidCircuitBreakerDeclarationFailureAnalyzer()
			.analyze(new BeanCreationException("wrapper", failure));
		assertThat(analysis.getDescription())
			.isEqualTo("Found 2 invalid @CircuitBreaker declarations:\n\n1. first problem\n\n2. second problem");
		assertThat(analysis.getAction()).startsWith("Fix the declarations listed above.")
			.contains("non-final instance method that is not private")
			.contains("at most one such method per exception parameter type");
	}

	@Test
	void analyzerShouldBeRegisteredInSpringFactories() throws Exception {
		String factories = new ClassPathResource("META-INF/spring.factories").getContentAsString(StandardCharsets.UTF_8);
		assertThat(factories).contains(InvalidCircuitBreakerDeclarationFailureAnalyzer.class.getName());
	}

}
