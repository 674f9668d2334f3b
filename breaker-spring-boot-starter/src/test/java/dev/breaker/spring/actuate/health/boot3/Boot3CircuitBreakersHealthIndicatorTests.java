package dev.breaker.spring.actuate.health.boot3;

import java.util.Set;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Boot3CircuitBreakersHealthIndicator}. Compiled and run by the default (Boot 3.5) profile only.
 */
class Boot3CircuitBreakersHealthIndicatorTests {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	private final Boot3CircuitBreakersHealthIndicator indicator = new Boot3CircuitBreakersHealthIndicator(
			new CircuitBreakersHealthEvaluator(this.registry, Set.of("payment")));

	@Test
	void healthWhenListedBreakerOpenShouldBeDownWithStates() {
		this.registry.circuitBreaker("payment").transitionToOpenState();
		Health health = this.indicator.health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("payment", "OPEN");
	}

	@Test
	void healthWhenListedBreakerClosedShouldBeUp() {
		this.registry.circuitBreaker("payment");
		assertThat(this.indicator.health().getStatus()).isEqualTo(Status.UP);
	}

}
