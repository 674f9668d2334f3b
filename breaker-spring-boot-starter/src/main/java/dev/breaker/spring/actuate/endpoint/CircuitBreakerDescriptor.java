package dev.breaker.spring.actuate.endpoint;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Totals;

/**
 * One breaker's state, metrics and running totals, as listed by {@code GET /actuator/circuitbreakers}. The window
 * counts and rates are those of {@link CircuitBreaker.Metrics}; the {@code total*} counters only grow.
 *
 * @param state the current state
 * @param failureRate the failure rate in percent, or -1 while the window holds fewer than the minimum number of calls
 * @param slowCallRate the slow-call rate in percent, or -1 while the window holds fewer than the minimum number of
 * calls
 * @param bufferedCalls the calls in the window
 * @param failedCalls the failed calls in the window
 * @param slowCalls the slow calls in the window
 * @param successfulCalls the successful calls in the window
 * @param notPermittedCalls the calls refused since the breaker last closed
 * @param consecutiveFailures the failures in a row at the end of the window
 * @param timeInStateMillis how long the breaker has been in its state, in milliseconds
 * @param retryAfterMillis when open, the milliseconds until a trial call is let through; otherwise 0
 * @param totalCalls the permitted calls completed since start-up
 * @param totalFailures the calls recorded as failures since start-up
 * @param totalNotPermitted the calls refused since start-up
 * @param totalSlowCalls the slow calls since start-up
 */
public record CircuitBreakerDescriptor(String state, float failureRate, float slowCallRate, int bufferedCalls,
		int failedCalls, int slowCalls, int successfulCalls, long notPermittedCalls, int consecutiveFailures,
		long timeInStateMillis, long retryAfterMillis, long totalCalls, long totalFailures, long totalNotPermitted,
		long totalSlowCalls) {

	static CircuitBreakerDescriptor of(CircuitBreaker.Metrics metrics, Totals totals) {
		return new CircuitBreakerDescriptor(metrics.state().name(), metrics.failureRate(), metrics.slowCallRate(),
				metrics.bufferedCalls(), metrics.failedCalls(), metrics.slowCalls(), metrics.successfulCalls(),
				metrics.notPermittedCalls(), metrics.consecutiveFailures(), metrics.timeInState().toMillis(),
				metrics.retryAfter().toMillis(), totals.calls(), totals.failures(), totals.notPermitted(),
				totals.slowCalls());
	}

}
