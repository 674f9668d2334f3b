package dev.breaker.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

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
	void startWhenNothingConfiguredShouldUseTheCoreDefaults() {
		this.contextRunner.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class)
			.circuitBreaker("anything")
			.getConfig()).isEqualTo(CircuitBreakerConfig.ofDefaults()));
	}

	@Test
	void startWhenUserDefinesRegistryShouldBackOff() {
		CircuitBreakerRegistry userRegistry = CircuitBreakerRegistry.ofDefaults();
		this.contextRunner.withBean(CircuitBreakerRegistry.class, () -> userRegistry)
			.withPropertyValues("breaker.instances.payment.failure-rate-threshold=30")
			.run((context) -> {
				assertThat(context).getBean(CircuitBreakerRegistry.class).isSameAs(userRegistry);
				assertThat(userRegistry.find("payment")).isEmpty();
			});
	}

	@Test
	void startWhenInstancesConfiguredShouldCreateThemAll() {
		this.contextRunner
			.withPropertyValues("breaker.instances.payment.failure-rate-threshold=30",
					"breaker.instances.shipping.minimum-number-of-calls=5")
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class).all())
				.extracting((breaker) -> breaker.getName())
				.containsExactly("payment", "shipping"));
	}

	@Test
	void circuitBreakerWhenNameNotConfiguredShouldGetDefaultConfig() {
		this.contextRunner.withPropertyValues("breaker.configs.default.failure-rate-threshold=25")
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class)
				.circuitBreaker("created-later")
				.getConfig()
				.getFailureRateThreshold()).isEqualTo(25f));
	}

	@Test
	void startWhenNamedConfigsConfiguredShouldAddThemToRegistry() {
		this.contextRunner.withPropertyValues("breaker.configs.fragile.consecutive-failure-threshold=3")
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class).getConfiguration("fragile"))
				.hasValueSatisfying((config) -> assertThat(config.getConsecutiveFailureThreshold()).isEqualTo(3)));
	}

	@Test
	void startWhenCustomizersDefinedShouldApplyThemInOrderAfterProperties() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class)
			.withPropertyValues("breaker.instances.payment.failure-rate-threshold=30",
					"breaker.instances.payment.minimum-number-of-calls=5")
			.run((context) -> {
				CircuitBreakerConfig config = context.getBean(CircuitBreakerRegistry.class)
					.find("payment")
					.orElseThrow()
					.getConfig();
				assertThat(config.getFailureRateThreshold()).isEqualTo(70f);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
				assertThat(context.getBean(CustomizersConfiguration.class).calls).containsExactly("first:payment",
						"second:payment");
			});
	}

	@Test
	void circuitBreakerWhenCreatedLaterShouldBeCustomized() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class)
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class)
				.circuitBreaker("created-later")
				.getConfig()
				.getFailureRateThreshold()).isEqualTo(70f));
	}

	@Test
	void circuitBreakerWhenCreatedLaterFromNamedConfigShouldBeCustomized() {
		this.contextRunner.withUserConfiguration(CustomizersConfiguration.class)
			.withPropertyValues("breaker.configs.fragile.consecutive-failure-threshold=3")
			.run((context) -> {
				CircuitBreakerConfig config = context.getBean(CircuitBreakerRegistry.class)
					.circuitBreaker("created-later", "fragile")
					.getConfig();
				assertThat(config.getFailureRateThreshold()).isEqualTo(70f);
				assertThat(config.getConsecutiveFailureThreshold()).isEqualTo(3);
			});
	}

	@Test
	void startWhenCustomizerSetsInvalidValueShouldFailNamingCustomizerAndBreaker() {
		this.contextRunner.withPropertyValues("breaker.instances.payment.minimum-number-of-calls=5")
			.withBean(CircuitBreakerConfigCustomizer.class,
					() -> (name, builder) -> builder.failureRateThreshold(120))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("failureRateThreshold must be in [1, 100] but was 120.0")
				.satisfies((ex) -> assertThat(context.getStartupFailure())
					.hasStackTraceContaining("CircuitBreakerConfigCustomizer")
					.hasStackTraceContaining("set an invalid value for circuit breaker 'payment'")));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizersConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		CircuitBreakerConfigCustomizer secondCustomizer() {
			return (name, builder) -> {
				this.calls.add("second:" + name);
				builder.failureRateThreshold(70);
			};
		}

		@Bean
		@Order(1)
		CircuitBreakerConfigCustomizer firstCustomizer() {
			return (name, builder) -> {
				this.calls.add("first:" + name);
				builder.failureRateThreshold(60);
			};
		}

	}

}
