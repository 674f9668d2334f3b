package dev.breaker.spring.actuate.endpoint;

import java.util.List;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * The response of {@code GET /actuator/circuitbreakers/{name}} and of a successful {@code POST}: the fields of
 * {@link CircuitBreakerDescriptor}, the effective configuration and the recent events, newest first.
 *
 * @param state the current state
 * @param failureRate the failure rate in percent, or -1 below the minimum number of calls
 * @param slowCallRate the slow-call rate in percent, or -1 below the minimum number of calls
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
 * @param config the effective configuration
 * @param events the recent state transitions and errors, newest first
 */
public record CircuitBreakerDetailsDescriptor(String state, float failureRate, float slowCallRate, int bufferedCalls,
		int failedCalls, int slowCalls, int successfulCalls, long notPermittedCalls, int consecutiveFailures,
		long timeInStateMillis, long retryAfterMillis, long totalCalls, long totalFailures, long totalNotPermitted,
		long totalSlowCalls, CircuitBreakerConfigDescriptor config, List<CircuitBreakerEventDescriptor> events)
		implements OperationResponseBody {

	static CircuitBreakerDetailsDescriptor of(CircuitBreakerDescriptor summary, CircuitBreakerConfigDescriptor config,
			List<CircuitBreakerEventDescriptor> events) {
		return new CircuitBreakerDetailsDescriptor(summary.state(), summary.failureRate(), summary.slowCallRate(),
				summary.bufferedCalls(), summary.failedCalls(), summary.slowCalls(), summary.successfulCalls(),
				summary.notPermittedCalls(), summary.consecutiveFailures(), summary.timeInStateMillis(),
				summary.retryAfterMillis(), summary.totalCalls(), summary.totalFailures(), summary.totalNotPermitted(),
				summary.totalSlowCalls(), config, events);
	}

}
