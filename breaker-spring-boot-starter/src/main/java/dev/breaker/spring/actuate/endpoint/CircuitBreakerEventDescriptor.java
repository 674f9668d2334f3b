package dev.breaker.spring.actuate.endpoint;

import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.ErrorEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Event;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.StateTransitionEvent;
import org.jspecify.annotations.Nullable;

/**
 * One recent event of a breaker, as listed under {@code "events"}: a {@link StateTransition} or a {@link Failure}.
 * {@code at} is an ISO-8601 instant.
 */
public sealed interface CircuitBreakerEventDescriptor {

	/**
	 * Returns the event's type: {@code STATE_TRANSITION} or {@code ERROR}.
	 * @return the type
	 */
	String type();

	/**
	 * Returns when the event happened, as an ISO-8601 instant.
	 * @return the instant
	 */
	String at();

	/**
	 * Describes an event of the log.
	 * @param event the event
	 * @return its description, with {@code at} formatted as an ISO-8601 instant
	 */
	static CircuitBreakerEventDescriptor of(Event event) {
		if (event instanceof StateTransitionEvent transition) {
			return new StateTransition("STATE_TRANSITION", transition.at().toString(), transition.from().name(),
					transition.to().name());
		}
		ErrorEvent error = (ErrorEvent) event;
		return new Failure("ERROR", error.at().toString(), error.exception(), error.message(),
				error.duration().toMillis());
	}

	/**
	 * The breaker moved from one state to another.
	 *
	 * @param type {@code STATE_TRANSITION}
	 * @param at when, as an ISO-8601 instant
	 * @param from the state it left
	 * @param to the state it entered
	 */
	record StateTransition(String type, String at, String from, String to) implements CircuitBreakerEventDescriptor {
	}

	/**
	 * A call failed with an exception (or a result) recorded as a failure.
	 *
	 * @param type {@code ERROR}
	 * @param at when, as an ISO-8601 instant
	 * @param exception the exception's class name
	 * @param message the exception's message, or {@code null}
	 * @param durationMillis how long the call took, in milliseconds
	 */
	record Failure(String type, String at, String exception, @Nullable String message,
			long durationMillis) implements CircuitBreakerEventDescriptor {
	}

}
