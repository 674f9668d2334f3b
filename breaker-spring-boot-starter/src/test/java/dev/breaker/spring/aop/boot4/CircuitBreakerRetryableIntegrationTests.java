package dev.breaker.spring.aop.boot4;

import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker.Metrics;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.spring.annotation.CircuitBreaker;
import dev.breaker.spring.autoconfigure.BreakerAnnotationAutoConfiguration;
import dev.breaker.spring.autoconfigure.BreakerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.annotation.Retryable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests {@code @CircuitBreaker} together with Spring Framework 7's {@link Retryable @Retryable}: the retry wraps the
 * breaker, so each attempt is one call the breaker sees, and a refusal is not retried. Compiled and run only under
 * the {@code boot4} profile.
 */
class CircuitBreakerRetryableIntegrationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(BreakerAutoConfiguration.class, BreakerAnnotationAutoConfiguration.class))
		.withBean(FlakyClient.class);

	@Test
	void callWhenEveryAttemptFailsShouldLetTheBreakerSeeEachAttempt() {
		this.contextRunner.withUserConfiguration(RetryConfiguration.class, TolerantRegistryConfiguration.class)
			.run((context) -> {
				FlakyClient client = context.getBean(FlakyClient.class);
				assertThatIllegalStateException().isThrownBy(client::fetch).withMessage("down");
				assertThat(client.attempts()).isEqualTo(4);
				assertThat(metrics(context.getBean(CircuitBreakerRegistry.class)).failedCalls()).isEqualTo(4);
			});
	}

	@Test
	void callWhenTheBreakerOpensDuringRetriesShouldStopRetryingAtTheRefusal() {
		this.contextRunner.withUserConfiguration(RetryConfiguration.class, FragileRegistryConfiguration.class)
			.run((context) -> {
				FlakyClient client = context.getBean(FlakyClient.class);
				assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(client::fetch);
				assertThat(client.attempts()).isEqualTo(2);
				Metrics metrics = metrics(context.getBean(CircuitBreakerRegistry.class));
				assertThat(metrics.failedCalls()).isEqualTo(2);
				assertThat(metrics.notPermittedCalls()).isOne();
			});
	}

	@Test
	void callWhenRetryPostProcessorRunsFirstAndBreakerOrderIsHighestShouldStillRetryOutsideTheBreaker() {
		this.contextRunner.withUserConfiguration(EarlyRetryConfiguration.class, TolerantRegistryConfiguration.class)
			.withPropertyValues("breaker.aspect-order=" + Ordered.HIGHEST_PRECEDENCE)
			.run((context) -> {
				FlakyClient client = context.getBean(FlakyClient.class);
				assertThatIllegalStateException().isThrownBy(client::fetch);
				assertThat(client.attempts()).isEqualTo(4);
				assertThat(metrics(context.getBean(CircuitBreakerRegistry.class)).failedCalls()).isEqualTo(4);
			});
	}

	private static Metrics metrics(CircuitBreakerRegistry registry) {
		return registry.circuitBreaker("flaky").getMetrics();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableResilientMethods
	static class RetryConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableResilientMethods(order = Ordered.HIGHEST_PRECEDENCE)
	static class EarlyRetryConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class TolerantRegistryConfiguration {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			return CircuitBreakerRegistry.of(CircuitBreakerConfig.builder().ticker(new FakeTicker()).build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FragileRegistryConfiguration {

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry() {
			return CircuitBreakerRegistry
				.of(CircuitBreakerConfig.builder().ticker(new FakeTicker()).consecutiveFailureThreshold(2).build());
		}

	}

	static class FlakyClient {

		private final AtomicInteger attempts = new AtomicInteger();

		@Retryable(maxRetries = 3, delay = 0, excludes = CallNotPermittedException.class)
		@CircuitBreaker(name = "flaky")
		public String fetch() {
			this.attempts.incrementAndGet();
			throw new IllegalStateException("down");
		}

		public int attempts() {
			return this.attempts.get();
		}

	}

}
