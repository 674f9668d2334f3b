package dev.breaker.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CountBasedCallWindow}: exact counts, wrap-around, the limits of its packed counter, and calls
 * recorded from many threads at once.
 */
class CountBasedCallWindowTests {

	private static final int THREADS = 12;

	private static RateRule rule(int size, int minimumNumberOfCalls, float failureRateThreshold) {
		return new RateRule(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, size)
			.minimumNumberOfCalls(minimumNumberOfCalls)
			.failureRateThreshold(failureRateThreshold)
			.build());
	}

	private static RateRule neverExceeded(int size) {
		return rule(size, size, 100);
	}

	@Test
	void recordWhenFewerCallsThanSizeShouldCountEachCallOnce() {
		CountBasedCallWindow window = new CountBasedCallWindow(10);
		RateRule rule = neverExceeded(10);
		window.record(false, false, rule);
		window.record(true, false, rule);
		window.record(false, true, rule);
		window.record(true, true, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(4, 2, 2));
	}

	@Test
	void recordWhenWindowWrapsShouldCountExactlyTheLastSizeCalls() {
		for (int size : new int[] { 1, 2, 5, 31, 32, 33, 64, 100 }) {
			CountBasedCallWindow window = new CountBasedCallWindow(size);
			RateRule rule = neverExceeded(size);
			Deque<boolean[]> model = new ArrayDeque<>();
			Random random = new Random(size);
			for (int i = 0; i < 5 * size + 7; i++) {
				boolean failure = random.nextBoolean();
				boolean slow = random.nextInt(3) == 0;
				window.record(failure, slow, rule);
				model.addLast(new boolean[] { failure, slow });
				if (model.size() > size) {
					model.removeFirst();
				}
				long failed = model.stream().filter((call) -> call[0]).count();
				long slowCalls = model.stream().filter((call) -> call[1]).count();
				assertThat(window.counts()).as("size %d after call %d", size, i)
					.isEqualTo(new WindowCounts(model.size(), failed, slowCalls));
			}
		}
	}

	@Test
	void recordWhenRateReachesThresholdShouldReportItFromTheTrippingCallOn() {
		CountBasedCallWindow window = new CountBasedCallWindow(4);
		RateRule rule = rule(4, 4, 50);
		assertThat(window.record(true, false, rule)).isFalse();
		assertThat(window.record(false, false, rule)).isFalse();
		assertThat(window.record(false, false, rule)).isFalse();
		assertThat(window.record(true, false, rule)).isTrue();
		// the oldest failure leaves the window: 1 of 4
		assertThat(window.record(false, false, rule)).isFalse();
	}

	@Test
	void recordWhenLargestWindowIsFullOfFailedSlowCallsShouldNotOverflowThePackedCounter() {
		int size = CircuitBreakerConfig.MAX_SLIDING_WINDOW_SIZE;
		CountBasedCallWindow window = new CountBasedCallWindow(size);
		RateRule rule = neverExceeded(size);
		for (int i = 0; i < size; i++) {
			window.record(true, true, rule);
		}
		assertThat(window.counts()).isEqualTo(new WindowCounts(size, size, size));
		for (int i = 0; i < size; i++) {
			window.record(false, false, rule);
		}
		assertThat(window.counts()).isEqualTo(new WindowCounts(size, 0, 0));
		window.record(true, false, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(size, 1, 0));
	}

	@RepeatedTest(5)
	void recordWhenManyThreadsRaceInALargerWindowShouldLoseAndDoubleCountNothing() {
		int perThread = 5_000;
		int size = THREADS * perThread;
		CountBasedCallWindow window = new CountBasedCallWindow(size);
		RateRule rule = neverExceeded(size);
		Race.run(THREADS, (thread) -> {
			for (int i = 0; i < perThread; i++) {
				window.record(i % 3 == 0, i % 5 == 0, rule);
			}
		});
		long failedPerThread = (perThread + 2) / 3;
		long slowPerThread = (perThread + 4) / 5;
		assertThat(window.counts())
			.isEqualTo(new WindowCounts(size, THREADS * failedPerThread, THREADS * slowPerThread));
	}

	@RepeatedTest(5)
	void recordWhenManyThreadsWrapASmallWindowShouldKeepCountsInRangeAndEqualToTheSlots() {
		int size = 64;
		CountBasedCallWindow window = new CountBasedCallWindow(size);
		RateRule rule = neverExceeded(size);
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong outOfRange = new AtomicLong();
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				// a reader: every snapshot must be in range while writers race for the same slots
				while (!stop.get()) {
					WindowCounts counts = window.counts();
					if (counts.buffered() < 0 || counts.buffered() > size || counts.failed() < 0
							|| counts.failed() > counts.buffered() || counts.slow() < 0
							|| counts.slow() > counts.buffered()) {
						outOfRange.incrementAndGet();
					}
				}
				return;
			}
			try {
				ThreadLocalRandom random = ThreadLocalRandom.current();
				for (int i = 0; i < 20_000; i++) {
					window.record(random.nextBoolean(), random.nextBoolean(), rule);
				}
			}
			finally {
				stop.set(true);
			}
		});
		assertThat(outOfRange).hasValue(0);
		assertThat(window.counts().buffered()).isEqualTo(size);
		// Once quiescent the counter must equal the slots: overwrite every slot and the counts must follow exactly,
		// which they would not if a racing writer had been lost or applied twice.
		for (boolean[] outcome : new boolean[][] { { false, false }, { true, false }, { true, true }, { false, true },
				{ false, false } }) {
			for (int i = 0; i < size; i++) {
				window.record(outcome[0], outcome[1], rule);
			}
			assertThat(window.counts()).as("after %d calls failed=%s slow=%s", size, outcome[0], outcome[1])
				.isEqualTo(new WindowCounts(size, outcome[0] ? size : 0, outcome[1] ? size : 0));
		}
	}

}
