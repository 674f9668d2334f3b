package dev.breaker.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerListener;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Concurrency tests for {@link DefaultCircuitBreaker}: many threads released together by a barrier, asserting exact
 * invariants (permits, counts, transitions) rather than timings. Time is driven by a {@link FakeTicker}; every wait
 * has a timeout.
 */
class DefaultCircuitBreakerConcurrencyTests {

	private static final int THREADS = 12;

	private static final Duration WAIT = Duration.ofSeconds(5);

	private final FakeTicker ticker = new FakeTicker();

	private final Events events = new Events();

	private CircuitBreaker breaker(CircuitBreakerConfig.Builder builder) {
		CircuitBreaker breaker = CircuitBreaker.of("race", builder.ticker(this.ticker).build());
		breaker.addListener(this.events);
		return breaker;
	}

	private CircuitBreaker halfOpenBreaker(int permits) {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 10)
			.minimumNumberOfCalls(1)
			.waitDurationInOpenState(WAIT)
			.permittedNumberOfCallsInHalfOpenState(permits)
			.maxWaitDurationInHalfOpenState(Duration.ZERO)
			.ignoreExceptions(IgnoredException.class));
		breaker.transitionToOpenState();
		this.ticker.advance(WAIT);
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		this.events.transitions.clear();
		return breaker;
	}

	private static void await(CountDownLatch latch) throws InterruptedException {
		assertThat(latch.await(Race.TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("latch released in time").isTrue();
	}

	// ---- HALF_OPEN permits ----

	@RepeatedTest(20)
	void executeWhenManyThreadsRaceForHalfOpenPermitsShouldLetExactlyThePermittedNumberThrough() {
		int permits = 3;
		CircuitBreaker breaker = halfOpenBreaker(permits);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		AtomicInteger permitted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		CountDownLatch attempted = new CountDownLatch(THREADS);
		CountDownLatch finish = new CountDownLatch(1);
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				// the coordinator: every racer has either entered its trial call or been refused
				await(attempted);
				assertThat(inFlight).hasValue(permits);
				finish.countDown();
				return;
			}
			try {
				breaker.execute(() -> {
					maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
					permitted.incrementAndGet();
					attempted.countDown();
					try {
						await(finish);
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
					inFlight.decrementAndGet();
					return "ok";
				});
			}
			catch (CallNotPermittedException ex) {
				assertThat(ex.getState()).isEqualTo(State.HALF_OPEN);
				refused.incrementAndGet();
				attempted.countDown();
			}
		});
		assertThat(permitted).hasValue(permits);
		assertThat(maxInFlight).hasValue(permits);
		assertThat(refused).hasValue(THREADS - permits);
		assertThat(this.events.notPermitted.sum()).isEqualTo(THREADS - permits);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(this.events.transitions).containsExactly("HALF_OPEN->CLOSED");
	}

	@RepeatedTest(5)
	void acquirePermitWhenThreadsChurnHalfOpenPermitsShouldNeverHaveMoreThanThePermittedNumberInFlight() {
		int permits = 4;
		CircuitBreaker breaker = halfOpenBreaker(permits);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		LongAdder granted = new LongAdder();
		Race.run(THREADS, (thread) -> {
			for (int i = 0; i < 2_000; i++) {
				int way = (thread + i) % 3;
				if (way == 2) {
					// a trial through execute whose exception is ignored: gives its permit back
					try {
						breaker.execute(() -> {
							granted.increment();
							maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
							inFlight.decrementAndGet();
							throw new IgnoredException();
						});
					}
					catch (IgnoredException | CallNotPermittedException ex) {
						// expected: either way the breaker accounted for the call
					}
					continue;
				}
				long permit = breaker.acquirePermit();
				if (permit == CircuitBreaker.NO_PERMIT) {
					continue;
				}
				granted.increment();
				maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
				inFlight.decrementAndGet();
				if (way == 0) {
					breaker.releasePermit(permit);
				}
				else {
					breaker.onError(permit, 0, new IgnoredException());
				}
			}
		});
		assertThat(granted.sum()).isPositive();
		assertThat(maxInFlight.get()).isBetween(1, permits);
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		// every permit came back, and no more than that
		long[] trials = new long[permits];
		for (int i = 0; i < permits; i++) {
			trials[i] = breaker.acquirePermit();
			assertThat(trials[i]).isNotEqualTo(CircuitBreaker.NO_PERMIT);
		}
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		for (long trial : trials) {
			breaker.onSuccess(trial, 0);
		}
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(this.events.transitions).containsExactly("HALF_OPEN->CLOSED");
	}

	// ---- exactly one transition ----

	@Test
	void onErrorWhenManyThreadsTripTheBreakerAtOnceShouldReportExactlyOneTransition() {
		for (int round = 0; round < 100; round++) {
			CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
				.slidingWindow(SlidingWindowType.COUNT_BASED, THREADS)
				.minimumNumberOfCalls(1)
				.failureRateThreshold(50));
			List<String> transitions = recordTransitions(breaker);
			long[] permits = acquire(breaker, THREADS);
			Race.run(THREADS, (thread) -> breaker.onError(permits[thread], 0, new IOException("down")));
			assertThat(transitions).as("round %d", round).containsExactly("CLOSED->OPEN");
			assertThat(breaker.getState()).isEqualTo(State.OPEN);
			assertThatExceptionOfType(CallNotPermittedException.class).isThrownBy(() -> breaker.execute(() -> "x"));
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void onOutcomeWhenAllTrialsEndAtOnceShouldReportExactlyOneTransition(boolean fail) {
		for (int round = 0; round < 50; round++) {
			this.events.transitions.clear();
			CircuitBreaker breaker = halfOpenBreaker(THREADS);
			long[] permits = acquire(breaker, THREADS);
			assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
			Race.run(THREADS, (thread) -> {
				if (fail) {
					breaker.onError(permits[thread], 0, new IOException("still down"));
				}
				else {
					breaker.onSuccess(permits[thread], 0);
				}
			});
			assertThat(this.events.transitions).as("round %d", round)
				.containsExactly(fail ? "HALF_OPEN->OPEN" : "HALF_OPEN->CLOSED");
			assertThat(breaker.getState()).isEqualTo(fail ? State.OPEN : State.CLOSED);
		}
	}

	@Test
	void getStateWhenManyThreadsSeeTheOpenWaitElapseShouldReportExactlyOneTransition() {
		for (int round = 0; round < 50; round++) {
			this.events.transitions.clear();
			CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
				.waitDurationInOpenState(WAIT)
				.maxWaitDurationInHalfOpenState(Duration.ofSeconds(3)));
			breaker.transitionToOpenState();
			this.ticker.advance(WAIT);
			Race.run(THREADS, (thread) -> {
				if (thread % 2 == 0) {
					assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
				}
				else {
					long permit = breaker.acquirePermit();
					if (permit != CircuitBreaker.NO_PERMIT) {
						breaker.releasePermit(permit);
					}
				}
			});
			this.ticker.advance(Duration.ofSeconds(3));
			Race.run(THREADS, (thread) -> assertThat(breaker.getState()).isEqualTo(State.OPEN));
			assertThat(this.events.transitions).as("round %d", round)
				.containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN");
		}
	}

	@RepeatedTest(10)
	void executeWhenHalfOpenTimesOutWhileTrialsHangShouldGiveTheNextHalfOpenFreshPermits() {
		int permits = 2;
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.waitDurationInOpenState(WAIT)
			.permittedNumberOfCallsInHalfOpenState(permits)
			.maxWaitDurationInHalfOpenState(Duration.ofSeconds(3)));
		breaker.transitionToOpenState();
		this.ticker.advance(WAIT);
		CountDownLatch entered = new CountDownLatch(permits);
		CountDownLatch go = new CountDownLatch(1);
		Race.run(permits + 1, (thread) -> {
			if (thread == permits) {
				// both trials hang: HALF_OPEN times out, and after the open wait a new HALF_OPEN begins
				await(entered);
				this.ticker.advance(Duration.ofSeconds(3));
				assertThat(breaker.getState()).isEqualTo(State.OPEN);
				this.ticker.advance(WAIT);
				assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
				go.countDown();
				return;
			}
			// the hung trials end at last, successfully, but they belong to the HALF_OPEN that timed out
			assertThat(breaker.execute(() -> {
				entered.countDown();
				try {
					await(go);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				return "late";
			})).isEqualTo("late");
		});
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		assertThat(breaker.getMetrics().bufferedCalls()).isZero();
		long[] trials = acquire(breaker, permits);
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		for (long trial : trials) {
			breaker.onSuccess(trial, 0);
		}
		assertThat(this.events.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN",
				"OPEN->HALF_OPEN", "HALF_OPEN->CLOSED");
	}

	@RepeatedTest(10)
	void executeAsyncWhenManyThreadsRaceForHalfOpenPermitsShouldStartExactlyThePermittedNumber() {
		int permits = 3;
		CircuitBreaker breaker = halfOpenBreaker(permits);
		List<CompletableFuture<String>> started = new CopyOnWriteArrayList<>();
		List<CompletableFuture<String>> results = new CopyOnWriteArrayList<>();
		Race.run(THREADS, (thread) -> results.add(breaker.<String>executeAsync(() -> {
			CompletableFuture<String> stage = new CompletableFuture<>();
			started.add(stage);
			return stage;
		}).toCompletableFuture()));
		assertThat(started).hasSize(permits);
		assertThat(results).filteredOn(CompletableFuture::isCompletedExceptionally).hasSize(THREADS - permits)
			.allSatisfy((result) -> assertThat(result).failsWithin(Duration.ZERO)
				.withThrowableThat()
				.withCauseInstanceOf(CallNotPermittedException.class));
		// a cancelled trial gives its permit back; the others complete from as many threads at once
		started.get(0).cancel(false);
		CompletableFuture<String> replacement = new CompletableFuture<>();
		CompletableFuture<String> replacementResult = breaker.executeAsync(() -> replacement).toCompletableFuture();
		assertThat(replacementResult).isNotDone();
		List<CompletableFuture<String>> running = List.of(started.get(1), started.get(2), replacement);
		Race.run(permits, (thread) -> running.get(thread).complete("trial " + thread));
		assertThat(replacementResult).isCompletedWithValue("trial 2");
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
		assertThat(this.events.transitions).containsExactly("HALF_OPEN->CLOSED");
	}

	// ---- states set by hand never change by themselves ----

	@ParameterizedTest
	@EnumSource(value = State.class, names = { "FORCED_OPEN", "DISABLED", "METRICS_ONLY" })
	void executeWhenAStateSetByHandIsStormedShouldNeverLeaveIt(State state) {
		int perThread = 1_000;
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, THREADS * perThread)
			.minimumNumberOfCalls(1)
			.consecutiveFailureThreshold(1)
			.waitDurationInOpenState(WAIT)
			.maxWaitDurationInHalfOpenState(Duration.ofSeconds(1)));
		switch (state) {
			case FORCED_OPEN -> breaker.transitionToForcedOpenState();
			case DISABLED -> breaker.transitionToDisabledState();
			default -> breaker.transitionToMetricsOnlyState();
		}
		this.events.transitions.clear();
		Tally made = new Tally();
		Race.run(THREADS, (thread) -> {
			for (int i = 0; i < perThread; i++) {
				try {
					breaker.run(() -> {
						throw new IllegalStateException("down");
					});
				}
				catch (CallNotPermittedException ex) {
					made.notPermitted.increment();
				}
				catch (IllegalStateException ex) {
					made.failures.increment();
				}
				if (i % 100 == 0) {
					this.ticker.advance(WAIT);
				}
			}
		});
		assertThat(breaker.getState()).isEqualTo(state);
		assertThat(this.events.transitions).isEmpty();
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		long calls = (long) THREADS * perThread;
		switch (state) {
			case FORCED_OPEN -> {
				assertThat(made.notPermitted.sum()).isEqualTo(calls);
				assertThat(metrics.notPermittedCalls()).isEqualTo(calls);
			}
			case DISABLED -> {
				assertThat(made.failures.sum()).isEqualTo(calls);
				assertThat(metrics.bufferedCalls()).isZero();
				assertThat(this.events.errors.sum()).isZero();
			}
			default -> {
				assertThat(made.failures.sum()).isEqualTo(calls);
				assertThat(metrics.bufferedCalls()).isEqualTo(calls);
				assertThat(metrics.failedCalls()).isEqualTo(calls);
				assertThat(metrics.failureRate()).isEqualTo(100f);
			}
		}
	}

	// ---- counting ----

	@ParameterizedTest
	@EnumSource(SlidingWindowType.class)
	void executeWhenThreadsMixOutcomesInALargeWindowShouldCountEveryOutcomeExactlyOnce(SlidingWindowType type) {
		int perThread = 2_000;
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(type, (type == SlidingWindowType.COUNT_BASED) ? THREADS * perThread : 100)
			.minimumNumberOfCalls(1_000_000) // never trips: every call stays in the window
			.slowCallDurationThreshold(Duration.ofHours(1))
			.ignoreExceptions(IgnoredException.class));
		Tally made = new Tally();
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				// time moves while the others record, but by less than the window
				for (int step = 0; step < 500; step++) {
					this.ticker.advance(Duration.ofMillis(10));
					Thread.yield();
				}
				return;
			}
			for (int i = 0; i < perThread; i++) {
				made.attempts.increment();
				switch (i % 5) {
					case 0 -> {
						breaker.execute(() -> "ok");
						made.successes.increment();
					}
					case 1 -> {
						try {
							breaker.run(() -> {
								throw new IllegalStateException("boom");
							});
						}
						catch (IllegalStateException ex) {
							made.failures.increment();
						}
					}
					case 2 -> {
						breaker.onSuccess(breaker.acquirePermit(), Duration.ofHours(2).toNanos());
						made.successes.increment();
						made.slow.increment();
					}
					case 3 -> {
						breaker.onError(breaker.acquirePermit(), Duration.ofHours(2).toNanos(), new IOException("x"));
						made.failures.increment();
						made.slow.increment();
					}
					default -> {
						try {
							breaker.execute(() -> {
								throw new IgnoredException();
							});
						}
						catch (IgnoredException ex) {
							made.ignored.increment();
						}
					}
				}
			}
		});
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		assertThat(metrics.state()).isEqualTo(State.CLOSED);
		assertThat(metrics.bufferedCalls()).isEqualTo(made.successes.sum() + made.failures.sum());
		assertThat(metrics.failedCalls()).isEqualTo(made.failures.sum());
		assertThat(metrics.successfulCalls()).isEqualTo(made.successes.sum());
		assertThat(metrics.slowCalls()).isEqualTo(made.slow.sum());
		assertThat(metrics.notPermittedCalls()).isZero();
		assertThat(this.events.successes.sum()).isEqualTo(made.successes.sum());
		assertThat(this.events.errors.sum()).isEqualTo(made.failures.sum());
		assertThat(this.events.ignored.sum()).isEqualTo(made.ignored.sum());
		assertThat(this.events.slow.sum()).isEqualTo(made.slow.sum());
		assertThat(this.events.total()).isEqualTo(made.attempts.sum());
	}

	@RepeatedTest(3)
	void executeWhenThreadsStormATrippingBreakerShouldAccountForEveryAttemptOnce() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 10)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMillis(200))
			.permittedNumberOfCallsInHalfOpenState(2)
			.ignoreExceptions(IgnoredException.class));
		Tally made = new Tally();
		AtomicBoolean stop = new AtomicBoolean();
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				while (!stop.get()) {
					this.ticker.advance(Duration.ofMillis(ThreadLocalRandom.current().nextInt(1, 100)));
					Thread.yield();
				}
				return;
			}
			try {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int i = 0; i < 3_000; i++) {
					made.attempts.increment();
					int outcome = random.nextInt(10);
					try {
						breaker.execute(() -> {
							if (outcome < 4) {
								throw new IllegalStateException("boom");
							}
							if (outcome == 4) {
								throw new IgnoredException();
							}
							return "ok";
						});
						made.successes.increment();
					}
					catch (CallNotPermittedException ex) {
						made.notPermitted.increment();
					}
					catch (IllegalStateException ex) {
						made.failures.increment();
					}
					catch (IgnoredException ex) {
						made.ignored.increment();
					}
				}
			}
			finally {
				stop.set(true);
			}
		});
		assertThat(made.successes.sum() + made.failures.sum() + made.ignored.sum() + made.notPermitted.sum())
			.isEqualTo(made.attempts.sum());
		assertThat(made.notPermitted.sum()).isPositive();
		assertThat(this.events.successes.sum()).isEqualTo(made.successes.sum());
		assertThat(this.events.errors.sum()).isEqualTo(made.failures.sum());
		assertThat(this.events.ignored.sum()).isEqualTo(made.ignored.sum());
		assertThat(this.events.notPermitted.sum()).isEqualTo(made.notPermitted.sum());
		assertThat(this.events.total()).isEqualTo(made.attempts.sum());
		assertThat(this.events.transitions).isNotEmpty();
		assertThat(this.events.transitions).allMatch((transition) -> List
			.of("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN", "HALF_OPEN->CLOSED")
			.contains(transition));
	}

	@RepeatedTest(3)
	void listenersWhenThreadsStormTheBreakerShouldHearEachOutcomeRightBeforeTheTransitionItCaused() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 10)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofMillis(200))
			.permittedNumberOfCallsInHalfOpenState(2)
			.maxWaitDurationInHalfOpenState(Duration.ZERO));
		Map<Thread, List<String>> heard = new ConcurrentHashMap<>();
		breaker.addListener(new CircuitBreakerListener() {
			private void hear(String event) {
				heard.computeIfAbsent(Thread.currentThread(), (thread) -> new ArrayList<>()).add(event);
			}

			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				hear(from + "->" + to);
			}

			@Override
			public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
				hear("success");
			}

			@Override
			public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				hear("error");
			}
		});
		Race.run(THREADS, (thread) -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			for (int i = 0; i < 2_000; i++) {
				try {
					breaker.execute(() -> {
						if (random.nextInt(3) == 0) {
							throw new IllegalStateException("boom");
						}
						return "ok";
					});
				}
				catch (CallNotPermittedException | IllegalStateException ex) {
					// refused, or the call's own failure
				}
				if (random.nextInt(20) == 0) {
					this.ticker.advance(Duration.ofMillis(random.nextInt(1, 100)));
				}
			}
		});
		// Listeners run on the thread that caused the event: on that thread, the outcome that trips or closes the
		// breaker is heard first and the transition right after it. (In CLOSED a success can trip the breaker too:
		// the one that brings the window to minimumNumberOfCalls with the failure rate above the threshold.)
		Map<String, List<String>> causes = Map.of("CLOSED->OPEN", List.of("error", "success"), "HALF_OPEN->OPEN",
				List.of("error"), "HALF_OPEN->CLOSED", List.of("success"));
		long transitions = 0;
		for (List<String> events : heard.values()) {
			for (int i = 0; i < events.size(); i++) {
				List<String> expected = causes.get(events.get(i));
				if (expected != null) {
					transitions++;
					assertThat(i).isPositive();
					assertThat(events.get(i - 1)).as("event before %s", events.get(i)).isIn(expected);
				}
			}
		}
		assertThat(transitions).isPositive();
	}

	// ---- a result belongs to the state that admitted its call ----

	@RepeatedTest(10)
	void reportWhenCallsAdmittedWhileClosedEndInHalfOpenShouldNeitherCountAsTrialsNorReleaseTrialPermits() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 100)
			.minimumNumberOfCalls(100)
			.waitDurationInOpenState(WAIT)
			.permittedNumberOfCallsInHalfOpenState(2)
			.maxWaitDurationInHalfOpenState(Duration.ZERO)
			.ignoreExceptions(IgnoredException.class));
		long[] stale = acquire(breaker, THREADS);
		breaker.transitionToOpenState();
		this.ticker.advance(WAIT);
		long[] trials = acquire(breaker, 2);
		Race.run(THREADS, (thread) -> {
			switch (thread % 4) {
				case 0 -> breaker.onSuccess(stale[thread], 0);
				case 1 -> breaker.onError(stale[thread], 0, new IOException("late failure"));
				case 2 -> breaker.onError(stale[thread], 0, new IgnoredException());
				default -> breaker.releasePermit(stale[thread]);
			}
		});
		assertStaleCallsChangedNothing(breaker);
		breaker.onSuccess(trials[0], 0);
		breaker.onSuccess(trials[1], 0);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

	@RepeatedTest(10)
	void executeWhenBlockedCallsAdmittedWhileClosedEndInHalfOpenShouldNeitherCountAsTrialsNorReleaseTrialPermits() {
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 100)
			.minimumNumberOfCalls(100)
			.waitDurationInOpenState(WAIT)
			.permittedNumberOfCallsInHalfOpenState(2)
			.maxWaitDurationInHalfOpenState(Duration.ZERO)
			.ignoreExceptions(IgnoredException.class));
		CountDownLatch entered = new CountDownLatch(THREADS);
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch finished = new CountDownLatch(THREADS);
		long[] trials = new long[2];
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				// the coordinator: every call is running, admitted while CLOSED; move to HALF_OPEN and take the trials
				await(entered);
				breaker.transitionToOpenState();
				this.ticker.advance(WAIT);
				trials[0] = breaker.acquirePermit();
				trials[1] = breaker.acquirePermit();
				go.countDown();
				await(finished);
				assertStaleCallsChangedNothing(breaker);
				return;
			}
			try {
				breaker.execute(() -> {
					entered.countDown();
					try {
						await(go);
					}
					catch (InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
					return switch (thread % 3) {
						case 0 -> "late success";
						case 1 -> throw new IllegalStateException("late failure");
						default -> throw new IgnoredException();
					};
				});
			}
			catch (IllegalStateException | IgnoredException ex) {
				// the caller's own exception, as expected
			}
			finally {
				finished.countDown();
			}
		});
		assertThat(trials).doesNotContain(CircuitBreaker.NO_PERMIT);
		breaker.onSuccess(trials[0], 0);
		breaker.onSuccess(trials[1], 0);
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

	private void assertStaleCallsChangedNothing(CircuitBreaker breaker) {
		assertThat(breaker.getState()).isEqualTo(State.HALF_OPEN);
		CircuitBreaker.Metrics metrics = breaker.getMetrics();
		assertThat(metrics.bufferedCalls()).as("trial calls counted").isZero();
		assertThat(metrics.failedCalls()).isZero();
		// both trial permits are still out: a stale release must not have given one back
		assertThat(breaker.acquirePermit()).isEqualTo(CircuitBreaker.NO_PERMIT);
		assertThat(this.events.transitions).containsExactly("CLOSED->OPEN", "OPEN->HALF_OPEN");
	}

	// ---- no stuck state ----

	@ParameterizedTest
	@ValueSource(longs = { 0, 3 })
	void stormWhenAnythingGoesShouldAlwaysLetTheBreakerRecoverToClosed(long maxWaitInHalfOpenSeconds) {
		int permits = 3;
		CircuitBreaker breaker = breaker(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, 10)
			.minimumNumberOfCalls(5)
			.failureRateThreshold(50)
			.slowCallDurationThreshold(Duration.ofSeconds(1))
			.slowCallRateThreshold(80)
			.consecutiveFailureThreshold(4)
			.waitDurationInOpenState(Duration.ofMillis(300))
			.openStateBackoff(2, Duration.ofSeconds(2))
			.openStateJitter(0.3)
			.permittedNumberOfCallsInHalfOpenState(permits)
			.maxWaitDurationInHalfOpenState(Duration.ofSeconds(maxWaitInHalfOpenSeconds))
			.ignoreExceptions(IgnoredException.class)
			.recordResult("bad"::equals));
		breaker.addListener(new ThrowingListener());
		Events after = new Events();
		breaker.addListener(after);
		LongAdder expectedEvents = new LongAdder();
		withListenerFailuresUnlogged(() -> {
			Race.run(THREADS, (thread) -> {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int i = 0; i < 2_500; i++) {
					expectedEvents.add(anything(breaker));
					if (random.nextInt(16) == 0) {
						// time moves with the calls, so that the storm goes round the whole cycle many times
						this.ticker.advance(Duration.ofMillis(random.nextInt(1, 150)));
					}
				}
			});
			// the listener after the throwing one saw every call
			assertThat(after.total()).isEqualTo(expectedEvents.sum());
			assertThat(after.transitions).contains("CLOSED->OPEN", "OPEN->HALF_OPEN", "HALF_OPEN->OPEN");
			recover(breaker, permits);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "error", "checked" })
	void executeWhenAListenerThrowsAnyThrowableShouldStillCountTheTrialAndClose(String thrown) {
		CircuitBreaker breaker = halfOpenBreaker(1);
		Throwable failure = thrown.equals("error") ? new ServiceConfigurationErrorLike() : new IOException("checked");
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
				sneakyThrow(failure);
			}

			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				sneakyThrow(failure);
			}
		});
		withListenerFailuresUnlogged(() -> {
			// a listener's Error or checked exception (from Kotlin, say) neither reaches the caller nor loses the
			// permit
			assertThat(breaker.execute(() -> "trial")).isEqualTo("trial");
			assertThat(breaker.getState()).isEqualTo(State.CLOSED);
			assertThat(breaker.execute(() -> "after")).isEqualTo("after");
		});
		assertThat(this.events.transitions).containsExactly("HALF_OPEN->CLOSED");
	}

	@Test
	void executeWhenAListenerFailsFatallyShouldRethrowButStillCountTheTrial() {
		CircuitBreaker breaker = halfOpenBreaker(1);
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
				throw new StackOverflowError("simulated");
			}
		});
		assertThatExceptionOfType(StackOverflowError.class).isThrownBy(() -> breaker.execute(() -> "trial"));
		assertThat(breaker.getState()).isEqualTo(State.CLOSED);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> void sneakyThrow(Throwable throwable) throws T {
		throw (T) throwable;
	}

	/** An {@link Error} that is neither a {@link LinkageError} nor an {@link AssertionError}. */
	static final class ServiceConfigurationErrorLike extends Error {

		ServiceConfigurationErrorLike() {
			super("listener misconfigured");
		}

	}

	/**
	 * One random operation, always reporting the end of every permitted call.
	 * @return how many of onSuccess, onError, onIgnoredError and onCallNotPermitted it must have caused
	 */
	private static int anything(CircuitBreaker breaker) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		try {
			switch (random.nextInt(9)) {
				case 0 -> breaker.execute(() -> "ok");
				case 1 -> breaker.execute(() -> "bad");
				case 2 -> breaker.run(() -> {
					throw new IllegalStateException("boom");
				});
				case 3 -> breaker.run(() -> {
					throw new IgnoredException();
				});
				case 4 -> {
					long permit = breaker.acquirePermit();
					if (permit != CircuitBreaker.NO_PERMIT) {
						breaker.onSuccess(permit, Duration.ofSeconds(random.nextInt(3)).toNanos());
					}
				}
				case 5 -> {
					long permit = breaker.acquirePermit();
					if (permit == CircuitBreaker.NO_PERMIT) {
						return 1;
					}
					breaker.releasePermit(permit);
					return 0;
				}
				case 6 -> {
					CompletableFuture<String> stage = new CompletableFuture<>();
					CompletableFuture<String> result = breaker.executeAsync(() -> stage).toCompletableFuture();
					if (result.isDone()) {
						assertThat(result).isCompletedExceptionally();
						return 1;
					}
					switch (random.nextInt(3)) {
						case 0 -> stage.complete("ok");
						case 1 -> stage.completeExceptionally(new IOException("async failure"));
						default -> {
							stage.cancel(false);
							assertThat(result).isCompletedExceptionally();
							return 0;
						}
					}
					assertThat(result).isDone();
				}
				case 7 -> {
					if (breaker.tryAcquirePermission()) {
						breaker.onError(1L, new IllegalStateException("low level"));
					}
				}
				default -> {
					breaker.getState();
					breaker.getMetrics();
					return 0;
				}
			}
		}
		catch (CallNotPermittedException | IllegalStateException | IgnoredException ex) {
			// the breaker refused the call, or the call's own exception came back
		}
		return 1;
	}

	private void recover(CircuitBreaker breaker, int permits) {
		for (int round = 0; round < 10; round++) {
			State state = breaker.getState();
			if (state == State.CLOSED) {
				assertThat(breaker.execute(() -> "recovered")).isEqualTo("recovered");
				return;
			}
			if (state == State.OPEN) {
				this.ticker.advance(Duration.ofSeconds(3)); // beyond the longest wait, backoff and jitter included
				continue;
			}
			assertThat(state).isEqualTo(State.HALF_OPEN);
			for (int trial = 0; trial < permits; trial++) {
				// nothing is in flight now: every trial permit must be available
				assertThat(breaker.execute(() -> "trial")).isEqualTo("trial");
			}
		}
		assertThat(breaker.getState()).as("state after recovering").isEqualTo(State.CLOSED);
	}

	// ---- helpers ----

	/** Runs a storm without logging a stack trace for each of the thousands of listener failures it provokes. */
	private static void withListenerFailuresUnlogged(Runnable storm) {
		Logger logger = Logger.getLogger(ListenerDispatcher.class.getName());
		Level level = logger.getLevel();
		logger.setLevel(Level.OFF);
		try {
			storm.run();
		}
		finally {
			logger.setLevel(level);
		}
	}

	private static long[] acquire(CircuitBreaker breaker, int count) {
		long[] permits = new long[count];
		for (int i = 0; i < count; i++) {
			permits[i] = breaker.acquirePermit();
			assertThat(permits[i]).isNotEqualTo(CircuitBreaker.NO_PERMIT);
		}
		return permits;
	}

	private static List<String> recordTransitions(CircuitBreaker breaker) {
		List<String> transitions = new CopyOnWriteArrayList<>();
		breaker.addListener(new CircuitBreakerListener() {
			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				transitions.add(from + "->" + to);
			}
		});
		return transitions;
	}

	/** An exception the breakers here ignore. */
	static final class IgnoredException extends RuntimeException {

		IgnoredException() {
			super("ignored", null, false, false);
		}

	}

	/** What the test threads did. */
	private static final class Tally {

		final LongAdder attempts = new LongAdder();

		final LongAdder successes = new LongAdder();

		final LongAdder failures = new LongAdder();

		final LongAdder ignored = new LongAdder();

		final LongAdder slow = new LongAdder();

		final LongAdder notPermitted = new LongAdder();

	}

	/** What a listener saw. */
	private static final class Events implements CircuitBreakerListener {

		final LongAdder successes = new LongAdder();

		final LongAdder errors = new LongAdder();

		final LongAdder ignored = new LongAdder();

		final LongAdder slow = new LongAdder();

		final LongAdder notPermitted = new LongAdder();

		final List<String> transitions = new CopyOnWriteArrayList<>();

		long total() {
			return this.successes.sum() + this.errors.sum() + this.ignored.sum() + this.notPermitted.sum();
		}

		@Override
		public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
			this.transitions.add(from + "->" + to);
		}

		@Override
		public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
			this.successes.increment();
		}

		@Override
		public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
			this.errors.increment();
		}

		@Override
		public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
			this.ignored.increment();
		}

		@Override
		public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
			this.notPermitted.increment();
		}

		@Override
		public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
			this.slow.increment();
		}

	}

	/** A listener that throws from every event. */
	private static final class ThrowingListener implements CircuitBreakerListener {

		@Override
		public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
			throw new IllegalStateException("listener bug");
		}

		@Override
		public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
			throw new IllegalStateException("listener bug");
		}

		@Override
		public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
			throw new IllegalStateException("listener bug");
		}

		@Override
		public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
			throw new IllegalStateException("listener bug");
		}

		@Override
		public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
			throw new IllegalStateException("listener bug");
		}

		@Override
		public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
			throw new IllegalStateException("listener bug");
		}

	}

}
