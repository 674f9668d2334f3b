package dev.breaker.benchmarks;

import java.time.Duration;

/**
 * The settings every library's breaker gets, so that the benchmarks compare like with like: a count-based window of
 * 100 calls, a 50% failure-rate threshold evaluated from 10 calls on, and an open wait long enough that an opened
 * breaker stays open for a whole benchmark run.
 */
final class EquivalentConfiguration {

	/** Calls in the sliding window. */
	static final int WINDOW_SIZE = 100;

	/** Failure rate, in percent, at which a breaker opens. */
	static final int FAILURE_RATE_THRESHOLD = 50;

	/** Calls the window must hold before the failure rate is evaluated. */
	static final int MINIMUM_NUMBER_OF_CALLS = 10;

	/** How long an opened breaker refuses calls: longer than any run. */
	static final Duration OPEN_WAIT = Duration.ofHours(1);

	/** What the protected call returns. */
	static final String RESULT = "result";

	/** What the caller's fallback returns when the call fails or is refused. */
	static final String FALLBACK = "fallback";

	private EquivalentConfiguration() {
	}

}
