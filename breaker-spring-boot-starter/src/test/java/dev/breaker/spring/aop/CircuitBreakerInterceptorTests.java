package dev.breaker.spring.aop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.spring.annotation.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link CircuitBreakerInterceptor} with blocking methods, through a {@link ProxyFactory} (no context).
 */
class CircuitBreakerInterceptorTests {

	private final FakeTicker ticker = new FakeTicker();

	private CircuitBreakerRegistry registry = registry(CircuitBreakerConfig.builder());

	private CircuitBreakerRegistry registry(CircuitBreakerConfig.Builder config) {
		return CircuitBreakerRegistry.of(config.ticker(this.ticker).build());
	}

	private <T> T proxy(T target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new CircuitBreakerInterceptor(() -> this.registry));
		@SuppressWarnings("unchecked")
		T proxy = (T) factory.getProxy();
		return proxy;
	}

	private dev.breaker.core.CircuitBreaker breaker(String name) {
		return this.registry.find(name).orElseThrow();
	}

	@Test
	void callWhenMethodReturnsShouldRecordSuccessAndReturnResult() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		assertThat(payments.charge("o-1")).isEqualTo("charged o-1");
		assertThat(breaker("payment").getMetrics().successfulCalls()).isOne();
	}

	@Test
	void callWhenMethodThrowsShouldRecordFailureAndRethrowWithoutFallback() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		target.failWith = new IllegalStateException("gateway down");
		assertThatIllegalStateException().isThrownBy(() -> payments.charge("o-1")).withMessage("gateway down");
		assertThat(breaker("payment").getMetrics().failedCalls()).isOne();
	}

	@Test
	void callWhenOpenShouldThrowCallNotPermittedWithoutRunningTheMethod() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		payments.charge("o-1");
		breaker("payment").transitionToOpenState();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> payments.charge("o-2"))
			.satisfies((ex) -> assertThat(ex.getCircuitBreakerName()).isEqualTo("payment"));
		assertThat(target.calls).containsExactly("o-1");
		assertThat(breaker("payment").getMetrics().notPermittedCalls()).isOne();
	}

	@Test
	void callWhenFailingWithFallbackShouldReturnFallbackResult() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		target.failWith = new UncheckedIOException(new IOException("timeout"));
		assertThat(payments.chargeWithFallback("o-1")).isEqualTo("deferred o-1 after UncheckedIOException");
		assertThat(breaker("payment").getMetrics().failedCalls()).isOne();
	}

	@Test
	void callWhenOpenWithFallbackShouldAnswerWithFallbackForTheRefusal() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		payments.charge("o-1");
		breaker("payment").transitionToForcedOpenState();
		assertThat(payments.chargeWithFallback("o-2")).isEqualTo("deferred o-2 after CallNotPermittedException");
		assertThat(target.calls).containsExactly("o-1");
	}

	@Test
	void callWhenExceptionIsIgnoredShouldPropagateItWithoutFallbackNorFailure() {
		this.registry = registry(CircuitBreakerConfig.builder().ignoreExceptions(IllegalArgumentException.class));
		Payments target = new Payments();
		Payments payments = proxy(target);
		target.failWith = new IllegalArgumentException("bad card");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> payments.chargeWithFallback("o-1"))
			.withMessage("bad card");
		assertThat(breaker("payment").getMetrics().failedCalls()).isZero();
	}

	@Test
	void callWhenExceptionIsNotRecordedShouldPropagateItWithoutFallback() {
		this.registry = registry(CircuitBreakerConfig.builder().recordExceptions(UncheckedIOException.class));
		Payments target = new Payments();
		Payments payments = proxy(target);
		target.failWith = new IllegalStateException("not a dependency failure");
		assertThatIllegalStateException().isThrownBy(() -> payments.chargeWithFallback("o-1"))
			.withMessage("not a dependency failure");
		assertThat(breaker("payment").getMetrics().failedCalls()).isZero();
	}

	@Test
	void callWhenFallbackThrowsShouldPropagateItsExceptionWithTheOriginalSuppressed() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		IllegalStateException original = new IllegalStateException("gateway down");
		target.failWith = original;
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> payments.chargeWithFailingFallback("o-1"))
			.withMessage("no fallback today")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).containsExactly(original));
	}

	@Test
	void callWhenVoidMethodShouldRecordOutcome() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		payments.refund("o-1");
		assertThat(target.calls).containsExactly("refund o-1");
		assertThat(breaker("payment").getMetrics().successfulCalls()).isOne();
	}

	@Test
	void callWhenMethodIsSlowShouldMeasureWithTheBreakersTicker() {
		this.registry = registry(CircuitBreakerConfig.builder().slowCallDurationThreshold(Duration.ofSeconds(2)));
		Payments target = new Payments();
		Payments payments = proxy(target);
		target.ticker = this.ticker;
		target.latency = Duration.ofSeconds(3);
		payments.charge("o-1");
		assertThat(breaker("payment").getMetrics().slowCalls()).isOne();
	}

	@Test
	void callWhenAdmittedBeforeTheBreakerMovedShouldNotCountAsHalfOpenTrial() {
		this.registry = registry(CircuitBreakerConfig.builder().permittedNumberOfCallsInHalfOpenState(1));
		Payments target = new Payments();
		Payments payments = proxy(target);
		payments.charge("o-1");
		// admitted while CLOSED; the breaker opens and goes HALF_OPEN while the call runs, then the call fails
		target.duringCall = () -> {
			breaker("payment").transitionToOpenState();
			breaker("payment").transitionToHalfOpenState();
		};
		target.failWith = new IllegalStateException("late failure");
		assertThatIllegalStateException().isThrownBy(() -> payments.charge("o-2"));
		assertThat(breaker("payment").getState()).isEqualTo(State.HALF_OPEN);
	}

	@Test
	void callWhenMethodIsNotAnnotatedShouldNotGoThroughABreaker() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		assertThat(payments.unprotected()).isEqualTo("plain");
		assertThat(this.registry.all()).isEmpty();
	}

	@Test
	void callWhenClassIsAnnotatedShouldProtectPublicMethodsAndLetMethodAnnotationWin() {
		Inventory inventory = proxy(new Inventory());
		inventory.count("sku-1");
		inventory.reserve("sku-1");
		assertThat(breaker("inventory").getMetrics().successfulCalls()).isOne();
		assertThat(breaker("reservations").getMetrics().successfulCalls()).isOne();
	}

	@Test
	void callWhenBreakerNameHasNoConfigurationShouldUseTheRegistryDefaults() {
		Payments target = new Payments();
		Payments payments = proxy(target);
		payments.charge("o-1");
		assertThat(breaker("payment").getConfig()).isEqualTo(this.registry.getDefaultConfig());
	}

	@Test
	void callWhenAnnotationIsOnTheInterfaceMethodShouldProtectTheImplementationThroughAnInterfaceProxy() {
		ProxyFactory factory = new ProxyFactory(new DefaultQuotes());
		factory.addInterface(Quotes.class);
		factory.addAdvice(new CircuitBreakerInterceptor(() -> this.registry));
		Quotes quotes = (Quotes) factory.getProxy();
		assertThat(quotes.quote("ACME")).isEqualTo(42);
		assertThat(breaker("quotes").getMetrics().successfulCalls()).isOne();
	}

	interface Quotes {

		@CircuitBreaker(name = "quotes")
		int quote(String symbol);

	}

	static class DefaultQuotes implements Quotes {

		@Override
		public int quote(String symbol) {
			return 42;
		}

	}

	static class Payments {

		final List<String> calls = new ArrayList<>();

		RuntimeException failWith;

		Runnable duringCall;

		FakeTicker ticker;

		Duration latency;

		@CircuitBreaker(name = "payment")
		public String charge(String orderId) {
			return call(orderId);
		}

		@CircuitBreaker(name = "payment", fallbackMethod = "defer")
		public String chargeWithFallback(String orderId) {
			return call(orderId);
		}

		@CircuitBreaker(name = "payment", fallbackMethod = "failingDefer")
		public String chargeWithFailingFallback(String orderId) {
			return call(orderId);
		}

		@CircuitBreaker(name = "payment")
		public void refund(String orderId) {
			this.calls.add("refund " + orderId);
		}

		public String unprotected() {
			return "plain";
		}

		private String call(String orderId) {
			this.calls.add(orderId);
			if (this.duringCall != null) {
				this.duringCall.run();
			}
			if (this.latency != null) {
				this.ticker.advance(this.latency);
			}
			if (this.failWith != null) {
				throw this.failWith;
			}
			return "charged " + orderId;
		}

		private String defer(String orderId, Throwable ex) {
			return "deferred " + orderId + " after " + ex.getClass().getSimpleName();
		}

		private String failingDefer(String orderId) {
			throw new UnsupportedOperationException("no fallback today");
		}

	}

	@CircuitBreaker(name = "inventory")
	static class Inventory {

		public int count(String sku) {
			return 1;
		}

		@CircuitBreaker(name = "reservations")
		public boolean reserve(String sku) {
			return true;
		}

	}

}
