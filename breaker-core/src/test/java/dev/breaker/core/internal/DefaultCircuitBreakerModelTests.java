package dev.breaker.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Model-based tests for {@link DefaultCircuitBreaker}: random sequences of calls, held permits completed out of order,
 * manual transitions and clock advances, run against both the breaker and the {@link ReferenceModel}; state and
 * every metric must agree after every step.
 */
class DefaultCircuitBreakerModelTests {

	private static final long SLOW_NANOS = Duration.ofSeconds(1).toNanos();

	sealed interface Op permits Call, Hold, Complete, Release, Advance, Manual {
	}

	/** Runs a call through {@code execute}; it takes {@code millis} and ends with {@code outcome}. */
	record Call(Outcome outcome, int millis) implements Op {
	}

	/** Takes a permit and keeps it, as an in-flight call. */
	record Hold() implements Op {
	}

	/** Completes the held permit at {@code index} (modulo the number held). */
	record Complete(int index, Outcome outcome, int millis) implements Op {
	}

	/** Releases the held permit at {@code index} (modulo the number held). */
	record Release(int index) implements Op {
	}

	/** Moves time forward. */
	record Advance(int millis) implements Op {
	}

	/** Asks for a state by hand ({@code null} means reset). */
	record Manual(State target) implements Op {
	}

	enum Outcome {

		SUCCESS, FAILURE, IGNORED

	}

	@Property(tries = 400)
	void breakerShouldAgreeWithTheReferenceModelAfterEveryStep(@ForAll @IntRange(min = 1, max = 6) int windowSize,
			@ForAll @IntRange(min = 1, max = 7) int minimumNumberOfCalls, @ForAll("thresholds") int failureRate,
			@ForAll("thresholds") int slowRate, @ForAll @IntRange(min = 0, max = 3) int consecutive,
			@ForAll @IntRange(min = 1, max = 3) int permitted, @ForAll @IntRange(min = 1, max = 5) int waitSeconds,
			@ForAll("maxWaits") int maxWaitSeconds, @ForAll boolean backoff,
			@ForAll("operations") @Size(max = 80) List<Op> operations) {
		FakeTicker ticker = new FakeTicker();
		Duration wait = Duration.ofSeconds(waitSeconds);
		CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, windowSize)
			.minimumNumberOfCalls(minimumNumberOfCalls)
			.failureRateThreshold(failureRate)
			.slowCallRateThreshold(slowRate)
			.slowCallDurationThreshold(Duration.ofNanos(SLOW_NANOS))
			.consecutiveFailureThreshold(consecutive)
			.waitDurationInOpenState(wait)
			.permittedNumberOfCallsInHalfOpenState(permitted)
			.maxWaitDurationInHalfOpenState(Duration.ofSeconds(maxWaitSeconds))
			.ignoreExceptions(IllegalArgumentException.class)
			.ticker(ticker);
		if (backoff) {
			builder.openStateBackoff(2, wait.multipliedBy(4));
		}
		CircuitBreaker breaker = CircuitBreaker.of("model", builder.build());
		ReferenceModel model = new ReferenceModel(new ReferenceModel.Settings(windowSize, minimumNumberOfCalls,
				failureRate, slowRate, consecutive, wait.toNanos(), backoff ? 2 : 1,
				backoff ? wait.multipliedBy(4).toNanos() : wait.toNanos(), permitted,
				Duration.ofSeconds(maxWaitSeconds).toNanos(), SLOW_NANOS), ticker.nanoTime());
		List<long[]> held = new ArrayList<>();
		int step = 0;
		for (Op op : operations) {
			apply(op, breaker, model, ticker, held);
			compare(breaker, model, ticker, "step " + step++ + " " + op);
		}
	}

	private void apply(Op op, CircuitBreaker breaker, ReferenceModel model, FakeTicker ticker, List<long[]> held) {
		if (op instanceof Call call) {
			long expectedPermit = model.acquire(ticker.nanoTime());
			if (expectedPermit < 0) {
				assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> breaker.execute(() -> 1));
				return;
			}
			try {
				breaker.execute(() -> {
					ticker.advance(Duration.ofMillis(call.millis()));
					return switch (call.outcome()) {
						case SUCCESS -> 1;
						case FAILURE -> throw new IllegalStateException("failure");
						case IGNORED -> throw new IllegalArgumentException("ignored");
					};
				});
			}
			catch (IllegalStateException | IllegalArgumentException expected) {
				// the outcome under test
			}
			complete(model, expectedPermit, call.outcome(), call.millis(), ticker);
		}
		else if (op instanceof Hold) {
			long permit = breaker.acquirePermit();
			long expectedPermit = model.acquire(ticker.nanoTime());
			assertThat(permit != CircuitBreaker.NO_PERMIT).as("permitted").isEqualTo(expectedPermit >= 0);
			if (permit != CircuitBreaker.NO_PERMIT) {
				held.add(new long[] { permit, expectedPermit });
			}
		}
		else if (op instanceof Complete complete && !held.isEmpty()) {
			long[] permit = held.remove(complete.index() % held.size());
			ticker.advance(Duration.ofMillis(complete.millis()));
			long nanos = Duration.ofMillis(complete.millis()).toNanos();
			switch (complete.outcome()) {
				case SUCCESS -> breaker.onSuccess(permit[0], nanos);
				case FAILURE -> breaker.onError(permit[0], nanos, new IllegalStateException("failure"));
				case IGNORED -> breaker.onError(permit[0], nanos, new IllegalArgumentException("ignored"));
			}
			complete(model, permit[1], complete.outcome(), complete.millis(), ticker);
		}
		else if (op instanceof Release release && !held.isEmpty()) {
			long[] permit = held.remove(release.index() % held.size());
			breaker.releasePermit(permit[0]);
			model.ignore(permit[1]);
		}
		else if (op instanceof Advance advance) {
			ticker.advance(Duration.ofMillis(advance.millis()));
		}
		else if (op instanceof Manual manual) {
			manual(manual.target(), breaker, model, ticker.nanoTime());
		}
	}

	private void complete(ReferenceModel model, long permit, Outcome outcome, int millis, FakeTicker ticker) {
		long nanos = Duration.ofMillis(millis).toNanos();
		switch (outcome) {
			case SUCCESS -> model.record(permit, false, nanos, ticker.nanoTime());
			case FAILURE -> model.record(permit, true, nanos, ticker.nanoTime());
			case IGNORED -> model.ignore(permit);
		}
	}

	private void manual(State target, CircuitBreaker breaker, ReferenceModel model, long now) {
		model.refresh(now);
		if (target == null) {
			breaker.reset();
			model.enterClosed(now);
			return;
		}
		switch (target) {
			case CLOSED -> {
				breaker.transitionToClosedState();
				model.enterClosed(now);
			}
			case OPEN -> {
				breaker.transitionToOpenState();
				model.enterOpen(now);
			}
			case HALF_OPEN -> {
				if (model.canEnterHalfOpenByHand()) {
					breaker.transitionToHalfOpenState();
					model.enterHalfOpen(now, (model.state == State.CLOSED) ? 0 : currentOpenCount(model));
				}
				else {
					assertThatExceptionOfType(IllegalStateException.class)
						.isThrownBy(breaker::transitionToHalfOpenState);
				}
			}
			case FORCED_OPEN -> {
				breaker.transitionToForcedOpenState();
				model.enterForcedOpen(now);
			}
			case DISABLED -> {
				breaker.transitionToDisabledState();
				model.enterDisabled(now);
			}
			case METRICS_ONLY -> {
				breaker.transitionToMetricsOnlyState();
				model.enterMetricsOnly(now);
			}
		}
	}

	private int currentOpenCount(ReferenceModel model) {
		return model.openCountForHalfOpen();
	}

	private void compare(CircuitBreaker breaker, ReferenceModel model, FakeTicker ticker, String step) {
		long now = ticker.nanoTime();
		model.refresh(now);
		assertThat(breaker.getState()).as(step + ": state").isEqualTo(model.state);
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		ReferenceModel.Counts counts = model.counts();
		assertThat(metrics.state()).as(step + ": metrics state").isEqualTo(model.state);
		assertThat(metrics.bufferedCalls()).as(step + ": bufferedCalls").isEqualTo(counts.buffered());
		assertThat(metrics.failedCalls()).as(step + ": failedCalls").isEqualTo(counts.failed());
		assertThat(metrics.slowCalls()).as(step + ": slowCalls").isEqualTo(counts.slow());
		assertThat(metrics.successfulCalls()).as(step + ": successfulCalls")
			.isEqualTo(counts.buffered() - counts.failed());
		assertThat(metrics.failureRate()).as(step + ": failureRate").isEqualTo(counts.failureRate());
		assertThat(metrics.slowCallRate()).as(step + ": slowCallRate").isEqualTo(counts.slowCallRate());
		assertThat(metrics.notPermittedCalls()).as(step + ": notPermittedCalls").isEqualTo(model.notPermitted);
		assertThat(metrics.consecutiveFailures()).as(step + ": consecutiveFailures")
			.isEqualTo(model.consecutiveFailures());
		assertThat(metrics.retryAfter().toNanos()).as(step + ": retryAfter").isEqualTo(model.retryAfterNanos(now));
		assertThat(metrics.timeInState().toNanos()).as(step + ": timeInState").isEqualTo(model.timeInState(now));
	}

	@Provide
	Arbitrary<Integer> thresholds() {
		return Arbitraries.of(20, 50, 75, 100);
	}

	@Provide
	Arbitrary<Integer> maxWaits() {
		return Arbitraries.of(0, 3, 8);
	}

	@Provide
	Arbitrary<List<Op>> operations() {
		Arbitrary<Outcome> outcomes = Arbitraries.of(Outcome.class);
		Arbitrary<Integer> millis = Arbitraries.of(0, 10, 999, 1000, 1500);
		Arbitrary<Op> call = Combinators.combine(outcomes, millis).as(Call::new);
		Arbitrary<Op> hold = Arbitraries.just(new Hold());
		Arbitrary<Op> complete = Combinators.combine(Arbitraries.integers().between(0, 5), outcomes, millis)
			.as(Complete::new);
		Arbitrary<Op> release = Arbitraries.integers().between(0, 5).map(Release::new);
		Arbitrary<Op> advance = Arbitraries.of(1, 500, 1000, 2500, 5000, 9000).map(Advance::new);
		Arbitrary<Op> manual = Arbitraries.of(State.CLOSED, State.OPEN, State.HALF_OPEN, State.FORCED_OPEN,
				State.DISABLED, State.METRICS_ONLY, null).map(Manual::new);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, call), net.jqwik.api.Tuple.of(3, hold),
				net.jqwik.api.Tuple.of(3, complete), net.jqwik.api.Tuple.of(1, release),
				net.jqwik.api.Tuple.of(4, advance), net.jqwik.api.Tuple.of(1, manual))
			.list()
			.ofMaxSize(80);
	}

}
