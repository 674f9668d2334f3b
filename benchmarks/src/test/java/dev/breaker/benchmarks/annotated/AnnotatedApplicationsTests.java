package dev.breaker.benchmarks.annotated;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AnnotatedApplications}.
 */
class AnnotatedApplicationsTests {

	@Test
	void startBreakerShouldProxyTheBeanThroughBreakerOnly() {
		try (ConfigurableApplicationContext context = AnnotatedApplications.startBreaker()) {
			BreakerAnnotatedService service = context.getBean(BreakerAnnotatedService.class);
			assertThat(AopUtils.isAopProxy(service)).isTrue();
			assertThat(service.call()).isEqualTo("result");
			dev.breaker.core.CircuitBreaker breaker = context.getBean(dev.breaker.core.CircuitBreakerRegistry.class)
				.circuitBreaker(AnnotatedApplications.BREAKER_NAME);
			assertThat(breaker.getMetrics().bufferedCalls()).isOne();
			assertThat(breaker.getConfig().getSlidingWindowSize()).isEqualTo(100);
			assertThat(breaker.getConfig().getMinimumNumberOfCalls()).isEqualTo(10);
			assertThat(context.getBeanNamesForType(io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.class))
				.isEmpty();
		}
	}

	@Test
	void startBreakerWhenBreakerOpenShouldAnswerWithTheFallback() {
		try (ConfigurableApplicationContext context = AnnotatedApplications.startBreaker()) {
			context.getBean(dev.breaker.core.CircuitBreakerRegistry.class)
				.circuitBreaker(AnnotatedApplications.BREAKER_NAME)
				.transitionToOpenState();
			assertThat(context.getBean(BreakerAnnotatedService.class).call()).isEqualTo("fallback");
		}
	}

	@Test
	void startResilience4jShouldProxyTheBeanThroughResilience4jOnly() {
		try (ConfigurableApplicationContext context = AnnotatedApplications.startResilience4j()) {
			Resilience4jAnnotatedService service = context.getBean(Resilience4jAnnotatedService.class);
			assertThat(AopUtils.isAopProxy(service)).isTrue();
			assertThat(service.call()).isEqualTo("result");
			io.github.resilience4j.circuitbreaker.CircuitBreaker breaker = context
				.getBean(io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.class)
				.circuitBreaker(AnnotatedApplications.BREAKER_NAME);
			assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isOne();
			assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSize()).isEqualTo(100);
			assertThat(breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls()).isEqualTo(10);
			assertThat(context.getBeanNamesForType(dev.breaker.core.CircuitBreakerRegistry.class)).isEmpty();
		}
	}

	@Test
	void startResilience4jWhenBreakerOpenShouldAnswerWithTheFallback() {
		try (ConfigurableApplicationContext context = AnnotatedApplications.startResilience4j()) {
			context.getBean(io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.class)
				.circuitBreaker(AnnotatedApplications.BREAKER_NAME)
				.transitionToOpenState();
			assertThat(context.getBean(Resilience4jAnnotatedService.class).call()).isEqualTo("fallback");
		}
	}

}
