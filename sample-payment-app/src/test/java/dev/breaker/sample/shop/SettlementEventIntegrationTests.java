package dev.breaker.sample.shop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.sample.shop.ShopTestClient.OrderView;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests that the settlement job reacts to the {@code payment} breaker's state-change events: the periodic
 * sweep is pushed out to an hour here, so only an event can start the runs these tests wait for.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.instances.payment.wait-duration-in-open-state=1s",
				"shop.settlement.sweep-interval=1h", "spring.datasource.url=jdbc:h2:mem:settlement-event-tests" })
class SettlementEventIntegrationTests extends ShopTestSupport {

	@Test
	void closingThePaymentBreakerShouldSettleThePendingOrders() {
		List<Long> pending = placeDeferredOrders();

		paymentBreaker().transitionToClosedState();

		awaitPaid(pending);
	}

	@Test
	void halfOpeningThePaymentBreakerShouldSettleThePendingOrders() {
		List<Long> pending = placeDeferredOrders();
		paymentBreaker().transitionToOpenState();

		// No timer moves the breaker: the first look after the 1 s open wait does, and publishes the event.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> paymentBreaker().getState() != CircuitBreaker.State.OPEN);

		awaitPaid(pending);
		assertThat(paymentBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private List<Long> placeDeferredOrders() {
		paymentBreaker().transitionToForcedOpenState();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ResponseEntity<OrderView> response = this.shop.placeOrder("event-" + i + "@example.com", "MUG", 1);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
			ids.add(response.getBody().id());
		}
		return ids;
	}

	private void awaitPaid(List<Long> orderIds) {
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(orderIds).allSatisfy(
					(id) -> assertThat(this.shop.order(id).status()).as("status of order %d", id).isEqualTo("PAID")));
	}

}
