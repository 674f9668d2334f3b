package dev.breaker.spring.actuate.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;

/**
 * Decides the health of the circuit breakers, independently of the Spring Boot version: the details list every
 * breaker's state by name; the status is down only while a breaker named in {@code downWhenOpen} is
 * {@code OPEN} or {@code FORCED_OPEN}. {@code HALF_OPEN} counts as up: the breaker is probing, and taking the instance
 * out of traffic would starve the trial calls that can close it. Names that the registry does not hold are skipped:
 * breakers may be created on first use. This class is thread-safe.
 */
public final class CircuitBreakersHealthEvaluator {

	private final CircuitBreakerRegistry registry;

	private final Set<String> downWhenOpen;

	/**
	 * Creates an evaluator.
	 * @param registry the breakers to report
	 * @param downWhenOpen the names of the breakers whose opening makes the application down
	 */
	public CircuitBreakersHealthEvaluator(CircuitBreakerRegistry registry, Set<String> downWhenOpen) {
		this.registry = registry;
		this.downWhenOpen = Set.copyOf(downWhenOpen);
	}

	/**
	 * Evaluates the breakers now.
	 * @return the status and the details
	 */
	public Evaluation evaluate() {
		Map<String, Object> details = new LinkedHashMap<>();
		boolean up = true;
		for (CircuitBreaker circuitBreaker : this.registry.all()) {
			CircuitBreaker.State state = circuitBreaker.getState();
			details.put(circuitBreaker.getName(), state.name());
			if (!state.allowsCalls() && this.downWhenOpen.contains(circuitBreaker.getName())) {
				up = false;
			}
		}
		return new Evaluation(up, details);
	}

	/**
	 * The outcome of an evaluation.
	 *
	 * @param up whether no breaker named in {@code down-when-open} refuses calls
	 * @param details every breaker's state, by name, in name order
	 */
	public record Evaluation(boolean up, Map<String, Object> details) {
	}

}
