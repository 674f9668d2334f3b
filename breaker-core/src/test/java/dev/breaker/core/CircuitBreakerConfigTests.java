package dev.breaker.core;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CircuitBreakerConfig}.
 */
class CircuitBreakerConfigTests {

	@Test
	void ofDefaultsShouldMatchResilience4jDefaults() {
		CircuitBreakerConfig config = CircuitBreakerConfig.ofDefaults();
		assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
		assertThat(config.getSlowCallRateThreshold()).isEqualTo(100f);
		assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
		assertThat(config.getSlidingWindowSize()).isEqualTo(100);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(100);
		assertThat(config.getConsecutiveFailureThreshold()).isZero();
		assertThat(config.getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.getOpenStateBackoffMultiplier()).isEqualTo(1.0);
		assertThat(config.getOpenStateBackoffMax()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.getOpenStateJitter()).isZero();
		assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(10);
		assertThat(config.getMaxWaitDurationInHalfOpenState()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.getRecordExceptions()).isEmpty();
		assertThat(config.getIgnoreExceptions()).isEmpty();
		assertThat(config.getRecordExceptionPredicate()).isNull();
		assertThat(config.getRecordResultPredicate()).isNull();
		assertThat(config.getTicker()).isSameAs(Ticker.system());
	}

	@Test
	void builderShouldSetEveryOptionReadableThroughItsGetter() {
		Ticker ticker = () -> 42L;
		CircuitBreakerConfig config = CircuitBreakerConfig.builder()
			.failureRateThreshold(25)
			.slowCallRateThreshold(80)
			.slowCallDurationThreshold(Duration.ofSeconds(2))
			.slidingWindow(SlidingWindowType.TIME_BASED, 30)
			.minimumNumberOfCalls(5)
			.consecutiveFailureThreshold(3)
			.waitDurationInOpenState(Duration.ofSeconds(5))
			.openStateBackoff(2.0, Duration.ofMinutes(2))
			.openStateJitter(0.2)
			.permittedNumberOfCallsInHalfOpenState(3)
			.maxWaitDurationInHalfOpenState(Duration.ZERO)
			.recordExceptions(IOException.class, TimeoutException.class)
			.ignoreExceptions(IllegalArgumentException.class)
			.ticker(ticker)
			.build();
		assertThat(config.getFailureRateThreshold()).isEqualTo(25f);
		assertThat(config.getSlowCallRateThreshold()).isEqualTo(80f);
		assertThat(config.getSlowCallDurationThreshold()).isEqualTo(Duration.ofSeconds(2));
		assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.TIME_BASED);
		assertThat(config.getSlidingWindowSize()).isEqualTo(30);
		assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
		assertThat(config.getConsecutiveFailureThreshold()).isEqualTo(3);
		assertThat(config.getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(5));
		assertThat(config.getOpenStateBackoffMultiplier()).isEqualTo(2.0);
		assertThat(config.getOpenStateBackoffMax()).isEqualTo(Duration.ofMinutes(2));
		assertThat(config.getOpenStateJitter()).isEqualTo(0.2);
		assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(3);
		assertThat(config.getMaxWaitDurationInHalfOpenState()).isZero();
		assertThat(config.getRecordExceptions()).containsExactly(IOException.class, TimeoutException.class);
		assertThat(config.getIgnoreExceptions()).containsExactly(IllegalArgumentException.class);
		assertThat(config.getTicker()).isSameAs(ticker);
	}

	@Test
	void toBuilderShouldDeriveAnEqualConfigThatCanBeChanged() {
		CircuitBreakerConfig base = CircuitBreakerConfig.builder()
			.failureRateThreshold(30)
			.openStateBackoff(3, Duration.ofMinutes(5))
			.build();
		assertThat(base.toBuilder().build()).isEqualTo(base);
		CircuitBreakerConfig derived = base.toBuilder().slidingWindowSize(10).build();
		assertThat(derived.getSlidingWindowSize()).isEqualTo(10);
		assertThat(derived.getFailureRateThreshold()).isEqualTo(30f);
		assertThat(derived.getOpenStateBackoffMax()).isEqualTo(Duration.ofMinutes(5));
		assertThat(base.getSlidingWindowSize()).isEqualTo(100);
	}

	@Test
	void failureRateThresholdWhenOutOfRangeShouldNameOptionRangeAndValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().failureRateThreshold(120))
			.withMessage("failureRateThreshold must be in [1, 100] but was 120.0");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().failureRateThreshold(0))
			.withMessage("failureRateThreshold must be in [1, 100] but was 0.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().failureRateThreshold(Float.NaN))
			.withMessage("failureRateThreshold must be in [1, 100] but was NaN");
	}

	@Test
	void slowCallOptionsWhenInvalidShouldNameOptionRangeAndValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().slowCallRateThreshold(0.5f))
			.withMessage("slowCallRateThreshold must be in [1, 100] but was 0.5");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().slowCallDurationThreshold(Duration.ZERO))
			.withMessage("slowCallDurationThreshold must be positive but was PT0S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().slowCallDurationThreshold(null))
			.withMessage("slowCallDurationThreshold must not be null");
	}

	@Test
	void windowOptionsWhenInvalidShouldNameOptionRangeAndValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().slidingWindow(SlidingWindowType.COUNT_BASED, 0))
			.withMessage("slidingWindowSize must be in [1, 1000000] but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().slidingWindow(null, 10))
			.withMessage("slidingWindowType must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().minimumNumberOfCalls(0))
			.withMessage("minimumNumberOfCalls must be at least 1 but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().consecutiveFailureThreshold(-1))
			.withMessage("consecutiveFailureThreshold must be at least 0 (0 = off) but was -1");
	}

	@Test
	void openAndHalfOpenOptionsWhenInvalidShouldNameOptionRangeAndValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().waitDurationInOpenState(Duration.ofSeconds(-1)))
			.withMessage("waitDurationInOpenState must be positive but was PT-1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().openStateBackoff(0.5, Duration.ofSeconds(1)))
			.withMessage("openStateBackoff multiplier must be a finite number at least 1.0 but was 0.5");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().openStateJitter(1.0))
			.withMessage("openStateJitter must be in [0, 1) but was 1.0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().permittedNumberOfCallsInHalfOpenState(0))
			.withMessage("permittedNumberOfCallsInHalfOpenState must be at least 1 but was 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().maxWaitDurationInHalfOpenState(Duration.ofMillis(-1)))
			.withMessage("maxWaitDurationInHalfOpenState must be zero (forever) or positive but was PT-0.001S");
	}

	@Test
	void buildWhenBackoffMaxIsShorterThanTheWaitShouldFail() {
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.openStateBackoff(2, Duration.ofSeconds(5))
			.build())
			.withMessage("openStateBackoff max must be at least waitDurationInOpenState (PT10S) but was PT5S");
	}

	@Test
	void exceptionListsWhenContainingNullShouldFail() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CircuitBreakerConfig.builder().recordExceptions(IOException.class, null))
			.withMessage("recordExceptions element must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreakerConfig.builder().ticker(null))
			.withMessage("ticker must not be null");
	}

}
