package dev.breaker.sample.shop;

import java.util.Map;

import dev.breaker.core.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of what the shop exposes under {@code /actuator}: the {@code circuitbreakers} endpoint, health
 * (with the breakers' states, still {@code UP} while payment is open) and Prometheus metrics.
 */
@ShopIntegrationTest
class ActuatorIntegrationTests extends ShopTestSupport {

	@Test
	void circuitBreakersEndpointShouldListThePaymentBreakerWithItsConfiguration() {
		ResponseEntity<String> response = this.shop.get("/actuator/circuitbreakers/payment", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"consecutiveFailureThreshold\":3")
			.contains("\"failureRateThreshold\":50.0")
			.contains("\"openStateBackoffMultiplier\":2.0")
			.contains("dev.breaker.sample.shop.payment.CardDeclinedException");
	}

	@Test
	@SuppressWarnings("rawtypes")
	void healthWhenPaymentOpenShouldStayUpAndShowTheBreakerState() {
		paymentBreaker().transitionToOpenState();

		ResponseEntity<Map> response = this.shop.get("/actuator/health", Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("status", "UP");
		assertThat(response.getBody().get("components").toString()).contains("circuitBreakers")
			.contains("payment=OPEN");
		assertThat(paymentBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void prometheusShouldExposeTheBreakerMeters() {
		this.shop.placeOrder("metrics@example.com", "MUG", 1);

		ResponseEntity<String> response = this.shop.get("/actuator/prometheus", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("breaker_state{name=\"payment\",state=\"closed\"} 1.0")
			.contains("breaker_calls_seconds_count{name=\"payment\",outcome=\"success\"}");
	}

}
