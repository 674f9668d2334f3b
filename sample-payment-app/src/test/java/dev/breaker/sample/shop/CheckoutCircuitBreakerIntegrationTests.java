package dev.breaker.sample.shop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.sample.shop.ShopTestClient.GatewayStatsView;
import dev.breaker.sample.shop.ShopTestClient.OrderView;
import dev.breaker.sample.shop.order.OrderService;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of the checkout riding out a failing payment gateway: the {@code payment} breaker opens after the
 * configured failures, checkouts are then answered at once without calling the gateway, and the pending orders are
 * charged exactly once after the gateway recovers.
 */
@ShopIntegrationTest
class CheckoutCircuitBreakerIntegrationTests extends ShopTestSupport {

	/** payment.gateway.read-timeout in {@link ShopIntegrationTest}. */
	private static final Duration GATEWAY_TIMEOUT = Duration.ofSeconds(1);

	@Test
	void checkoutWhenGatewayDownShouldOpenAfterThreeFailuresThenDeferWithoutCallingTheGatewayAndSettleOnce() {
		GatewayStatsView before = this.shop.gatewayStats();
		List<Long> orderIds = new ArrayList<>();
		this.shop.gatewayMode("{\"mode\": \"DOWN\"}");

		// Each failed charge is answered with 202; the third failure in a row opens the breaker. (The settlement
		// sweep may retry a pending order meanwhile: its failure counts too, hence "up to" three checkouts.)
		for (int i = 0; i < 3 && paymentBreaker().getState() == CircuitBreaker.State.CLOSED; i++) {
			orderIds.add(assertDeferred(this.shop.placeOrder("down-" + i + "@example.com", "MUG", 1)));
		}
		assertThat(paymentBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.shop.gatewayStats().minus(before)).isEqualTo(new GatewayStatsView(3, 0));
		assertThat(breakerView()).containsEntry("state", "OPEN");

		// While open: answered with 202 and a Retry-After from the refusal, and the gateway sees no call.
		long refusedBefore = paymentBreaker().getMetrics().notPermittedCalls();
		for (int i = 0; i < 10; i++) {
			ResponseEntity<OrderView> response = this.shop.placeOrder("while-open-" + i + "@example.com", "MUG", 1);
			orderIds.add(assertDeferred(response));
			assertThat(Long.parseLong(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 5L);
		}
		assertThat(this.shop.gatewayStats().minus(before)).isEqualTo(new GatewayStatsView(3, 0));
		assertThat(paymentBreaker().getMetrics().notPermittedCalls() - refusedBefore).isEqualTo(10);

		// Recovery: HALF_OPEN after the open wait, trial calls succeed, CLOSED; every pending order paid once.
		this.shop.gatewayMode("{\"mode\": \"UP\"}");
		awaitPaid(orderIds);
		assertThat(paymentBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.shop.gatewayStats().minus(before))
			.isEqualTo(new GatewayStatsView(3 + orderIds.size(), orderIds.size()));
		assertThat(orderIds.stream().map((id) -> this.shop.order(id).paymentReference()).distinct())
			.hasSize(orderIds.size());
		assertThat(transitions()).startsWith("HALF_OPEN->CLOSED", "OPEN->HALF_OPEN", "CLOSED->OPEN");
	}

	@Test
	void checkoutWhenGatewaySlowShouldAnswerWellUnderTheTimeoutOnceOpenAndNeverChargeTwice() {
		GatewayStatsView before = this.shop.gatewayStats();
		List<Long> orderIds = new ArrayList<>();
		this.shop.gatewayMode("{\"mode\": \"SLOW\", \"latencyMs\": 1500}");

		// Each checkout waits for the read timeout; the gateway still takes the charge after 1.5 s.
		for (int i = 0; i < 3 && paymentBreaker().getState() == CircuitBreaker.State.CLOSED; i++) {
			orderIds.add(assertDeferred(this.shop.placeOrder("slow-" + i + "@example.com", "GRINDER", 1)));
		}
		assertThat(paymentBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
		long callsWhenOpened = this.shop.gatewayStats().minus(before).chargeCalls();

		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			ResponseEntity<OrderView> response = this.shop.placeOrder("slow-open-" + i + "@example.com", "MUG", 1);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			orderIds.add(assertDeferred(response));
			assertThat(took).isLessThan(GATEWAY_TIMEOUT.dividedBy(2));
		}
		assertThat(this.shop.gatewayStats().minus(before).chargeCalls()).isEqualTo(callsWhenOpened);

		this.shop.gatewayMode("{\"mode\": \"UP\"}");
		awaitPaid(orderIds);
		// The orders whose charge timed out on our side were charged by the gateway all the same: settling them
		// with the same idempotency key returned that charge instead of taking a second one.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.shop.gatewayStats().minus(before).charges())
				.isEqualTo(orderIds.size()));
		assertThat(this.shop.gatewayStats().minus(before).chargeCalls()).isEqualTo(callsWhenOpened + orderIds.size());
	}

	private static long assertDeferred(ResponseEntity<OrderView> response) {
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
		assertThat(response.getBody().status()).isEqualTo("PAYMENT_PENDING");
		assertThat(response.getBody().message()).isEqualTo(OrderService.PENDING_MESSAGE);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotNull();
		return response.getBody().id();
	}

	private void awaitPaid(List<Long> orderIds) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(orderIds).allSatisfy(
					(id) -> assertThat(this.shop.order(id).status()).as("status of order %d", id).isEqualTo("PAID")));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> breakerView() {
		Map<String, Object> all = this.shop.get("/actuator/circuitbreakers", Map.class).getBody();
		return (Map<String, Object>) ((Map<String, Object>) all.get("circuitBreakers")).get("payment");
	}

	@SuppressWarnings("unchecked")
	private List<String> transitions() {
		Map<String, Object> detail = this.shop.get("/actuator/circuitbreakers/payment", Map.class).getBody();
		return ((List<Map<String, Object>>) detail.get("events")).stream()
			.filter((event) -> "STATE_TRANSITION".equals(event.get("type")))
			.map((event) -> event.get("from") + "->" + event.get("to"))
			.toList();
	}

}
