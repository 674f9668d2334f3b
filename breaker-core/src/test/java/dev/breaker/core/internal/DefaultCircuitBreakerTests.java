package dev.breaker.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerListener;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.IllegalStateTransitionException;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link DefaultCircuitBreaker}, with time driven by a {@link FakeTicker}.
 */
class DefaultCircuitBreakerTests {

	private final FakeTicker ticker = new FakeTicker();

	private final List<String> transitions = new ArrayList<>();

	private CircuitBreaker breaker(CircuitBreakerConfig.Builder builder) {
		CircuitBreaker breaker = CircuitBreaker.of("test", builder.ticker(this.ticker).build());
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				DefaultCircuitBreakerTests.this.transitions.add(from + "->" + to);
			}
		});
		return breaker;
	}

	private CircuitBreaker tenCallBreaker() {
		return breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 10)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(5))
			.permittedNumberOfCallsInHalfOpenState(2));
	}

	private static void fail(CircuitBreaker breaker) {
		assertThatThrownBy(() -> breaker.execute(() -> {
			throw new IllegalStateException("boom");
		})).isInstanceOf(IllegalStateException.class).hasMessage("boom");
	}

	private static void succeed(CircuitBreaker breaker) {
		assertThat(breaker.execute(() -> "ok")).isEqualTo("ok");
	}

	@Test
	void executeWhenFailureRateReachesThresholdShouldOpenAndTheTrippingCallSeesItsOwnException() {
		CircuitBreaker breaker = tenCallBreaker();
		succeed(breaker);
		succeed(breaker);
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(breaker.getMetrics().failureRate()).isEqualTo(-1f);
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN");
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		assertThat(metrics.failureRate()).isEqualTo(50f);
		assertThat(metrics.bufferedCalls()).isEqualTo(4);
		assertThat(metrics.failedCalls()).isEqualTo(2);
		assertThat(metrics.successfulCalls()).isEqualTo(2);
	}

	@Test
	void executeWhenOpenShouldRefuseWithoutRunningAndReportRetryAfter() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(2));
		AtomicBoolean ran = new AtomicBoolean();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> breaker.execute(() -> {
			ran.set(true);
			return "x";
		})).satisfies((ex) -> {
			assertThat(ex.getCircuitBreakerName()).isEqualTo("test");
			assertThat(ex.getState()).isEqualTo(State.OPEN);
			assertThat(ex.getRetryAfter()).isEqualTo(Duration.ofSeconds(3));
			assertThat(ex.getStackTrace()).isEmpty();
		});
		assertThat(ran).isFalse();
		assertThat(breaker.getMetrics().notPermittedCalls()).isEqualTo(1);
	}

	@Test
	void getStateWhenOpenWaitElapsedShouldBeHalfOpenWithoutAnyCall() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofMillis(4999));
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		this.ticker.advance(Duration.ofMillis(1));
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN");
	}

	@Test
	void halfOpenWhenPermittedTrialsSucceedShouldClose() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(5));
		succeed(breaker);
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		succeed(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		assertThat(breaker.getMetrics().notPermittedCalls()).isZero();
	}

	@Test
	void halfOpenWhenATrialFailsShouldOpenAgainWithBackoff() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(5))
			.openStateBackoff(2, Duration.ofSeconds(15))
			.permittedNumberOfCallsInHalfOpenState(1));
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(5));
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(breaker.getMetrics().retryAfter()).isEqualTo(Duration.ofSeconds(10));
		this.ticker.advance(Duration.ofSeconds(10));
		fail(breaker);
		assertThat(breaker.getMetrics().retryAfter()).isEqualTo(Duration.ofSeconds(15));
		this.ticker.advance(Duration.ofSeconds(15));
		succeed(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		breaker.transitionToOpenState();
		assertThat(breaker.getMetrics().retryAfter()).isEqualTo(Duration.ofSeconds(5));
	}

	@Test
	void halfOpenWhenPermitsAreTakenShouldRefuseFurtherCalls() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(5));
		assertThat(breaker.tryAcquirePermission()).isTrue();
		assertThat(breaker.tryAcquirePermission()).isTrue();
		assertThat(breaker.tryAcquirePermission()).isFalse();
		assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> breaker.execute(() -> "x"))
			.satisfies((ex) -> assertThat(ex.getState()).isEqualTo(State.HALF_OPEN));
		breaker.releasePermission();
		assertThat(breaker.tryAcquirePermission()).isTrue();
	}

	@Test
	void halfOpenWhenMaxWaitElapsesShouldOpenAgainSoAHungTrialCannotWedgeIt() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(5))
			.maxWaitDurationInHalfOpenState(Duration.ofSeconds(30))
			.permittedNumberOfCallsInHalfOpenState(1));
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(5));
		long hung = breaker.acquirePermit();
		assertThat(hung).isNotEqualTo(CircuitBreaker.NO_PERMIT);
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		this.ticker.advance(Duration.ofSeconds(30));
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		breaker.onSuccess(hung, 1);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		this.ticker.advance(Duration.ofSeconds(5));
		assertThat(breaker.tryAcquirePermission()).isTrue();
	}

	@Test
	void outcomeWhenAdmittedByAnEarlierStateShouldNotCountAsATrial() {
		CircuitBreaker breaker = tenCallBreaker();
		long admittedWhileClosed = breaker.acquirePermit();
		breaker.transitionToOpenState();
		this.ticker.advance(Duration.ofSeconds(5));
		long trial1 = breaker.acquirePermit();
		long trial2 = breaker.acquirePermit();
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		breaker.onSuccess(admittedWhileClosed, 1);
		breaker.releasePermit(admittedWhileClosed);
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		breaker.onSuccess(trial1, 1);
		breaker.onSuccess(trial2, 1);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

	@Test
	void consecutiveFailureThresholdShouldTripWhateverTheWindowSays() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().consecutiveFailureThreshold(3));
		fail(breaker);
		fail(breaker);
		succeed(breaker);
		fail(breaker);
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(breaker.getMetrics().consecutiveFailures()).isEqualTo(3);
	}

	@Test
	void slowCallsWhenRateReachesThresholdShouldTrip() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 4)
			.minimumNumberOfCalls(4)
			.slowCallDurationThreshold(Duration.ofSeconds(1))
			.slowCallRateThreshold(50));
		breaker.onSuccess(breaker.acquirePermit(), Duration.ofSeconds(2).toNanos());
		breaker.onSuccess(breaker.acquirePermit(), 10);
		breaker.onSuccess(breaker.acquirePermit(), 10);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		breaker.onSuccess(breaker.acquirePermit(), Duration.ofSeconds(1).toNanos());
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(breaker.getMetrics().slowCallRate()).isEqualTo(50f);
		assertThat(breaker.getMetrics().failedCalls()).isZero();
	}

	@Test
	void ignoredExceptionShouldNeitherCountNorKeepItsHalfOpenPermit() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.ignoreExceptions(IllegalArgumentException.class)
			.permittedNumberOfCallsInHalfOpenState(1));
		assertThatThrownBy(() -> breaker.execute(() -> {
			throw new IllegalArgumentException("declined");
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		breaker.transitionToOpenState();
		this.ticker.advance(CircuitBreakerConfig.DEFAULT_WAIT_DURATION_IN_OPEN_STATE);
		assertThatThrownBy(() -> breaker.execute(() -> {
			throw new IllegalArgumentException("declined");
		})).isInstanceOf(IllegalArgumentException.class);
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		succeed(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

	@Test
	void recordExceptionsWhenConfiguredShouldCountOthersAsSuccess() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.recordExceptions(IOException.class)
			.consecutiveFailureThreshold(1));
		assertThatThrownBy(() -> breaker.call(() -> {
			throw new IllegalStateException("not recorded");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(breaker.getMetrics().successfulCalls()).isEqualTo(1);
		assertThatThrownBy(() -> breaker.call(() -> {
			throw new IOException("recorded");
		})).isInstanceOf(IOException.class);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
	}

	@Test
	void recordResultWhenPredicateMatchesShouldCountFailureButReturnTheResult() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.recordResult((result) -> Integer.valueOf(503).equals(result))
			.consecutiveFailureThreshold(2));
		assertThat(breaker.execute(() -> 503)).isEqualTo(503);
		assertThat(breaker.getMetrics().failedCalls()).isEqualTo(1);
		assertThat(breaker.execute(() -> 503)).isEqualTo(503);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
	}

	@Test
	void throwingPredicateShouldRecordAFailureReleaseThePermitAndNotLoseEitherException() {
		IllegalStateException predicateFailure = new IllegalStateException("bad predicate");
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().recordException((ex) -> {
			throw predicateFailure;
		}).permittedNumberOfCallsInHalfOpenState(1));
		breaker.transitionToOpenState();
		this.ticker.advance(CircuitBreakerConfig.DEFAULT_WAIT_DURATION_IN_OPEN_STATE);
		IOException original = new IOException("original");
		assertThatThrownBy(() -> breaker.call(() -> {
			throw original;
		})).isSameAs(original).satisfies((ex) -> assertThat(ex.getSuppressed()).containsExactly(predicateFailure));
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
	}

	@Test
	void throwingListenerShouldNotBreakTheCallOrOtherListeners() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().consecutiveFailureThreshold(1));
		AtomicInteger seen = new AtomicInteger();
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				throw new IllegalStateException("listener bug");
			}
		});
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				seen.incrementAndGet();
			}
		});
		fail(breaker);
		assertThat(seen).hasValue(1);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		assertThat(this.transitions).containsExactly("CLOSED->OPEN");
	}

	@Test
	void executeAsyncWhenRefusedShouldReturnAFailedStageWithoutThrowing() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToForcedOpenState();
		AtomicBoolean ran = new AtomicBoolean();
		CompletionStage<String> stage = breaker.executeAsync(() -> {
			ran.set(true);
			return CompletableFuture.completedFuture("x");
		});
		assertThat(stage.toCompletableFuture()).isCompletedExceptionally();
		assertThat(ran).isFalse();
		assertThatThrownBy(() -> stage.toCompletableFuture().join()).hasCauseInstanceOf(CallNotPermittedException.class)
			.cause()
			.satisfies((ex) -> assertThat(((CallNotPermittedException) ex).getRetryAfter()).isZero());
	}

	@Test
	void executeAsyncShouldRecordWhenTheStageCompletes() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder().consecutiveFailureThreshold(1));
		CompletableFuture<String> pending = new CompletableFuture<>();
		CompletionStage<String> stage = breaker.executeAsync(() -> pending);
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		this.ticker.advance(Duration.ofMillis(7));
		pending.completeExceptionally(new IOException("late"));
		assertThat(stage.toCompletableFuture()).isCompletedExceptionally();
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
	}

	@Test
	void manualStatesShouldNeverChangeByThemselves() {
		CircuitBreaker breaker = tenCallBreaker();
		breaker.transitionToForcedOpenState();
		this.ticker.advance(Duration.ofDays(1));
		assertThat(breaker.getState()).isEqualTo(State.FORCED_OPEN);
		assertThat(breaker.tryAcquirePermission()).isFalse();
		breaker.transitionToDisabledState();
		for (int i = 0; i < 20; i++) {
			fail(breaker);
		}
		assertThat(breaker.getState()).isEqualTo(State.DISABLED);
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		breaker.transitionToMetricsOnlyState();
		for (int i = 0; i < 20; i++) {
			fail(breaker);
		}
		assertThat(breaker.getState()).isEqualTo(State.METRICS_ONLY);
		assertThat(breaker.getMetrics().failureRate()).isEqualTo(100f);
	}

	@Test
	void transitionToHalfOpenWhenClosedShouldBeRefusedAndLeaveTheStateAlone() {
		CircuitBreaker breaker = tenCallBreaker();
		assertThatExceptionOfType(IllegalStateTransitionException.class)
			.isThrownBy(breaker::transitionToHalfOpenState)
			.withMessageContaining("CLOSED to HALF_OPEN");
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThatIllegalStateException().isThrownBy(breaker::transitionToHalfOpenState);
	}

	@Test
	void resetShouldCloseWithAnEmptyWindow() {
		CircuitBreaker breaker = tenCallBreaker();
		for (int i = 0; i < 4; i++) {
			fail(breaker);
		}
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
		breaker.tryAcquirePermission();
		breaker.reset();
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(breaker.getMetrics()).satisfies((metrics) -> {
			assertThat(metrics.bufferedCalls()).isZero();
			assertThat(metrics.notPermittedCalls()).isZero();
			assertThat(metrics.failureRate()).isEqualTo(-1f);
		});
	}

	@Test
	void jitterShouldSpreadTheOpenWaitWithinTheFraction() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(Duration.ofSeconds(10))
			.openStateBackoff(1, Duration.ofSeconds(12))
			.openStateJitter(0.5));
		java.util.Set<Duration> seen = new java.util.HashSet<>();
		for (int i = 0; i < 50; i++) {
			breaker.reset();
			breaker.transitionToOpenState();
			Duration wait = breaker.getMetrics().retryAfter();
			assertThat(wait).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(12));
			seen.add(wait);
		}
		assertThat(seen).hasSizeGreaterThan(10);
	}

	@Test
	void timeBasedWindowShouldForgetCallsOlderThanItsSize() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.TIME_BASED, 10)
			.minimumNumberOfCalls(3));
		fail(breaker);
		fail(breaker);
		this.ticker.advance(Duration.ofSeconds(10));
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		succeed(breaker);
		fail(breaker);
		this.ticker.advance(Duration.ofSeconds(5));
		succeed(breaker);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(breaker.getMetrics().bufferedCalls()).isEqualTo(3);
		fail(breaker);
		assertThat(breaker.getState()).isEqualTo(State.OPEN);
	}

}
