package dev.breaker.spring.actuate.endpoint;

import java.util.Locale;

import dev.breaker.core.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

/**
 * A change asked of a breaker through the endpoint: move to a state, or reset.
 *
 * @param state the state to move to, or {@code null} for a reset
 */
record CircuitBreakerUpdate(CircuitBreaker.@Nullable State state) {

	static CircuitBreakerUpdate parse(@Nullable String state, @Nullable String action) {
		if (state != null && action != null) {
			throw invalid("got both state '" + state + "' and action '" + action + "'");
		}
		if (action != null) {
			if (!"reset".equalsIgnoreCase(action.trim())) {
				throw invalid("unknown action '" + action + "'");
			}
			return new CircuitBreakerUpdate(null);
		}
		if (state == null) {
			throw invalid("got neither state nor action");
		}
		try {
			return new CircuitBreakerUpdate(CircuitBreaker.State.valueOf(state.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("unknown state '" + state + "'");
		}
	}

	private static InvalidEndpointRequestException invalid(String problem) {
		String reason = "Expected a body " + CircuitBreakersEndpoint.ACCEPTED_BODIES + " but " + problem;
		return new InvalidEndpointRequestException(reason, reason);
	}

	void applyTo(CircuitBreaker circuitBreaker) {
		if (this.state == null) {
			circuitBreaker.reset();
			return;
		}
		switch (this.state) {
			case CLOSED -> circuitBreaker.transitionToClosedState();
			case OPEN -> circuitBreaker.transitionToOpenState();
			case HALF_OPEN -> circuitBreaker.transitionToHalfOpenState();
			case FORCED_OPEN -> circuitBreaker.transitionToForcedOpenState();
			case DISABLED -> circuitBreaker.transitionToDisabledState();
			case METRICS_ONLY -> circuitBreaker.transitionToMetricsOnlyState();
		}
	}

}
