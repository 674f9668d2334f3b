package dev.breaker.spring.actuate.endpoint;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.ErrorEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Event;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.StateTransitionEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Totals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerEventRecorder}.
 */
class BreakerEventRecorderTests {

	private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");

	private final CircuitBreaker circuitBreaker = CircuitBreaker.of("payment", CircuitBreakerConfig.ofDefaults());

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@Test
	void newestFirstWhenEventsRecordedShouldListThemNewestFirstWithWallClockTime() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(10, this.clock);
		recorder.onError(this.circuitBreaker, 12_000_000, new IOException("connection refused"));
		recorder.onStateTransition(this.circuitBreaker, State.CLOSED, State.OPEN);
		assertThat(recorder.newestFirst()).containsExactly(new StateTransitionEvent(NOW, State.CLOSED, State.OPEN),
				new ErrorEvent(NOW, "java.io.IOException", "connection refused", java.time.Duration.ofMillis(12)));
	}

	@Test
	void newestFirstWhenMoreEventsThanCapacityShouldKeepTheMostRecent() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(3, this.clock);
		for (int i = 0; i < 7; i++) {
			recorder.onError(this.circuitBreaker, 0, new IllegalStateException("failure " + i));
		}
		assertThat(recorder.newestFirst()).extracting((event) -> ((ErrorEvent) event).message())
			.containsExactly("failure 6", "failure 5", "failure 4");
	}

	@Test
	void newestFirstWhenCapacityZeroShouldKeepNoEventButCount() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(0, this.clock);
		recorder.onError(this.circuitBreaker, 0, new IOException());
		recorder.onStateTransition(this.circuitBreaker, State.CLOSED, State.OPEN);
		assertThat(recorder.newestFirst()).isEmpty();
		assertThat(recorder.totals()).isEqualTo(new Totals(1, 1, 0, 0));
	}

	@Test
	void onErrorWhenMessageLongShouldShortenIt() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(1, this.clock);
		recorder.onError(this.circuitBreaker, 0, new IOException("x".repeat(10_000)));
		String message = ((ErrorEvent) recorder.newestFirst().get(0)).message();
		assertThat(message).hasSize(BreakerEventRecorder.MAX_MESSAGE_LENGTH).endsWith("…");
	}

	@Test
	void onErrorWhenMessageNullShouldKeepNull() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(1, this.clock);
		recorder.onError(this.circuitBreaker, 0, new IOException());
		assertThat(((ErrorEvent) recorder.newestFirst().get(0)).message()).isNull();
	}

	@Test
	void totalsWhenCallsRecordedShouldCountEachKind() {
		BreakerEventRecorder recorder = new BreakerEventRecorder(1, this.clock);
		recorder.onSuccess(this.circuitBreaker, 0);
		recorder.onSuccess(this.circuitBreaker, 0);
		recorder.onError(this.circuitBreaker, 0, new IOException());
		recorder.onIgnoredError(this.circuitBreaker, 0, new IllegalArgumentException());
		recorder.onCallNotPermitted(this.circuitBreaker);
		recorder.onSlowCall(this.circuitBreaker, 0);
		assertThat(recorder.totals()).isEqualTo(new Totals(4, 1, 1, 1));
	}

	@Test
	void recordWhenThreadsRaceShouldCountEveryCallAndKeepAtMostCapacityDistinctEvents() throws Exception {
		int threads = 4;
		int perThread = 5_000;
		for (int round = 0; round < 5; round++) {
			BreakerEventRecorder recorder = new BreakerEventRecorder(50, this.clock);
			CyclicBarrier barrier = new CyclicBarrier(threads);
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> futures = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					String thread = "t" + t;
					futures.add(executor.submit(() -> {
						barrier.await();
						for (int i = 0; i < perThread; i++) {
							recorder.onError(this.circuitBreaker, 0, new IOException(thread + "-" + i));
						}
						return null;
					}));
				}
				for (Future<?> future : futures) {
					future.get(30, TimeUnit.SECONDS);
				}
			}
			finally {
				executor.shutdownNow();
			}
			assertThat(recorder.totals().failures()).isEqualTo((long) threads * perThread);
			List<Event> events = recorder.newestFirst();
			// the 50 newest sequence numbers each hold their own event: none lost, none duplicated
			assertThat(events).hasSize(50).extracting((event) -> ((ErrorEvent) event).message()).doesNotHaveDuplicates();
		}
	}

}
