package dev.breaker.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Renders the comparison as Markdown: time per call and memory per scenario, as ratios breaker ÷ Resilience4j and
 * breaker ÷ Failsafe, each with its target; then every benchmark's raw score. A missing result (a benchmark that
 * failed or was not run) shows as {@code n/a}.
 */
final class RatioTable {

	/** Below this many bytes per call, JMH's allocation figure is measurement noise: nothing was allocated. */
	static final double NO_ALLOCATION_BYTES = 0.5;

	private static final List<Row> TIME_ROWS = List.of(
			new Row("1. CLOSED success, 1 thread", "ClosedCallBenchmark", "breaker", 0.6),
			new Row("1. CLOSED success, 1 thread, clock excluded (both read a constant time source)",
					"ClosedCallWithoutClockBenchmark", "breaker", Double.NaN),
			new Row("1. CLOSED success, 2 threads, one breaker", "ClosedCallTwoThreadsBenchmark", "breaker", 0.3),
			new Row("2. OPEN refusal + fallback (`execute`, catch `CallNotPermittedException`)", "OpenRefusalBenchmark",
					"breaker", 0.05),
			new Row("2. OPEN refusal + fallback (`acquirePermit()` == `NO_PERMIT`)", "OpenRefusalBenchmark",
					"breakerAcquirePermit", Double.NaN),
			new Row("3. CLOSED, every tenth call failing", "ClosedTenPercentFailuresBenchmark", "breaker", Double.NaN),
			new Row("5. `@CircuitBreaker` method through its Spring proxy", "AnnotatedCallBenchmark", "breaker", 0.7));

	private static final List<Row> ALLOCATION_ROWS = List.of(
			new Row("4. allocated per CLOSED success call, 1 thread", "ClosedCallBenchmark", "breaker", 0),
			new Row("4. allocated per CLOSED success call, 2 threads", "ClosedCallTwoThreadsBenchmark", "breaker", 0),
			new Row("4. allocated per call, CLOSED, every tenth failing", "ClosedTenPercentFailuresBenchmark", "breaker",
					Double.NaN),
			new Row("4. allocated per OPEN refusal + fallback", "OpenRefusalBenchmark", "breaker", Double.NaN),
			new Row("4. allocated per annotated call", "AnnotatedCallBenchmark", "breaker", Double.NaN));

	private static final double RETAINED_TARGET = 0.12;

	private final Map<String, Score> scores;

	private final List<RetainedSizes.RetainedSize> retainedSizes;

	RatioTable(Map<String, Score> scores, List<RetainedSizes.RetainedSize> retainedSizes) {
		this.scores = scores;
		this.retainedSizes = retainedSizes;
	}

	String toMarkdown() {
		List<String> lines = new ArrayList<>();
		Score clockFloor = this.scores.get("ClockFloorBenchmark.twoClockReads");
		if (clockFloor != null) {
			lines.add("Floor: reading the clock twice (two `System.nanoTime()` calls: what timing one call costs) takes "
					+ number(clockFloor.nanosPerCall()) + " ns here.");
			lines.add("");
		}
		lines.add("| Scenario (time per call, ns) | breaker | Resilience4j | Failsafe | breaker ÷ R4j | breaker ÷ Failsafe "
				+ "| Target (÷ R4j) | Met | breaker ÷ R4j, CPU time |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|:---:|---:|");
		for (Row row : TIME_ROWS) {
			lines.add(timeLine(row));
		}
		lines.add("");
		lines.add("| Scenario (memory, bytes) | breaker | Resilience4j | Failsafe | breaker ÷ R4j | breaker ÷ Failsafe "
				+ "| Target | Met |");
		lines.add("|---|---:|---:|---:|---:|---:|---:|:---:|");
		for (Row row : ALLOCATION_ROWS) {
			lines.add(allocationLine(row));
		}
		lines.add(retainedLine("4. retained per breaker after 100 calls (config shared)",
				RetainedSizes.RetainedSize::perBreakerBytes, RETAINED_TARGET));
		lines.add(retainedLine("4. whole graph of one breaker after 100 calls (config included)",
				RetainedSizes.RetainedSize::wholeGraphBytes, Double.NaN));
		lines.add("");
		lines.add("| Benchmark | ns/call | ± (99.9%) | CPU ns/call | B/call |");
		lines.add("|---|---:|---:|---:|---:|");
		this.scores.forEach((benchmark, score) -> lines.add(line(benchmark, number(score.nanosPerCall()),
				number(score.error()), number(score.cpuNanosPerCall()), number(score.allocatedBytesPerCall()))));
		return String.join("\n", lines) + "\n";
	}

	private String timeLine(Row row) {
		double breaker = time(row.benchmark(), row.breakerMethod());
		double resilience4j = time(row.benchmark(), "resilience4j");
		double failsafe = time(row.benchmark(), "failsafe");
		double ratio = breaker / resilience4j;
		double cpuRatio = cpuTime(row.benchmark(), row.breakerMethod()) / cpuTime(row.benchmark(), "resilience4j");
		return line(row.label(), timeCell(row.benchmark(), row.breakerMethod()), timeCell(row.benchmark(), "resilience4j"),
				timeCell(row.benchmark(), "failsafe"), ratio(ratio), ratio(breaker / failsafe),
				Double.isNaN(row.target()) ? "" : "≤ " + number(row.target()) + "×",
				verdict(row.target(), ratio <= row.target(), ratio), ratio(cpuRatio));
	}

	private String allocationLine(Row row) {
		double breaker = allocation(row.benchmark(), row.breakerMethod());
		double resilience4j = allocation(row.benchmark(), "resilience4j");
		double failsafe = allocation(row.benchmark(), "failsafe");
		return line(row.label(), number(breaker), number(resilience4j), number(failsafe), ratio(breaker / resilience4j),
				ratio(breaker / failsafe), Double.isNaN(row.target()) ? "" : "0 B",
				verdict(row.target(), breaker < NO_ALLOCATION_BYTES, breaker));
	}

	private String retainedLine(String label, ToDoubleFunction<RetainedSizes.RetainedSize> bytes, double target) {
		double breaker = retained("breaker", bytes);
		double resilience4j = retained("Resilience4j", bytes);
		double failsafe = retained("Failsafe", bytes);
		double ratio = breaker / resilience4j;
		return line(label, number(breaker), number(resilience4j), number(failsafe), ratio(ratio),
				ratio(breaker / failsafe), Double.isNaN(target) ? "" : "≤ " + number(target) + "× R4j",
				verdict(target, ratio <= target, ratio));
	}

	private static String verdict(double target, boolean met, double measured) {
		if (Double.isNaN(target)) {
			return "";
		}
		if (Double.isNaN(measured)) {
			return "n/a";
		}
		return met ? "yes" : "**no**";
	}

	private double time(String benchmark, String method) {
		Score score = this.scores.get(benchmark + "." + method);
		return (score != null) ? score.nanosPerCall() : Double.NaN;
	}

	private double cpuTime(String benchmark, String method) {
		Score score = this.scores.get(benchmark + "." + method);
		return (score != null) ? score.cpuNanosPerCall() : Double.NaN;
	}

	private String timeCell(String benchmark, String method) {
		Score score = this.scores.get(benchmark + "." + method);
		return (score != null) ? number(score.nanosPerCall()) + " ± " + number(score.error()) : "n/a";
	}

	private double allocation(String benchmark, String method) {
		Score score = this.scores.get(benchmark + "." + method);
		return (score != null) ? score.allocatedBytesPerCall() : Double.NaN;
	}

	private double retained(String library, ToDoubleFunction<RetainedSizes.RetainedSize> bytes) {
		return this.retainedSizes.stream()
			.filter((size) -> size.library().equals(library) && size.perBreakerBytes() >= 0)
			.mapToDouble(bytes)
			.findFirst()
			.orElse(Double.NaN);
	}

	private static String line(String... cells) {
		return "| " + String.join(" | ", cells) + " |";
	}

	private static String ratio(double ratio) {
		return (Double.isNaN(ratio) || Double.isInfinite(ratio)) ? "n/a" : String.format(Locale.ROOT, "%.3f×", ratio);
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		if (value != 0 && Math.abs(value) < 0.01) {
			return "≈ 0";
		}
		return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	/**
	 * One line of the table: a scenario's benchmark class, the method measuring breaker in it (Resilience4j's is
	 * always {@code resilience4j} and Failsafe's {@code failsafe}), and the target ratio ({@code NaN} for none).
	 */
	private record Row(String label, String benchmark, String breakerMethod, double target) {
	}

}
