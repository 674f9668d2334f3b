package dev.breaker.benchmarks;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RatioTable}.
 */
class RatioTableTests {

	private static final List<RetainedSizes.RetainedSize> SIZES = List.of(
			new RetainedSizes.RetainedSize("breaker", 500, 900), new RetainedSizes.RetainedSize("Resilience4j", 5000, 6000),
			new RetainedSizes.RetainedSize("Failsafe", 250, 300));

	@Test
	void toMarkdownWhenBreakerWithinTargetShouldShowRatiosAndYes() {
		Map<String, Score> scores = Map.of("ClosedCallBenchmark.breaker", new Score(30, 1, 20, 0.0001),
				"ClosedCallBenchmark.resilience4j", new Score(100, 2, 80, 24), "ClosedCallBenchmark.failsafe",
				new Score(150, 3, 140, 376));
		String markdown = new RatioTable(scores, SIZES).toMarkdown();
		assertThat(markdown).contains(
				"| 1. CLOSED success, 1 thread | 30.00 ± 1.00 | 100 ± 2.00 | 150 ± 3.00 | 0.300× | 0.200× | ≤ 0.60× | yes "
						+ "| 0.250× |");
		assertThat(markdown).contains(
				"| 4. allocated per CLOSED success call, 1 thread | ≈ 0 | 24.00 | 376 | 0.000× | 0.000× | 0 B | yes |");
	}

	@Test
	void toMarkdownWhenBreakerMissesTargetShouldSayNo() {
		Map<String, Score> scores = Map.of("ClosedCallTwoThreadsBenchmark.breaker", new Score(50, 1, 40, 8),
				"ClosedCallTwoThreadsBenchmark.resilience4j", new Score(100, 2, 100, 0),
				"ClosedCallTwoThreadsBenchmark.failsafe", new Score(200, 3, 190, 376));
		String markdown = new RatioTable(scores, SIZES).toMarkdown();
		assertThat(markdown).contains("| 1. CLOSED success, 2 threads, one breaker | 50.00 ± 1.00 | 100 ± 2.00 "
				+ "| 200 ± 3.00 | 0.500× | 0.250× | ≤ 0.30× | **no** | 0.400× |");
		assertThat(markdown).contains(
				"| 4. allocated per CLOSED success call, 2 threads | 8.00 | 0.00 | 376 | n/a | 0.021× | 0 B | **no** |");
	}

	@Test
	void toMarkdownShouldShowTheClockFreeCallWithoutTargetOrFailsafe() {
		Map<String, Score> scores = Map.of("ClosedCallWithoutClockBenchmark.breaker", new Score(3, 0.1, 3, 0),
				"ClosedCallWithoutClockBenchmark.resilience4j", new Score(15, 0.5, 15, 24));
		assertThat(new RatioTable(scores, SIZES).toMarkdown()).contains(
				"| 1. CLOSED success, 1 thread, clock excluded (both read a constant time source) | 3.00 ± 0.10 "
						+ "| 15.00 ± 0.50 | n/a | 0.200× | n/a |  |  | 0.200× |");
	}

	@Test
	void toMarkdownWhenBenchmarkDidNotRunShouldShowNotAvailable() {
		String markdown = new RatioTable(Map.of(), SIZES).toMarkdown();
		assertThat(markdown).contains(
				"| 5. `@CircuitBreaker` method through its Spring proxy | n/a | n/a | n/a | n/a | n/a | ≤ 0.70× | n/a | n/a |");
	}

	@Test
	void toMarkdownShouldCompareRetainedSizesPerBreaker() {
		String markdown = new RatioTable(Map.of(), SIZES).toMarkdown();
		assertThat(markdown).contains("| 4. retained per breaker after 100 calls (config shared) | 500 | 5000 | 250 "
				+ "| 0.100× | 2.000× | ≤ 0.12× R4j | yes |");
	}

	@Test
	void toMarkdownWhenRetainedSizeNotMeasuredShouldShowNotAvailable() {
		List<RetainedSizes.RetainedSize> sizes = List.of(new RetainedSizes.RetainedSize("breaker", -1, -1),
				new RetainedSizes.RetainedSize("Resilience4j", 5000, 6000));
		String markdown = new RatioTable(Map.of(), sizes).toMarkdown();
		assertThat(markdown).contains("| 4. retained per breaker after 100 calls (config shared) | n/a | 5000 | n/a "
				+ "| n/a | n/a | ≤ 0.12× R4j | n/a |");
	}

	@Test
	void toMarkdownWhenClockFloorMeasuredShouldStateIt() {
		Map<String, Score> scores = Map.of("ClockFloorBenchmark.twoClockReads", new Score(42.5, 1, 42, 0));
		assertThat(new RatioTable(scores, SIZES).toMarkdown()).startsWith(
				"Floor: reading the clock twice (two `System.nanoTime()` calls: what timing one call costs) takes 42.50 "
						+ "ns here.");
	}

	@Test
	void toMarkdownShouldListEveryBenchmarkWithCpuTimeAndAllocation() {
		Map<String, Score> scores = Map.of("OpenRefusalBenchmark.resilience4jWithoutStackTrace",
				new Score(880, 12.5, 850, 753.2));
		assertThat(new RatioTable(scores, SIZES).toMarkdown())
			.contains("| OpenRefusalBenchmark.resilience4jWithoutStackTrace | 880 | 12.50 | 850 | 753 |");
	}

}
