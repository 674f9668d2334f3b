package dev.breaker.core.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.SlidingWindowType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TimeBasedCallWindow}: which calls are in the window as a {@link FakeTicker} advances, the limit of
 * a bucket, and the eviction and sealing protocol while many threads record and one thread moves time.
 */
class TimeBasedCallWindowTests {

	private static final int THREADS = 12;

	private final FakeTicker ticker = new FakeTicker();

	private static RateRule rule(int minimumNumberOfCalls, float failureRateThreshold) {
		return new RateRule(CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.TIME_BASED, 10)
			.minimumNumberOfCalls(minimumNumberOfCalls)
			.failureRateThreshold(failureRateThreshold)
			.build());
	}

	private static RateRule neverExceeded() {
		return rule(Integer.MAX_VALUE, 100);
	}

	@Test
	void recordWhenCallsAreWithinTheWindowShouldCountEachOnce() {
		TimeBasedCallWindow window = new TimeBasedCallWindow(3, this.ticker);
		RateRule rule = neverExceeded();
		window.record(false, false, rule);
		window.record(true, false, rule);
		this.ticker.advance(Duration.ofMillis(1500));
		window.record(false, true, rule);
		this.ticker.advance(Duration.ofMillis(1499));
		window.record(true, true, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(4, 2, 2));
	}

	@Test
	void countsWhenSecondsPassShouldDropEachSecondAfterSizeSeconds() {
		TimeBasedCallWindow window = new TimeBasedCallWindow(3, this.ticker);
		RateRule rule = neverExceeded();
		window.record(true, false, rule); // second 0
		this.ticker.advance(Duration.ofSeconds(1));
		window.record(false, true, rule); // second 1
		window.record(false, false, rule);
		this.ticker.advance(Duration.ofMillis(2999)); // second 3.999: second 0 has left
		assertThat(window.counts()).isEqualTo(new WindowCounts(2, 0, 1));
		this.ticker.advance(Duration.ofMillis(1)); // second 4: second 1 has left
		assertThat(window.counts()).isEqualTo(WindowCounts.EMPTY);
		window.record(true, true, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(1, 1, 1));
	}

	@Test
	void recordWhenTimeJumpsFarAheadShouldForgetEverythingAndCountOnlyNewCalls() {
		TimeBasedCallWindow window = new TimeBasedCallWindow(5, this.ticker);
		RateRule rule = neverExceeded();
		for (int second = 0; second < 5; second++) {
			window.record(true, true, rule);
			this.ticker.advance(Duration.ofSeconds(1));
		}
		this.ticker.advance(Duration.ofDays(400));
		window.record(false, false, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(1, 0, 0));
		this.ticker.advance(Duration.ofSeconds(4));
		window.record(true, false, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(2, 1, 0));
	}

	@Test
	void recordWhenOneSecondHoldsMoreCallsThanABucketCountsShouldCapItWithoutCorruptingTheOthers() {
		TimeBasedCallWindow window = new TimeBasedCallWindow(2, this.ticker);
		RateRule rule = neverExceeded();
		int bucketLimit = (1 << 21) - 1;
		for (int i = 0; i < bucketLimit + 10; i++) {
			window.record(true, true, rule);
		}
		assertThat(window.counts()).isEqualTo(new WindowCounts(bucketLimit, bucketLimit, bucketLimit));
		this.ticker.advance(Duration.ofSeconds(1));
		window.record(false, false, rule);
		assertThat(window.counts()).isEqualTo(new WindowCounts(bucketLimit + 1, bucketLimit, bucketLimit));
		this.ticker.advance(Duration.ofSeconds(1));
		assertThat(window.counts()).isEqualTo(new WindowCounts(1, 0, 0));
	}

	@Test
	void recordWhenRateReachesThresholdShouldReportIt() {
		TimeBasedCallWindow window = new TimeBasedCallWindow(10, this.ticker);
		RateRule rule = rule(2, 50);
		assertThat(window.record(false, false, rule)).isFalse();
		assertThat(window.record(true, false, rule)).isTrue();
		this.ticker.advance(Duration.ofSeconds(10)); // both calls leave
		assertThat(window.record(false, false, rule)).isFalse();
		assertThat(window.record(false, false, rule)).isFalse();
		assertThat(window.record(true, false, rule)).isFalse();
	}

	@RepeatedTest(10)
	void recordWhenThreadsRecordWhileTimeAdvancesWithinTheWindowShouldCountEveryCallExactly() {
		int size = 10;
		int perThread = 3_000;
		TimeBasedCallWindow window = new TimeBasedCallWindow(size, this.ticker);
		RateRule rule = neverExceeded();
		AtomicLong outOfRange = new AtomicLong();
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				// moves time forward in small steps, never by more than size - 1 seconds in all, so that every call
				// stays in the window
				for (int step = 0; step < (size - 1) * 20; step++) {
					this.ticker.advance(Duration.ofMillis(50));
					checkInRange(window.counts(), outOfRange);
					Thread.yield();
				}
				return;
			}
			for (int i = 0; i < perThread; i++) {
				window.record(i % 2 == 0, i % 7 == 0, rule);
			}
		});
		assertThat(outOfRange).hasValue(0);
		assertThat(window.counts()).isEqualTo(new WindowCounts((long) THREADS * perThread,
				(long) THREADS * ((perThread + 1) / 2), (long) THREADS * ((perThread + 6) / 7)));
	}

	@RepeatedTest(10)
	void recordWhenThreadsRecordWhileTimeAdvancesPastTheWindowShouldLeaveNothingBehind() {
		int size = 3;
		TimeBasedCallWindow window = new TimeBasedCallWindow(size, this.ticker);
		RateRule rule = neverExceeded();
		AtomicLong outOfRange = new AtomicLong();
		// Given a storm of calls while time runs through the window several times over
		Race.run(THREADS + 1, (thread) -> {
			if (thread == THREADS) {
				for (int step = 0; step < 400; step++) {
					this.ticker.advance(Duration.ofMillis(((step % 5) == 0) ? 1700 : 90));
					checkInRange(window.counts(), outOfRange);
					Thread.yield();
				}
				return;
			}
			for (int i = 0; i < 4_000; i++) {
				window.record(i % 3 == 0, i % 4 == 0, rule);
				if (i % 64 == 0) {
					checkInRange(window.counts(), outOfRange);
				}
			}
		});
		assertThat(outOfRange).hasValue(0);
		// When every call of the storm has left the window
		this.ticker.advance(Duration.ofSeconds(size));
		// Then nothing is left over (a lost eviction) or taken twice (a double eviction shows in the next calls)
		assertThat(window.counts()).isEqualTo(WindowCounts.EMPTY);
		Race.run(THREADS, (thread) -> {
			for (int i = 0; i < 1_000; i++) {
				window.record(i % 4 == 0, i % 10 == 0, rule);
			}
		});
		assertThat(window.counts()).isEqualTo(new WindowCounts(THREADS * 1_000L, THREADS * 250L, THREADS * 100L));
	}

	private static void checkInRange(WindowCounts counts, AtomicLong outOfRange) {
		if (counts.buffered() < 0 || counts.failed() < 0 || counts.failed() > counts.buffered() || counts.slow() < 0
				|| counts.slow() > counts.buffered()) {
			outOfRange.incrementAndGet();
		}
	}

}
