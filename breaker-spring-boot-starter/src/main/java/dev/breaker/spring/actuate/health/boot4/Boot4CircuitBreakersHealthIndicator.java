package dev.breaker.spring.actuate.health.boot4;

import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Adapts {@link CircuitBreakersHealthEvaluator} to Spring Boot 4.0's {@link HealthIndicator}. This class is
 * thread-safe.
 */
public final class Boot4CircuitBreakersHealthIndicator implements HealthIndicator {

	private final CircuitBreakersHealthEvaluator evaluator;

	/**
	 * Creates the indicator.
	 * @param evaluator decides the health
	 */
	public Boot4CircuitBreakersHealthIndicator(CircuitBreakersHealthEvaluator evaluator) {
		this.evaluator = evaluator;
	}

	@Override
	public Health health() {
		CircuitBreakersHealthEvaluator.Evaluation evaluation = this.evaluator.evaluate();
		Health.Builder builder = evaluation.up() ? Health.up() : Health.down();
		return builder.withDetails(evaluation.details()).build();
	}

}
