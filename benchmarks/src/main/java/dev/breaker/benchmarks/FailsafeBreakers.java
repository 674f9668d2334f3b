package dev.breaker.benchmarks;

import dev.failsafe.CircuitBreaker;

/**
 * Creates Failsafe circuit breakers as close to the {@link EquivalentConfiguration} as Failsafe allows.
 *
 * <p>Failsafe's count-based thresholding has no minimum number of calls: {@code withFailureThreshold(50, 100)} opens
 * once 50 of the last 100 calls failed (a 50% rate over the full window). Its only minimum-calls option
 * ({@code withFailureRateThreshold}) works on a time-based window. The scenarios never open a breaker through
 * failures, so the difference does not show in the measurements.
 */
final class FailsafeBreakers {

	private FailsafeBreakers() {
	}

	static CircuitBreaker<Object> create() {
		int failures = EquivalentConfiguration.WINDOW_SIZE * EquivalentConfiguration.FAILURE_RATE_THRESHOLD / 100;
		return CircuitBreaker.builder()
			.withFailureThreshold(failures, EquivalentConfiguration.WINDOW_SIZE)
			.withDelay(EquivalentConfiguration.OPEN_WAIT)
			.build();
	}

}
