package dev.breaker.sample.shop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.breaker.sample.shop.ShopTestClient.GatewayStatsView;
import dev.breaker.sample.shop.order.OrderLine;
import dev.breaker.sample.shop.order.OrderStatus;
import dev.breaker.sample.shop.order.PendingPaymentSettler;
import dev.breaker.sample.shop.order.ShopOrder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of {@link PendingPaymentSettler}: however many runs race, and whatever a crashed checkout left
 * behind, every order is charged exactly once.
 */
@ShopIntegrationTest
class PendingPaymentSettlerIntegrationTests extends ShopTestSupport {

	@Autowired
	PendingPaymentSettler settler;

	@Test
	void settlePendingOrdersWhenRunsRaceShouldChargeEveryOrderExactlyOnce() throws Exception {
		GatewayStatsView before = this.shop.gatewayStats();
		// Forced open: checkouts are deferred, and neither the sweep nor an event starts a run.
		paymentBreaker().transitionToForcedOpenState();
		List<Long> orderIds = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ResponseEntity<ShopTestClient.OrderView> response = this.shop.placeOrder("race-" + i + "@example.com",
					"FILTERS", 1);
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
			orderIds.add(response.getBody().id());
		}
		assertThat(this.shop.gatewayStats().minus(before)).isEqualTo(new GatewayStatsView(0, 0));

		// Closing starts the settler's own run (an event); two more runs race it from here.
		paymentBreaker().transitionToClosedState();
		int runners = 2;
		CyclicBarrier start = new CyclicBarrier(runners);
		ExecutorService executor = Executors.newFixedThreadPool(runners);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < runners; i++) {
				runs.add(executor.submit(() -> {
					start.await();
					return this.settler.settlePendingOrders();
				}));
			}
			for (Future<Integer> run : runs) {
				assertThat(run.get()).isBetween(0, orderIds.size());
			}
		}
		finally {
			executor.shutdownNow();
		}

		awaitStatus(orderIds, OrderStatus.PAID);
		// Claims are exclusive: one charge request per order, not one per run.
		assertThat(this.shop.gatewayStats().minus(before))
			.isEqualTo(new GatewayStatsView(orderIds.size(), orderIds.size()));
	}

	@Test
	void settleWhenACheckoutDiedAfterTheGatewayChargedShouldTakeTheOrderOverWithoutASecondCharge() {
		// A checkout claimed the order, the gateway charged it, and the application died before recording it. Its
		// claim expires in 3 s: the sweep takes the order over then, after the charge below.
		String idempotencyKey = UUID.randomUUID().toString();
		ShopOrder crashed = this.orders.save(order(idempotencyKey, Instant.now().plusSeconds(3)));
		String charge = """
				{"orderId": %d, "customer": "crashed@example.com", "amount": 12.50, "currency": "EUR"}"""
			.formatted(crashed.id());
		ResponseEntity<String> charged = this.shop.post("/gateway/charges", charge, idempotencyKey, String.class);
		assertThat(charged.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		GatewayStatsView before = this.shop.gatewayStats();

		awaitStatus(List.of(crashed.id()), OrderStatus.PAID);

		assertThat(this.shop.order(crashed.id()).paymentReference()).isNotNull();
		assertThat(this.shop.gatewayStats().minus(before)).isEqualTo(new GatewayStatsView(1, 0));
	}

	@Test
	void settlePendingOrdersWhenAClaimHasNotExpiredShouldLeaveTheOrderToItsOwner() {
		ShopOrder claimed = this.orders.save(order(UUID.randomUUID().toString(), Instant.now().plusSeconds(3600)));
		try {
			GatewayStatsView before = this.shop.gatewayStats();

			this.settler.settlePendingOrders();

			assertThat(this.orders.findById(claimed.id()).orElseThrow().status())
				.isEqualTo(OrderStatus.PAYMENT_IN_PROGRESS);
			assertThat(this.shop.gatewayStats().minus(before).chargeCalls()).isZero();
		}
		finally {
			this.orders.deleteById(claimed.id());
		}
	}

	@Test
	void settleWhenAnOrderFailsUnexpectedlyShouldStillSettleTheOrdersAfterIt() {
		// The gateway refuses this order's key (400: used before for another amount): not a failure the breaker
		// records, not a decline, not deferred. It must not block the orders after it.
		String reusedKey = UUID.randomUUID().toString();
		ResponseEntity<String> earlier = this.shop.post("/gateway/charges", """
				{"orderId": 0, "customer": "someone@example.com", "amount": 99.00, "currency": "EUR"}""", reusedKey,
				String.class);
		assertThat(earlier.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ShopOrder poisoned = this.orders.save(pending(reusedKey));
		try {
			ShopOrder healthy = this.orders.save(pending(UUID.randomUUID().toString()));

			awaitStatus(List.of(healthy.id()), OrderStatus.PAID);

			assertThat(this.orders.findById(poisoned.id()).orElseThrow().status())
				.isEqualTo(OrderStatus.PAYMENT_PENDING);
		}
		finally {
			this.orders.deleteById(poisoned.id());
		}
	}

	private static ShopOrder pending(String idempotencyKey) {
		Instant created = Instant.now();
		return new ShopOrder(null, "pending@example.com", OrderStatus.PAYMENT_PENDING, new BigDecimal("12.50"), "EUR",
				idempotencyKey, null, null, null, null, created, created,
				List.of(new OrderLine("MUG", 1, new BigDecimal("12.50"))));
	}

	private static ShopOrder order(String idempotencyKey, Instant claimedUntil) {
		Instant created = claimedUntil.minus(Duration.ofMinutes(1));
		return new ShopOrder(null, "crashed@example.com", OrderStatus.PAYMENT_IN_PROGRESS, new BigDecimal("12.50"),
				"EUR", idempotencyKey, null, null, UUID.randomUUID().toString(), claimedUntil, created, created,
				List.of(new OrderLine("MUG", 1, new BigDecimal("12.50"))));
	}

	private void awaitStatus(List<Long> orderIds, OrderStatus status) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(orderIds).allSatisfy((id) -> assertThat(this.shop.order(id).status())
				.as("status of order %d", id)
				.isEqualTo(status.name())));
	}

}
