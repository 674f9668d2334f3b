package dev.breaker.spring.aop;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.spring.annotation.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CompletionStageCallStyle}: {@code CompletableFuture} and {@code CompletionStage} methods.
 */
class CompletionStageCallStyleTests {

	private final FakeTicker ticker = new FakeTicker();

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.builder()
		.ticker(this.ticker)
		.slowCallDurationThreshold(Duration.ofSeconds(2))
		.ignoreExceptions(IllegalArgumentException.class)
		.permittedNumberOfCallsInHalfOpenState(1)
		.build());

	private final Quotes target = new Quotes();

	private final Quotes quotes = proxy(this.target);

	private Quotes proxy(Quotes target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new CircuitBreakerInterceptor(() -> this.registry));
		return (Quotes) factory.getProxy();
	}

	private dev.breaker.core.CircuitBreaker breaker() {
		return this.registry.circuitBreaker("quotes");
	}

	@Test
	void callWhenStageIsPendingShouldRecordNothingUntilItCompletes() {
		CompletableFuture<String> result = this.quotes.quote("ACME");
		assertThat(breaker().getMetrics().bufferedCalls()).isZero();
		this.ticker.advance(Duration.ofSeconds(3));
		this.target.pending.complete("42");
		assertThat(result).isCompletedWithValue("42");
		assertThat(breaker().getMetrics().successfulCalls()).isOne();
		assertThat(breaker().getMetrics().slowCalls()).isOne();
	}

	@Test
	void callWhenStageFailsShouldRecordFailureAndCompleteWithFallback() {
		CompletableFuture<String> result = this.quotes.quoteWithFallback("ACME");
		this.target.pending.completeExceptionally(new IOException("feed down"));
		assertThat(result).isCompletedWithValue("stale ACME after IOException");
		assertThat(breaker().getMetrics().failedCalls()).isOne();
	}

	@Test
	void callWhenStageFailsWithoutFallbackShouldFailWithTheCause() {
		CompletableFuture<String> result = this.quotes.quote("ACME");
		IOException failure = new IOException("feed down");
		this.target.pending.completeExceptionally(new CompletionException(failure));
		assertThat(result).isCompletedExceptionally();
		assertThat(result.handle((value, error) -> error).join()).isSameAs(failure);
		assertThat(breaker().getMetrics().failedCalls()).isOne();
	}

	@Test
	void callWhenRefusedShouldReturnAFailedStageWithoutCallingTheMethod() {
		breaker().transitionToForcedOpenState();
		CompletableFuture<String> result = this.quotes.quote("ACME");
		assertThat(result.handle((value, error) -> error).join()).isInstanceOf(CallNotPermittedException.class);
		assertThat(this.target.calls).hasValue(0);
	}

	@Test
	void callWhenRefusedWithFallbackShouldReturnTheFallbacksStage() {
		breaker().transitionToForcedOpenState();
		assertThat(this.quotes.quoteWithFallback("ACME")).isCompletedWithValue(
				"stale ACME after CallNotPermittedException");
		assertThat(this.target.calls).hasValue(0);
	}

	@Test
	void callWhenExceptionIsIgnoredShouldFailWithoutFallback() {
		CompletableFuture<String> result = this.quotes.quoteWithFallback("ACME");
		this.target.pending.completeExceptionally(new IllegalArgumentException("unknown symbol"));
		assertThat(result.handle((value, error) -> error).join()).isInstanceOf(IllegalArgumentException.class);
		assertThat(breaker().getMetrics().failedCalls()).isZero();
	}

	@Test
	void callWhenMethodThrowsInsteadOfReturningAStageShouldRecordFailureAndReturnAFailedStage() {
		this.target.throwNow = new IllegalStateException("no connection");
		CompletionStage<String> result = this.quotes.quoteStage("ACME");
		assertThat(result.toCompletableFuture().handle((value, error) -> error).join())
			.isInstanceOf(IllegalStateException.class);
		assertThat(breaker().getMetrics().failedCalls()).isOne();
	}

	@Test
	void cancelWhenCallerCancelsShouldReleaseThePermitWithoutRecordingAnOutcome() {
		breaker().transitionToOpenState();
		breaker().transitionToHalfOpenState();
		CompletableFuture<String> first = this.quotes.quote("ACME");
		assertThat(this.quotes.quote("ACME").handle((value, error) -> error).join())
			.isInstanceOf(CallNotPermittedException.class);
		first.cancel(false);
		assertThat(this.target.pending).isCancelled();
		assertThat(breaker().getState()).isEqualTo(State.HALF_OPEN);
		this.target.pending = new CompletableFuture<>();
		CompletableFuture<String> trial = this.quotes.quote("ACME");
		this.target.pending.complete("42");
		assertThat(trial).isCompletedWithValue("42");
		assertThat(breaker().getState()).isEqualTo(State.CLOSED);
	}

	static class Quotes {

		final AtomicInteger calls = new AtomicInteger();

		CompletableFuture<String> pending = new CompletableFuture<>();

		RuntimeException throwNow;

		@CircuitBreaker(name = "quotes")
		public CompletableFuture<String> quote(String symbol) {
			this.calls.incrementAndGet();
			return this.pending;
		}

		@CircuitBreaker(name = "quotes", fallbackMethod = "stale")
		public CompletableFuture<String> quoteWithFallback(String symbol) {
			this.calls.incrementAndGet();
			return this.pending;
		}

		@CircuitBreaker(name = "quotes")
		public CompletionStage<String> quoteStage(String symbol) {
			if (this.throwNow != null) {
				throw this.throwNow;
			}
			return this.pending;
		}

		private CompletableFuture<String> stale(String symbol, Exception ex) {
			return CompletableFuture.completedFuture("stale " + symbol + " after " + ex.getClass().getSimpleName());
		}

	}

}
