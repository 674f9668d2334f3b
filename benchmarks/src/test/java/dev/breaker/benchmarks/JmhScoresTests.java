package dev.breaker.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JmhScores}.
 */
class JmhScoresTests {

	@Test
	void keyWhenFullyQualifiedBenchmarkShouldKeepSimpleClassNameAndMethod() {
		assertThat(JmhScores.key("dev.breaker.benchmarks.ClosedCallTwoThreadsBenchmark.breaker"))
			.isEqualTo("ClosedCallTwoThreadsBenchmark.breaker");
	}

}
