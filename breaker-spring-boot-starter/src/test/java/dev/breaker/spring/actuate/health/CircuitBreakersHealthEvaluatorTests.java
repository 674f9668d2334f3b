package dev.breaker.spring.actuate.health;

import java.util.Set;

import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakersHealthEvaluator}.
 */
class CircuitBreakersHealthEvaluatorTests {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	private final CircuitBreakersHealthEvaluator evaluator = new CircuitBreakersHealthEvaluator(this.registry,
			Set.of("payment", "shipping"));

	@Test
	void evaluateWhenAllClosedShouldBeUpListingEveryStateByName() {
		this.registry.circuitBreaker("payment");
		this.registry.circuitBreaker("inventory");
		CircuitBreakersHealthEvaluator.Evaluation evaluation = this.evaluator.evaluate();
		assertThat(evaluation.up()).isTrue();
		assertThat(evaluation.details()).containsExactly(entry("inventory", "CLOSED"), entry("payment", "CLOSED"));
	}

	@Test
	void evaluateWhenListedBreakerOpenShouldBeDown() {
		this.registry.circuitBreaker("payment").transitionToOpenState();
		assertThat(this.evaluator.evaluate().up()).isFalse();
	}

	@Test
	void evaluateWhenListedBreakerForcedOpenShouldBeDown() {
		this.registry.circuitBreaker("payment").transitionToForcedOpenState();
		assertThat(this.evaluator.evaluate().up()).isFalse();
	}

	@Test
	void evaluateWhenListedBreakerHalfOpenShouldBeUp() {
		this.registry.circuitBreaker("payment").transitionToOpenState();
		this.registry.circuitBreaker("payment").transitionToHalfOpenState();
		CircuitBreakersHealthEvaluator.Evaluation evaluation = this.evaluator.evaluate();
		assertThat(evaluation.up()).isTrue();
		assertThat(evaluation.details()).containsEntry("payment", "HALF_OPEN");
	}

	@Test
	void evaluateWhenUnlistedBreakerOpenShouldBeUpAndShowIt() {
		this.registry.circuitBreaker("inventory").transitionToOpenState();
		CircuitBreakersHealthEvaluator.Evaluation evaluation = this.evaluator.evaluate();
		assertThat(evaluation.up()).isTrue();
		assertThat(evaluation.details()).containsEntry("inventory", "OPEN");
	}

	@Test
	void evaluateWhenListedBreakerMissingShouldNotCreateIt() {
		assertThat(this.evaluator.evaluate().up()).isTrue();
		assertThat(this.registry.find("shipping")).isEmpty();
	}

	private static java.util.Map.Entry<String, Object> entry(String name, String state) {
		return java.util.Map.entry(name, state);
	}

}
