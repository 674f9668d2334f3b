package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerAutoConfiguration}.
 */
class BreakerAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	@Test
	void startWhenNothingConfiguredShouldDefineRegistryAndProperties() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(CircuitBreakerRegistry.class)
			.hasSingleBean(BreakerProperties.class));
	}

	@Test
	void startWhenInstanceConfiguredShouldCreateItWithTheRegistry() {
		this.contextRunner.withPropertyValues("breaker.instances.payment.failure-rate-threshold=30")
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class).find("payment")).isPresent());
	}

}
