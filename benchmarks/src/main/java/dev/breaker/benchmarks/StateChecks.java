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

	static void expectProxy(String library, boolean proxied) {
		if (!proxied) {
			throw new IllegalStateException(library + "'s annotated bean is not proxied: the scenario would measure a "
					+ "plain method call");
		}
	}

	static void expectCallsRecorded(String library, long bufferedCalls) {
		if (bufferedCalls == 0) {
			throw new IllegalStateException(
					library + " breaker recorded no call: the calls did not go through the annotation's advice");
		}
	}

}
