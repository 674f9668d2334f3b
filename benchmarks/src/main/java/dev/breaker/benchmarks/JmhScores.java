package dev.breaker.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH's run results into {@link Score}s keyed by {@code SimpleClassName.method}.
 */
final class JmhScores {

	private static final String ALLOCATION_RATE_NORM = "gc.alloc.rate.norm";

	private JmhScores() {
	}

	static Map<String, Score> from(Collection<RunResult> results) {
		Map<String, Score> scores = new LinkedHashMap<>();
		for (RunResult result : results) {
			Result<?> primary = result.getPrimaryResult();
			scores.put(key(result.getParams().getBenchmark()),
					new Score(primary.getScore(), primary.getScoreError(),
							secondary(result, CpuTimeProfiler.RESULT_NAME), secondary(result, ALLOCATION_RATE_NORM)));
		}
		return scores;
	}

	/**
	 * Returns {@code SimpleClassName.method} for a benchmark's fully qualified name.
	 * @param benchmark e.g. {@code dev.breaker.benchmarks.ClosedCallBenchmark.breaker}
	 * @return e.g. {@code ClosedCallBenchmark.breaker}
	 */
	static String key(String benchmark) {
		int method = benchmark.lastIndexOf('.');
		int type = benchmark.lastIndexOf('.', method - 1);
		return benchmark.substring(type + 1);
	}

	private static double secondary(RunResult result, String name) {
		for (Map.Entry<String, Result> secondary : result.getSecondaryResults().entrySet()) {
			// JMH 1.37 names them plainly ("gc.alloc.rate.norm"); earlier versions prefixed a middle dot.
			if (secondary.getKey().endsWith(name)) {
				return secondary.getValue().getScore();
			}
		}
		return Double.NaN;
	}

}
