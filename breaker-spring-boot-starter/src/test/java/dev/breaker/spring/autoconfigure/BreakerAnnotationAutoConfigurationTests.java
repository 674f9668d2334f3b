package dev.breaker.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.spring.annotation.CircuitBreaker;
import dev.breaker.spring.aop.CircuitBreakerAnnotationBeanPostProcessor;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link BreakerAnnotationAutoConfiguration}.
 */
class BreakerAnnotationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(BreakerAutoConfiguration.class, BreakerAnnotationAutoConfiguration.class))
		.withUserConfiguration(FakeTickerRegistryConfiguration.class);

	@Test
	void startWhenRegistryExistsShouldProxyAnnotatedBeans() {
		this.contextRunner.withBean(PaymentClient.class).run((context) -> {
			PaymentClient client = context.getBean(PaymentClient.class);
			context.getBean(CircuitBreakerRegistry.class).circuitBreaker("payment").transitionToForcedOpenState();
			assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> client.charge("o-1"));
		});
	}

	@Test
	void startWithoutRegistryShouldNotProxyAnything() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(BreakerAnnotationAutoConfiguration.class))
			.withBean(PaymentClient.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CircuitBreakerAnnotationBeanPostProcessor.class);
				assertThat(context.getBean(PaymentClient.class).charge("o-1")).isEqualTo("charged o-1");
			});
	}

	@Test
	void callWhenClassIsAnnotatedShouldProtectItsPublicMethodsAndLetAMethodAnnotationWin() {
		this.contextRunner.withBean(InventoryClient.class).run((context) -> {
			InventoryClient client = context.getBean(InventoryClient.class);
			CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
			client.count("sku");
			client.price("sku");
			client.reserve("sku");
			assertThat(registry.circuitBreaker("inventory").getMetrics().successfulCalls()).isEqualTo(2);
			assertThat(registry.circuitBreaker("reservations").getMetrics().successfulCalls()).isOne();
		});
	}

	@Test
	void callWhenBreakerOpensAfterFailuresShouldAnswerWithFallbackUntilTheOpenWaitElapsed() {
		this.contextRunner.withBean(PaymentClient.class).run((context) -> {
			PaymentClient client = context.getBean(PaymentClient.class);
			FakeTicker ticker = context.getBean(FakeTicker.class);
			client.setFailing(true);
			assertThat(client.chargeOrDefer("o-1")).isEqualTo("deferred o-1 (UncheckedIOException)");
			assertThat(client.chargeOrDefer("o-2")).isEqualTo("deferred o-2 (UncheckedIOException)");
			assertThat(client.chargeOrDefer("o-3")).isEqualTo("deferred o-3 (CallNotPermittedException)");
			client.setFailing(false);
			ticker.advance(Duration.ofSeconds(10));
			assertThat(client.chargeOrDefer("o-4")).isEqualTo("charged o-4");
		});
	}

	@Test
	void callWithDefaultAspectOrderShouldRunTheBreakerOutsideAdviceAtLowestPrecedence() {
		this.contextRunner.withUserConfiguration(FailingAdviceConfiguration.class)
			.withBean(PaymentClient.class)
			.run((context) -> {
				assertThatIllegalStateException().isThrownBy(() -> context.getBean(PaymentClient.class).charge("o-1"))
					.withMessage("from advice");
				assertThat(failedCalls(context.getBean(CircuitBreakerRegistry.class))).isOne();
			});
	}

	@Test
	void callWithAspectOrderAfterOtherAdviceShouldRunTheBreakerInside() {
		this.contextRunner.withUserConfiguration(FailingAdviceConfiguration.class)
			.withBean(PaymentClient.class)
			.withPropertyValues("breaker.aspect-order=" + Ordered.LOWEST_PRECEDENCE)
			.run((context) -> {
				assertThatIllegalStateException().isThrownBy(() -> context.getBean(PaymentClient.class).charge("o-1"))
					.withMessage("from advice");
				assertThat(failedCalls(context.getBean(CircuitBreakerRegistry.class))).isZero();
			});
	}

	private static int failedCalls(CircuitBreakerRegistry registry) {
		return registry.find("payment").map((breaker) -> breaker.getMetrics().failedCalls()).orElse(0);
	}

	@Configuration(proxyBeanMethods = false)
	static class FakeTickerRegistryConfiguration {

		@Bean
		FakeTicker fakeTicker() {
			return new FakeTicker();
		}

		@Bean
		CircuitBreakerRegistry circuitBreakerRegistry(FakeTicker ticker) {
			return CircuitBreakerRegistry.of(CircuitBreakerConfig.builder()
				.ticker(ticker)
				.consecutiveFailureThreshold(2)
				.waitDurationInOpenState(Duration.ofSeconds(10))
				.permittedNumberOfCallsInHalfOpenState(1)
				.build());
		}

	}

	/**
	 * An advisor at the lowest precedence (like {@code @Transactional}'s by default) that fails every call of
	 * {@code @Marked} methods without proceeding: the breaker records that failure only if it runs outside.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableAspectJAutoProxy(proxyTargetClass = true)
	static class FailingAdviceConfiguration {

		@Bean
		@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
		static Advisor failingAdvisor() {
			DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
					AnnotationMatchingPointcut.forMethodAnnotation(CircuitBreaker.class),
					(MethodInterceptor) (invocation) -> {
						throw new IllegalStateException("from advice");
					});
			advisor.setOrder(Ordered.LOWEST_PRECEDENCE);
			return advisor;
		}

	}

	static class PaymentClient {

		private volatile boolean failing;

		public void setFailing(boolean failing) {
			this.failing = failing;
		}

		@CircuitBreaker(name = "payment")
		public String charge(String orderId) {
			return "charged " + orderId;
		}

		@CircuitBreaker(name = "payment", fallbackMethod = "defer")
		public String chargeOrDefer(String orderId) {
			if (this.failing) {
				throw new UncheckedIOException(new IOException("gateway timeout"));
			}
			return "charged " + orderId;
		}

		private String defer(String orderId, Exception ex) {
			return "deferred " + orderId + " (" + ex.getClass().getSimpleName() + ")";
		}

	}

	@CircuitBreaker(name = "inventory")
	static class InventoryClient {

		public int count(String sku) {
			return 1;
		}

		public int price(String sku) {
			return 2;
		}

		@CircuitBreaker(name = "reservations")
		public boolean reserve(String sku) {
			return true;
		}

	}

}
