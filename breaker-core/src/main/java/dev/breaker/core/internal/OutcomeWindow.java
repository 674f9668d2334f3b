package dev.breaker.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.SlidingWindowType;

/**
 * The sliding window of the configured type plus the count of failures in a row: what {@code CLOSED} and
 * {@code METRICS_ONLY} record into. Thread-safe; recording allocates nothing.
 */
final class OutcomeWindow {

	private final CallWindow window;

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	OutcomeWindow(CircuitBreakerConfig config) {
		this.window = (config.getSlidingWindowType() == SlidingWindowType.COUNT_BASED)
				? new CountBasedCallWindow(config.getSlidingWindowSize())
				: new TimeBasedCallWindow(config.getSlidingWindowSize(), config.getTicker());
	}

	/**
	 * Records a call.
	 * @return whether the breaker should trip: a rate reached its threshold, or the failures in a row reached
	 * {@code consecutiveFailureThreshold} (when positive)
	 */
	boolean record(boolean failure, boolean slow, RateRule rule, int consecutiveFailureThreshold) {
		int inARow;
		if (failure) {
			inARow = this.consecutiveFailures.incrementAndGet();
		}
		else {
			inARow = 0;
			if (this.consecutiveFailures.get() != 0) {
				this.consecutiveFailures.set(0);
			}
		}
		boolean rateExceeded = this.window.record(failure, slow, rule);
		return rateExceeded || (consecutiveFailureThreshold > 0 && inARow >= consecutiveFailureThreshold);
	}

	WindowCounts counts() {
		return this.window.counts();
	}

	int consecutiveFailures() {
		return this.consecutiveFailures.get();
	}

}
