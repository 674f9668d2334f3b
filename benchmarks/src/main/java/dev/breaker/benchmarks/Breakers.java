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
		return CircuitBreakerConfig.builder()
			.slidingWindow(SlidingWindowType.COUNT_BASED, EquivalentConfiguration.WINDOW_SIZE)
			.failureRateThreshold(EquivalentConfiguration.FAILURE_RATE_THRESHOLD)
			.minimumNumberOfCalls(EquivalentConfiguration.MINIMUM_NUMBER_OF_CALLS)
			.waitDurationInOpenState(EquivalentConfiguration.OPEN_WAIT)
			.build();
	}

	static CircuitBreaker create(String name) {
		return CircuitBreaker.of(name, config());
	}

}
