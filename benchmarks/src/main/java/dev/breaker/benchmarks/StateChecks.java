package dev.breaker.benchmarks;

/**
 * Guards a benchmark against measuring the wrong thing: a breaker that left the state the scenario is about fails
 * the benchmark.
 */
final class StateChecks {

	private StateChecks() {
	}

	static void expect(String library, String actualState, String expectedState) {
		if (!actualState.equals(expectedState)) {
			throw new IllegalStateException(
					library + " breaker should be " + expectedState + " but was " + actualState + ": the scenario is void");
		}
	}

}
