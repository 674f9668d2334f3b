package dev.breaker.spring.aop;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.spring.annotation.CircuitBreaker;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactorCallStyle}: {@code Mono} and {@code Flux} methods.
 */
class ReactorCallStyleTests {

	private final FakeTicker ticker = new FakeTicker();

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.builder()
		.ticker(this.ticker)
		.slowCallDurationThreshold(Duration.ofSeconds(2))
		.ignoreExceptions(IllegalArgumentException.class)
		.permittedNumberOfCallsInHalfOpenState(1)
		.build());

	private final Prices target = new Prices();

	private final Prices prices = proxy(this.target);

	private Prices proxy(Prices target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new CircuitBreakerInterceptor(() -> this.registry));
		return (Prices) factory.getProxy();
	}

	private dev.breaker.core.CircuitBreaker breaker() {
		return this.registry.circuitBreaker("prices");
	}

	@Test
	void subscribeWhenMonoSucceedsShouldTakePermissionAtSubscriptionAndRecordSuccess() {
		breaker().transitionToForcedOpenState();
		Mono<String> price = this.prices.price("ACME");
		breaker().transitionToClosedState();
		StepVerifier.create(price).expectNext("10 ACME").verifyComplete();
		assertThat(breaker().getMetrics().successfulCalls()).isOne();
	}

	@Test
	void subscribeWhenMonoIsSlowShouldMeasureUntilCompletion() {
		Sinks.One<String> sink = Sinks.one();
		this.target.source = sink.asMono();
		StepVerifier.create(this.prices.price("ACME")).then(() -> {
			this.ticker.advance(Duration.ofSeconds(3));
			sink.tryEmitValue("11");
		}).expectNext("11").verifyComplete();
		assertThat(breaker().getMetrics().slowCalls()).isOne();
	}

	@Test
	void subscribeWhenMonoFailsShouldRecordFailureAndSwitchToFallback() {
		this.target.source = Mono.error(new IOException("feed down"));
		StepVerifier.create(this.prices.priceWithFallback("ACME")).expectNext("cached ACME after IOException")
			.verifyComplete();
		assertThat(breaker().getMetrics().failedCalls()).isOne();
	}

	@Test
	void subscribeWhenRefusedShouldSignalCallNotPermittedWithoutSubscribingTheSource() {
		AtomicInteger subscriptions = new AtomicInteger();
		this.target.source = Mono.just("10").doOnSubscribe((subscription) -> subscriptions.incrementAndGet());
		breaker().transitionToForcedOpenState();
		StepVerifier.create(this.prices.price("ACME")).verifyError(CallNotPermittedException.class);
		assertThat(subscriptions).hasValue(0);
	}

	@Test
	void subscribeWhenRefusedWithFallbackShouldEmitTheFallbacksValues() {
		breaker().transitionToForcedOpenState();
		StepVerifier.create(this.prices.priceWithFallback("ACME"))
			.expectNext("cached ACME after CallNotPermittedException")
			.verifyComplete();
	}

	@Test
	void subscribeWhenExceptionIsIgnoredShouldPropagateWithoutFallback() {
		this.target.source = Mono.error(new IllegalArgumentException("unknown symbol"));
		StepVerifier.create(this.prices.priceWithFallback("ACME")).verifyError(IllegalArgumentException.class);
		assertThat(breaker().getMetrics().failedCalls()).isZero();
	}

	@Test
	void subscribeWhenFallbackFailsShouldSignalItsErrorWithTheOriginalSuppressed() {
		IOException original = new IOException("feed down");
		this.target.source = Mono.error(original);
		StepVerifier.create(this.prices.priceWithFailingFallback("ACME"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(IllegalStateException.class)
				.hasMessage("cache empty")
				.satisfies((ex) -> assertThat(ex.getSuppressed()).containsExactly(original)))
			.verify();
	}

	@Test
	void subscribeTwiceShouldRunTwoCallsThroughTheBreaker() {
		Mono<String> price = this.prices.price("ACME");
		StepVerifier.create(price).expectNextCount(1).verifyComplete();
		StepVerifier.create(price).expectNextCount(1).verifyComplete();
		assertThat(breaker().getMetrics().successfulCalls()).isEqualTo(2);
	}

	@Test
	void cancelWhenMonoIsCancelledShouldReleaseThePermitWithoutRecordingAnOutcome() {
		breaker().transitionToOpenState();
		breaker().transitionToHalfOpenState();
		this.target.source = Mono.never();
		StepVerifier.create(this.prices.price("ACME")).thenCancel().verify();
		assertThat(breaker().getState()).isEqualTo(State.HALF_OPEN);
		this.target.source = Mono.just("12");
		StepVerifier.create(this.prices.price("ACME")).expectNext("12").verifyComplete();
		assertThat(breaker().getState()).isEqualTo(State.CLOSED);
	}

	@Test
	void subscribeWhenFluxCompletesShouldRecordOneSuccess() {
		StepVerifier.create(this.prices.history("ACME")).expectNext("1", "2", "3").verifyComplete();
		assertThat(breaker().getMetrics().successfulCalls()).isOne();
	}

	@Test
	void subscribeWhenFluxFailsShouldRecordFailureAndContinueWithFallback() {
		this.target.history = Flux.just("1").concatWith(Flux.error(new IOException("feed down")));
		StepVerifier.create(this.prices.historyWithFallback("ACME")).expectNext("1", "archived").verifyComplete();
		assertThat(breaker().getMetrics().failedCalls()).isOne();
	}

	@Test
	void subscribeWhenFluxRefusedShouldSignalCallNotPermitted() {
		breaker().transitionToForcedOpenState();
		StepVerifier.create(this.prices.history("ACME")).verifyError(CallNotPermittedException.class);
	}

	@Test
	void cancelWhenFluxIsCancelledAfterSomeElementsShouldReleaseThePermit() {
		breaker().transitionToOpenState();
		breaker().transitionToHalfOpenState();
		StepVerifier.create(this.prices.history("ACME").take(1)).expectNext("1").verifyComplete();
		assertThat(breaker().getState()).isEqualTo(State.HALF_OPEN);
		assertThat(breaker().getMetrics().bufferedCalls()).isZero();
	}

	static class Prices {

		Mono<String> source = Mono.just("10 ACME");

		Flux<String> history = Flux.just("1", "2", "3");

		@CircuitBreaker(name = "prices")
		public Mono<String> price(String symbol) {
			return Mono.defer(() -> this.source);
		}

		@CircuitBreaker(name = "prices", fallbackMethod = "cached")
		public Mono<String> priceWithFallback(String symbol) {
			return Mono.defer(() -> this.source);
		}

		@CircuitBreaker(name = "prices", fallbackMethod = "failingCache")
		public Mono<String> priceWithFailingFallback(String symbol) {
			return Mono.defer(() -> this.source);
		}

		@CircuitBreaker(name = "prices")
		public Flux<String> history(String symbol) {
			return Flux.defer(() -> this.history);
		}

		@CircuitBreaker(name = "prices", fallbackMethod = "archive")
		public Flux<String> historyWithFallback(String symbol) {
			return Flux.defer(() -> this.history);
		}

		private Mono<String> cached(String symbol, Exception ex) {
			return Mono.just("cached " + symbol + " after " + ex.getClass().getSimpleName());
		}

		private Mono<String> failingCache(String symbol) {
			return Mono.error(new IllegalStateException("cache empty"));
		}

		private Flux<String> archive(String symbol, IOException ex) {
			return Flux.just("archived");
		}

	}

}
