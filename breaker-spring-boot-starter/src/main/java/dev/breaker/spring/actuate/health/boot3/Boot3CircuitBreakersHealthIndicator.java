package dev.breaker.spring.actuate.health.boot3;

import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Adapts {@link CircuitBreakersHealthEvaluator} to Spring Boot 3.5's {@link HealthIndicator}. This class is
 * thread-safe.
 */
public final class Boot3CircuitBreakersHealthIndicator implements HealthIndicator {

	private final CircuitBreakersHealthEvaluator evaluator;

	/**
	 * Creates the indicator.
	 * @param evaluator decides the health
	 */
	public Boot3CircuitBreakersHealthIndicator(CircuitBreakersHealthEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	@Override
	public Health health() {
		CircuitBreakersHealthEvaluator.Evaluation evaluation = this.evaluator.evaluate();
		Health.Builder builder = evaluation.up() ? Health.up() : Health.down();
		return builder.withDetails(evaluation.details()).build();
	}

}
