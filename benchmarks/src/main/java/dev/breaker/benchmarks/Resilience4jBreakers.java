package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;

/**
 * Creates Resilience4j circuit breakers with the {@link EquivalentConfiguration}, otherwise with Resilience4j's
 * defaults (so refusals capture a stack trace, as they do for its users unless they turn it off).
 */
final class Resilience4jBreakers {

	private Resilience4jBreakers() {
	}

	static CircuitBreakerConfig config() {
		return configBuilder().build();
	}

	/**
	 * Returns the equivalent configuration with {@code writableStackTraceEnabled(false)}: Resilience4j's cheapest
	 * refusal, shown for reference next to its default.
	 * @return the configuration
	 */
	static CircuitBreakerConfig configWithoutStackTraces() {
		return configBuilder().writableStackTraceEnabled(false).build();
	}

	/**
	 * Returns the equivalent configuration with a timestamp function that always returns zero: Resilience4j then never
	 * reads the clock, so a benchmark sees its own cost alone. Only for measurement: every call then lasts 0 ns.
	 * @return the configuration
	 */
	static CircuitBreakerConfig configWithoutClock() {
		return configBuilder().currentTimestampFunction((clock) -> 0L, TimeUnit.NANOSECONDS).build();
	}

	static CircuitBreaker create(String name) {
		return CircuitBreaker.of(name, config());
	}

	private static CircuitBreakerConfig.Builder configBuilder() {
		return CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(EquivalentConfiguration.WINDOW_SIZE)
			.failureRateThreshold(EquivalentConfiguration.FAILURE_RATE_THRESHOLD)
			.minimumNumberOfCalls(EquivalentConfiguration.MINIMUM_NUMBER_OF_CALLS)
			.waitDurationInOpenState(EquivalentConfiguration.OPEN_WAIT);
	}

}
