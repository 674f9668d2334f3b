package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerHealthBoot3AutoConfiguration} and {@link BreakerHealthBoot4AutoConfiguration}, together:
 * on either Spring Boot version exactly the matching one contributes. Health types differ between the versions, so
 * the indicator is called through its public {@code health()} method by name.
 */
class BreakerHealthAutoConfigurationTests {

	private static final boolean BOOT_4 = ClassUtils
		.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class,
				BreakerHealthBoot3AutoConfiguration.class, BreakerHealthBoot4AutoConfiguration.class))
		.withPropertyValues("breaker.instances.payment.failure-rate-threshold=50",
				"breaker.instances.inventory.failure-rate-threshold=50");

	@Test
	void startWhenEnabledShouldDefineTheIndicatorOfThisBootVersion() {
		this.contextRunner.withPropertyValues("breaker.health.enabled=true").run((context) -> {
			assertThat(context).hasBean("circuitBreakersHealthIndicator");
			assertThat(context.getBean("circuitBreakersHealthIndicator").getClass().getSimpleName())
				.isEqualTo(BOOT_4 ? "Boot4CircuitBreakersHealthIndicator" : "Boot3CircuitBreakersHealthIndicator");
		});
	}

	@Test
	void startWhenNotEnabledShouldDefineNoIndicator() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean("circuitBreakersHealthIndicator"));
	}

	@Test
	void healthWhenDownWhenOpenBreakerOpenShouldBeDown() {
		this.contextRunner.withPropertyValues("breaker.health.enabled=true", "breaker.health.down-when-open=payment")
			.run((context) -> {
				context.getBean(CircuitBreakerRegistry.class).find("inventory").orElseThrow().transitionToOpenState();
				assertThat(status(context.getBean("circuitBreakersHealthIndicator"))).isEqualTo("UP");
				context.getBean(CircuitBreakerRegistry.class).find("payment").orElseThrow().transitionToOpenState();
				assertThat(status(context.getBean("circuitBreakersHealthIndicator"))).isEqualTo("DOWN");
			});
	}

	@Test
	void startWhenActuatorAbsentShouldDefineNoIndicator() {
		this.contextRunner
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate", "org.springframework.boot.health"))
			.withPropertyValues("breaker.health.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("circuitBreakersHealthIndicator"));
	}

	@Test
	void startWhenUserDefinesIndicatorShouldBackOff() {
		this.contextRunner.withPropertyValues("breaker.health.enabled=true")
			.withBean("circuitBreakersHealthIndicator", String.class, () -> "custom")
			.run((context) -> assertThat(context.getBean("circuitBreakersHealthIndicator")).isEqualTo("custom"));
	}

	private static String status(Object indicator) {
		Object health = ReflectionTestUtils.invokeMethod(indicator, "health");
		return ReflectionTestUtils.invokeMethod(health, "getStatus").toString();
	}

}
