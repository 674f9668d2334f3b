package dev.breaker.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link CircuitBreakersEndpointConflictFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CircuitBreakersEndpointConflictFailureAnalyzerTests {

	private static final String RESILIENCE4J_ENDPOINT = "io.github.resilience4j.springboot3.circuitbreaker.monitoring"
			+ ".endpoint.CircuitBreakerEndpoint";

	@Test
	void analyzeWhenConflictWrappedShouldDescribeBothEndpointsAndTheWaysOut() {
		CircuitBreakersEndpointConflictException conflict = new CircuitBreakersEndpointConflictException(
				"circuitBreakerEndpoint", RESILIENCE4J_ENDPOINT);
		FailureAnalysis analysis = new CircuitBreakersEndpointConflictFailureAnalyzer()
			.analyze(new BeanCreationException("wrapper", conflict));
		assertThat(analysis.getDescription()).startsWith("Two actuator endpoints have the id 'circuitbreakers'")
			.contains(RESILIENCE4J_ENDPOINT);
		assertThat(analysis.getAction()).startsWith("Keep one of the two endpoints:")
			.contains("BreakerEndpointAutoConfiguration")
			.contains("io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration")
			.contains("management.endpoint.circuitbreakers.access=none");
		assertThat(analysis.getCause()).isSameAs(conflict);
	}

	@Test
	void analyzeWhenOtherLibraryShouldAdviseRemovingItsBean() {
		FailureAnalysis analysis = new CircuitBreakersEndpointConflictFailureAnalyzer()
			.analyze(new CircuitBreakersEndpointConflictException("breakers", "com.example.BreakersEndpoint"));
		assertThat(analysis.getDescription()).contains("from another library");
		assertThat(analysis.getAction()).contains("remove the bean 'com.example.BreakersEndpoint'")
			.doesNotContain("resilience4j");
	}

	@Test
	void runWhenResilience4jEndpointPresentShouldPrintOneFailureReport(CapturedOutput output) {
		SpringApplication application = new SpringApplication(ConflictingApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatIllegalStateException()
			.isThrownBy(() -> application.run("--spring.jmx.enabled=true",
					"--management.endpoints.jmx.exposure.include=circuitbreakers"))
			.isInstanceOf(CircuitBreakersEndpointConflictException.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Two actuator endpoints have the id 'circuitbreakers'")
			.contains("Keep one of the two endpoints:")
			.doesNotContain("Found two endpoints with the id");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ BreakerAutoConfiguration.class, BreakerEndpointAutoConfiguration.class })
	static class ConflictingApplication {

		@Bean
		io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint.CircuitBreakerEndpoint circuitBreakerEndpoint() {
			return new io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint.CircuitBreakerEndpoint();
		}

	}

}
