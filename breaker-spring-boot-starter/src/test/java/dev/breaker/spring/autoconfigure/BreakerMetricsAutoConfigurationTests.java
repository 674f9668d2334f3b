package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.metrics.CircuitBreakerMeterBinder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerMetricsAutoConfiguration}.
 */
class BreakerMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class, BreakerMetricsAutoConfiguration.class))
		.withPropertyValues("breaker.instances.payment.failure-rate-threshold=50");

	@Test
	void startWhenMeterRegistryDefinedShouldMeterConfiguredAndLaterBreakers() {
		this.contextRunner.withBean(SimpleMeterRegistry.class).run((context) -> {
			assertThat(context).hasSingleBean(CircuitBreakerMeterBinder.class);
			MeterRegistry meterRegistry = context.getBean(MeterRegistry.class);
			assertThat(meterRegistry.get("breaker.state").tag("name", "payment").tag("state", "closed").gauge().value())
				.isEqualTo(1);
			context.getBean(CircuitBreakerRegistry.class).circuitBreaker("inventory").execute(() -> "ok");
			assertThat(meterRegistry.get("breaker.calls").tag("name", "inventory").tag("outcome", "success").timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void startWhenNoMeterRegistryShouldDefineNoBinder() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(CircuitBreakerMeterBinder.class));
	}

	@Test
	void startWhenMicrometerAbsentShouldDefineNoBinder() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer"))
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CircuitBreakerRegistry.class)
				.doesNotHaveBean(CircuitBreakerMeterBinder.class));
	}

	@Test
	void startWhenUserDefinesBinderShouldBackOff() {
		CircuitBreakerMeterBinder custom = new CircuitBreakerMeterBinder(CircuitBreakerRegistry.ofDefaults());
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withBean(CircuitBreakerMeterBinder.class, () -> custom)
			.run((context) -> assertThat(context.getBean(CircuitBreakerMeterBinder.class)).isSameAs(custom));
	}

}
