package dev.breaker.core.internal;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DefaultCircuitBreaker} at the limits of its arithmetic: durations the config accepts but that do
 * not fit in a {@code long} of nanoseconds (more than about 292 years, such as {@link ChronoUnit#FOREVER}).
 */
class DefaultCircuitBreakerLimitsTests {

	private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

	private static final Duration THOUSAND_YEARS = Duration.ofDays(365L * 1000);

	private final FakeTicker ticker = new FakeTicker();

	private CircuitBreaker breaker(CircuitBreakerConfig.Builder builder) {
		return CircuitBreaker.of("limits", builder.slidingWindow(SlidingWindowType.COUNT_BASED, 2)
			.minimumNumberOfCalls(1)
			.ticker(this.ticker)
			.build());
	}

	private static void fail(CircuitBreaker breaker) {
		assertThatIllegalStateException().isThrownBy(() -> breaker.execute(() -> {
			throw new IllegalStateException("boom");
		})).withMessage("boom").satisfies((ex) -> assertThat(ex.getSuppressed()).isEmpty());
	}

	@Test
	void executeWhenOpenWaitDoesNotFitInNanosecondsShouldStillTripAndStayOpen() {
		for (Duration wait : new Duration[] { THOUSAND_YEARS, FOREVER }) {
			CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().waitDurationInOpenState(wait));
			fail(breaker);
			assertThat(breaker.getState()).isEqualTo(State.OPEN);
			this.ticker.advance(Duration.ofDays(365L * 100));
			assertThat(breaker.getState()).isEqualTo(State.OPEN);
			assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> breaker.execute(() -> "x"))
				.satisfies((ex) -> assertThat(ex.getRetryAfter()).isGreaterThan(Duration.ofDays(365L * 150)));
		}
	}

	@Test
	void executeWhenBackoffMaxDoesNotFitInNanosecondsShouldStillTrip() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(1))
			.openStateBackoff(1000, FOREVER)
			.permittedNumberOfCallsInHalfOpenState(1));
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		this.ticker.advance(Duration.ofSeconds(1));
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(breaker.getMetrics().retryAfter()).isEqualTo(Duration.ofSeconds(1000));
	}

	@Test
	void getStateWhenMaxWaitInHalfOpenDoesNotFitInNanosecondsShouldEnterHalfOpenAndStay() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(1))
			.maxWaitDurationInHalfOpenState(FOREVER));
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(1));
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		this.ticker.advance(Duration.ofDays(365L * 100));
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
	}

	@Test
	void onSuccessWhenSlowCallThresholdDoesNotFitInNanosecondsShouldNeverCountASlowCall() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().slowCallDurationThreshold(THOUSAND_YEARS));
		breaker.onSuccess(breaker.acquirePermit(), Long.MAX_VALUE - 1);
		assertThat(breaker.getMetrics().slowCalls()).isZero();
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

}
