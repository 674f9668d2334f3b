package dev.breaker.core.internal;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.SlidingWindowType;

/**
 * Decides from a window's counts whether the failure rate or the slow-call rate has reached its threshold. Immutable
 * and thread-safe.
 */
final class RateRule {

	private final int minimumNumberOfCalls;

	private final float failureRateThreshold;

	private final float slowCallRateThreshold;

	RateRule(CircuitBreakerConfig config) {
		this.minimumNumberOfCalls = effectiveMinimumNumberOfCalls(config);
		this.failureRateThreshold = config.getFailureRateThreshold();
		this.slowCallRateThreshold = config.getSlowCallRateThreshold();
	}

	/**
	 * A count-based window can never hold more calls than its size, so a larger minimum would never be reached:
	 * the window size is used instead, as Resilience4j does.
	 */
	static int effectiveMinimumNumberOfCalls(CircuitBreakerConfig config) {
		if (config.getSlidingWindowType() == SlidingWindowType.COUNT_BASED) {
			return Math.min(config.getMinimumNumberOfCalls(), config.getSlidingWindowSize());
		}
		return config.getMinimumNumberOfCalls();
	}

	int minimumNumberOfCalls() {
		return this.minimumNumberOfCalls;
	}

	boolean exceeded(long buffered, long failed, long slow) {
		if (buffered < this.minimumNumberOfCalls || buffered <= 0) {
			return false;
		}
		return failed * 100f / buffered >= this.failureRateThreshold
				|| slow * 100f / buffered >= this.slowCallRateThreshold;
	}

}
