package dev.breaker.spring.actuate.endpoint;

import java.io.IOException;
import java.time.Clock;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.StateTransitionEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Totals;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CircuitBreakerEventLog}.
 */
class CircuitBreakerEventLogTests {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	private final CircuitBreakerEventLog eventLog = new CircuitBreakerEventLog(100, Clock.systemUTC());

	@Test
	void bindToWhenBreakerExistsShouldRecordItsEvents() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.eventLog.bindTo(this.registry);
		payment.transitionToOpenState();
		assertThat(this.eventLog.events(payment)).singleElement()
			.isInstanceOfSatisfying(StateTransitionEvent.class, (event) -> {
				assertThat(event.from()).isEqualTo(State.CLOSED);
				assertThat(event.to()).isEqualTo(State.OPEN);
			});
	}

	@Test
	void bindToWhenBreakerAddedLaterShouldRecordItsCalls() {
		this.eventLog.bindTo(this.registry);
		CircuitBreaker inventory = this.registry.circuitBreaker("inventory");
		inventory.execute(() -> "ok");
		failOnce(inventory);
		assertThat(this.eventLog.totals(inventory)).isEqualTo(new Totals(2, 1, 0, 0));
		assertThat(this.eventLog.events(inventory)).hasSize(1);
	}

	@Test
	void bindToWhenBreakerRemovedShouldForgetItAndStopListening() {
		this.eventLog.bindTo(this.registry);
		CircuitBreaker inventory = this.registry.circuitBreaker("inventory");
		failOnce(inventory);
		this.registry.remove("inventory");
		failOnce(inventory);
		assertThat(this.eventLog.events(inventory)).isEmpty();
		assertThat(this.eventLog.totals(inventory)).isEqualTo(new Totals(0, 0, 0, 0));
	}

	@Test
	void totalsWhenCallsRefusedShouldCountThem() {
		this.eventLog.bindTo(this.registry);
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		payment.transitionToForcedOpenState();
		assertThat(payment.tryAcquirePermission()).isFalse();
		assertThat(this.eventLog.totals(payment).notPermitted()).isEqualTo(1);
	}

	@Test
	void createWhenMaxPerBreakerNegativeShouldThrowNamingTheProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CircuitBreakerEventLog(-1, Clock.systemUTC()))
			.withMessage("maxPerBreaker (breaker.events.max-per-breaker) must be at least 0 but was -1");
	}

	private static void failOnce(CircuitBreaker circuitBreaker) {
		try {
			circuitBreaker.call(() -> {
				throw new IOException("boom");
			});
		}
		catch (Exception ex) {
			assertThat(ex).hasMessage("boom");
		}
	}

}
