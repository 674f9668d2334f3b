package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog;
import dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpoint;
import dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpointWebExtension;
import io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint.CircuitBreakerEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerEndpointAutoConfiguration}.
 */
class BreakerEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class, BreakerEndpointAutoConfiguration.class));

	@Test
	void startWhenExposedOnWebShouldDefineEndpointExtensionAndEventLog() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=circuitbreakers")
			.run((context) -> assertThat(context).hasSingleBean(CircuitBreakersEndpoint.class)
				.hasSingleBean(CircuitBreakersEndpointWebExtension.class)
				.hasSingleBean(CircuitBreakerEventLog.class));
	}

	@Test
	void startWhenNotExposedShouldDefineNothing() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(CircuitBreakersEndpoint.class)
			.doesNotHaveBean(CircuitBreakerEventLog.class));
	}

	@Test
	void startWhenAccessNoneShouldDefineNothing() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=*",
					"management.endpoint.circuitbreakers.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(CircuitBreakersEndpoint.class));
	}

	@Test
	void startWhenActuatorAbsentShouldDefineNothing() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.withPropertyValues("management.endpoints.web.exposure.include=circuitbreakers")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CircuitBreakerRegistry.class)
				.doesNotHaveBean(CircuitBreakersEndpoint.class));
	}

	@Test
	void startWhenEventsMaxPerBreakerSetShouldKeepThatMany() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=circuitbreakers",
					"breaker.events.max-per-breaker=2", "breaker.instances.payment.failure-rate-threshold=50")
			.run((context) -> {
				CircuitBreaker payment = context.getBean(CircuitBreakerRegistry.class).find("payment").orElseThrow();
				payment.transitionToOpenState();
				payment.transitionToClosedState();
				payment.transitionToForcedOpenState();
				assertThat(context.getBean(CircuitBreakerEventLog.class).events(payment)).hasSize(2);
			});
	}

	@Test
	void startWhenUserDefinesEndpointShouldBackOff() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=circuitbreakers")
			.withBean("customEndpoint", CircuitBreakersEndpoint.class,
					() -> new CircuitBreakersEndpoint(CircuitBreakerRegistry.ofDefaults(),
							new CircuitBreakerEventLog(1, java.time.Clock.systemUTC())))
			.run((context) -> assertThat(context).hasSingleBean(CircuitBreakersEndpoint.class)
				.hasBean("customEndpoint"));
	}

	@Test
	void startWhenResilience4jEndpointPresentShouldFailNamingBothAndTheSwitches() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=circuitbreakers")
			.withBean("circuitBreakerEndpoint", CircuitBreakerEndpoint.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(CircuitBreakersEndpointConflictException.class)
				.hasMessageContaining("Two actuator endpoints have the id 'circuitbreakers'")
				.hasMessageContaining("bean 'circuitBreakerEndpoint' of type "
						+ "io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint.CircuitBreakerEndpoint "
						+ "from Resilience4j's Spring Boot module")
				.hasMessageContaining("spring.autoconfigure.exclude="
						+ "dev.breaker.spring.autoconfigure.BreakerEndpointAutoConfiguration")
				.hasMessageContaining("spring.autoconfigure.exclude="
						+ "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration")
				.hasMessageContaining("management.endpoint.circuitbreakers.access=none"));
	}

	@Test
	void startWhenResilience4jRegistryBeanNamePresentShouldNotClash() {
		// resilience4j-spring-boot3 names its own (differently typed) registry bean 'circuitBreakerRegistry'
		this.contextRunner.withBean("circuitBreakerRegistry", String.class, () -> "Resilience4j's registry")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CircuitBreakerRegistry.class));
	}

	@Test
	void startWhenResilience4jEndpointPresentButIdNotExposedShouldStart() {
		this.contextRunner.withBean("circuitBreakerEndpoint", CircuitBreakerEndpoint.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

}
