package dev.breaker.spring.actuate.endpoint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.IllegalStateTransitionException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@code circuitbreakers} actuator endpoint: lists every breaker of the registry, shows one breaker with its
 * configuration and recent events, and moves a breaker to another state or resets it.
 *
 * <p>It never creates a breaker: an unknown name reads as {@code null} (404 over HTTP). This class is thread-safe.
 */
@Endpoint(id = CircuitBreakersEndpoint.ID)
public class CircuitBreakersEndpoint {

	/**
	 * The endpoint's id.
	 */
	public static final String ID = "circuitbreakers";

	static final String ACCEPTED_BODIES = "{\"state\": one of " + Arrays.toString(CircuitBreaker.State.values())
			+ "} or {\"action\": \"reset\"}";

	private final CircuitBreakerRegistry registry;

	private final CircuitBreakerEventLog eventLog;

	/**
	 * Creates the endpoint.
	 * @param registry the breakers to show
	 * @param eventLog their recent events and totals, bound to {@code registry}
	 */
	public CircuitBreakersEndpoint(CircuitBreakerRegistry registry, CircuitBreakerEventLog eventLog) {
		this.registry = registry;
		this.eventLog = eventLog;
	}

	/**
	 * Lists every breaker, sorted by name.
	 * @return the breakers
	 */
	@ReadOperation
	public CircuitBreakersDescriptor circuitBreakers() {
		Map<String, CircuitBreakerDescriptor> circuitBreakers = new LinkedHashMap<>();
		for (CircuitBreaker circuitBreaker : this.registry.all()) {
			circuitBreakers.put(circuitBreaker.getName(), summary(circuitBreaker));
		}
		return new CircuitBreakersDescriptor(circuitBreakers);
	}

	/**
	 * Shows one breaker with its configuration and recent events.
	 * @param name the breaker's name
	 * @return the breaker, or {@code null} if the registry has none of that name
	 */
	@ReadOperation
	public @Nullable CircuitBreakerDetailsDescriptor circuitBreaker(@Selector String name) {
		return this.registry.find(name).map(this::details).orElse(null);
	}

	/**
	 * Moves a breaker to {@code state}, or resets it when {@code action} is {@code reset}. Exactly one of the two
	 * must be given.
	 * @param name the breaker's name
	 * @param state the state to move to: a {@link CircuitBreaker.State} name, in any case
	 * @param action {@code reset}
	 * @return the breaker after the change, or {@code null} if the registry has none of that name
	 * @throws InvalidEndpointRequestException if the body is not one of the accepted forms
	 * @throws IllegalStateTransitionException if the breaker refuses the transition
	 */
	@WriteOperation
	public @Nullable CircuitBreakerDetailsDescriptor updateCircuitBreaker(@Selector String name,
			@org.springframework.lang.Nullable @Nullable String state,
			@org.springframework.lang.Nullable @Nullable String action) {
		CircuitBreaker circuitBreaker = this.registry.find(name).orElse(null);
		if (circuitBreaker == null) {
			return null;
		}
		CircuitBreakerUpdate.parse(state, action).applyTo(circuitBreaker);
		return details(circuitBreaker);
	}

	private CircuitBreakerDescriptor summary(CircuitBreaker circuitBreaker) {
		return CircuitBreakerDescriptor.of(circuitBreaker.getMetrics(), this.eventLog.totals(circuitBreaker));
	}

	private CircuitBreakerDetailsDescriptor details(CircuitBreaker circuitBreaker) {
		return CircuitBreakerDetailsDescriptor.of(summary(circuitBreaker),
				CircuitBreakerConfigDescriptor.of(circuitBreaker.getConfig()),
				this.eventLog.events(circuitBreaker).stream().map(CircuitBreakerEventDescriptor::of).toList());
	}

}
