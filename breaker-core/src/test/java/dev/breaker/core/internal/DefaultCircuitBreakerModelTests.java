package dev.breaker.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Model-based tests for {@link DefaultCircuitBreaker}: random configurations and random sequences of calls, held
 * permits completed out of order, releases, manual transitions and clock advances, run against both the breaker and
 * the {@link ReferenceModel}; state and every metric must agree after every step. Each sequence comes from one seed
 * of a {@link SplittableRandom}: a failure names its seed and step, and {@code -Dbreaker.model.seed=<seed>} replays
 * exactly that sequence. Comparing after every step makes the failing prefix the shortest one.
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

	private static final int SEQUENCES = 400;

	@TestFactory
	Stream<DynamicTest> breakerShouldAgreeWithTheReferenceModelAfterEveryStep() {
		String replay = System.getProperty("breaker.model.seed");
		LongStream seeds = (replay != null) ? LongStream.of(Long.parseLong(replay))
				: new SplittableRandom().longs(SEQUENCES);
		return seeds.mapToObj((seed) -> DynamicTest.dynamicTest("seed " + seed, () -> runSequence(seed)));
	}

	private void runSequence(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		int windowSize = random.nextInt(1, 7);
		int minimumNumberOfCalls = random.nextInt(1, 8);
		int failureRate = pick(random, 20, 50, 75, 100);
		int slowRate = pick(random, 20, 50, 75, 100);
		int consecutive = random.nextInt(0, 4);
		int permitted = random.nextInt(1, 4);
		int waitSeconds = random.nextInt(1, 6);
		int maxWaitSeconds = pick(random, 0, 3, 8);
		boolean backoff = random.nextBoolean();
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
		CircuitBreakerConfig config = builder.build();
		CircuitBreaker breaker = CircuitBreaker.of("model", config);
		ReferenceModel model = new ReferenceModel(new ReferenceModel.Settings(windowSize, minimumNumberOfCalls,
				failureRate, slowRate, consecutive, wait.toNanos(), backoff ? 2 : 1,
				backoff ? wait.multipliedBy(4).toNanos() : wait.toNanos(), permitted,
				Duration.ofSeconds(maxWaitSeconds).toNanos(), SLOW_NANOS), ticker.nanoTime());
		List<long[]> held = new ArrayList<>();
		int length = random.nextInt(0, 81);
		List<Op> done = new ArrayList<>();
		for (int step = 0; step < length; step++) {
			Op op = nextOperation(random);
			done.add(op);
			String where = "seed " + seed + ", " + config + ", after " + done;
			apply(op, breaker, model, ticker, held);
			compare(breaker, model, ticker, where);
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

	private static int pick(SplittableRandom random, int... values) {
		return values[random.nextInt(values.length)];
	}

	private static final int[] MILLIS = { 0, 10, 999, 1000, 1500 };

	private static final int[] ADVANCES = { 1, 500, 1000, 2500, 5000, 9000 };

	private static final State[] TARGETS = { State.CLOSED, State.OPEN, State.HALF_OPEN, State.FORCED_OPEN,
			State.DISABLED, State.METRICS_ONLY, null };

	/** Draws an operation: calls 10, holds 3, completions 3, releases 1, clock advances 4, manual transitions 1. */
	private static Op nextOperation(SplittableRandom random) {
		Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
		int millis = pick(random, MILLIS);
		int draw = random.nextInt(22);
		if (draw < 10) {
			return new Call(outcome, millis);
		}
		if (draw < 13) {
			return new Hold();
		}
		if (draw < 16) {
			return new Complete(random.nextInt(6), outcome, millis);
		}
		if (draw < 17) {
			return new Release(random.nextInt(6));
		}
		if (draw < 21) {
			return new Advance(pick(random, ADVANCES));
		}
		return new Manual(TARGETS[random.nextInt(TARGETS.length)]);
	}

}
