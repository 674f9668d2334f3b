package dev.breaker.benchmarks;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.SlidingWindowType;

/**
 * Creates breaker's circuit breakers with the {@link EquivalentConfiguration}.
 */
final class Breakers {

	private Breakers() {
	}

	static CircuitBreakerConfig config() {
		return configBuilder().build();
	}

	/**
	 * Returns the equivalent configuration with a ticker that always reads zero: the breaker then never reads the
	 * clock, so a benchmark sees the breaker's own cost alone. Only for measurement: every call then lasts 0 ns.
	 * @return the configuration
	 */
	static CircuitBreakerConfig configWithoutClock() {
		return configBuilder().ticker(() -> 0L).build();
	}

	static CircuitBreaker create(String name) {
		return CircuitBreaker.of(name, config());
	}

	private static CircuitBreakerConfig.Builder configBuilder() {
		return CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, EquivalentConfiguration.WINDOW_SIZE)
			.failureRateThreshold(EquivalentConfiguration.FAILURE_RATE_THRESHOLD)
			.minimumNumberOfCalls(EquivalentConfiguration.MINIMUM_NUMBER_OF_CALLS)
			.waitDurationInOpenState(EquivalentConfiguration.OPEN_WAIT);
	}

}
