package dev.breaker.spring.actuate.endpoint;

import java.util.List;

import dev.breaker.core.CircuitBreakerConfig;

/**
 * A breaker's effective configuration, named as the {@link CircuitBreakerConfig} getters without {@code get}:
 * durations as ISO-8601 strings ({@code "PT5S"}), exception types as class names, and for the two predicates only
 * whether one is set.
 *
 * @param failureRateThreshold the failure rate, in percent, that opens the breaker
 * @param slowCallRateThreshold the slow-call rate, in percent, that opens the breaker
 * @param slowCallDurationThreshold the duration at which a call is slow
 * @param slidingWindowType {@code COUNT_BASED} or {@code TIME_BASED}
 * @param slidingWindowSize calls, or seconds, in the window
 * @param minimumNumberOfCalls calls needed before the rates count
 * @param consecutiveFailureThreshold failures in a row that open the breaker; 0 when off
 * @param waitDurationInOpenState how long the breaker stays open
 * @param openStateBackoffMultiplier growth of the open wait each time it reopens
 * @param openStateBackoffMax the longest open wait
 * @param openStateJitter the random fraction added to or taken from the open wait
 * @param permittedNumberOfCallsInHalfOpenState trial calls in half-open
 * @param maxWaitDurationInHalfOpenState longest time in half-open before reopening
 * @param recordExceptions exception types recorded as failures (empty: every exception)
 * @param ignoreExceptions exception types that count neither as success nor failure
 * @param recordExceptionPredicate whether a record-exception predicate is set
 * @param recordResultPredicate whether a record-result predicate is set
 */
public record CircuitBreakerConfigDescriptor(float failureRateThreshold, float slowCallRateThreshold,
		String slowCallDurationThreshold, String slidingWindowType, int slidingWindowSize, int minimumNumberOfCalls,
		int consecutiveFailureThreshold, String waitDurationInOpenState, double openStateBackoffMultiplier,
		String openStateBackoffMax, double openStateJitter, int permittedNumberOfCallsInHalfOpenState,
		String maxWaitDurationInHalfOpenState, List<String> recordExceptions, List<String> ignoreExceptions,
		boolean recordExceptionPredicate, boolean recordResultPredicate) {

	static CircuitBreakerConfigDescriptor of(CircuitBreakerConfig config) {
		return new CircuitBreakerConfigDescriptor(config.getFailureRateThreshold(), config.getSlowCallRateThreshold(),
				config.getSlowCallDurationThreshold().toString(), config.getSlidingWindowType().name(),
				config.getSlidingWindowSize(), config.getMinimumNumberOfCalls(),
				config.getConsecutiveFailureThreshold(), config.getWaitDurationInOpenState().toString(),
				config.getOpenStateBackoffMultiplier(), config.getOpenStateBackoffMax().toString(),
				config.getOpenStateJitter(), config.getPermittedNumberOfCallsInHalfOpenState(),
				config.getMaxWaitDurationInHalfOpenState().toString(), classNames(config.getRecordExceptions()),
				classNames(config.getIgnoreExceptions()), config.getRecordExceptionPredicate() != null,
				config.getRecordResultPredicate() != null);
	}

	private static List<String> classNames(List<Class<? extends Throwable>> types) {
		return types.stream().map(Class::getName).toList();
	}

}
