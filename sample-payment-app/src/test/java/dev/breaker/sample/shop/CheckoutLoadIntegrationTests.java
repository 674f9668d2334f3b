package dev.breaker.sample.shop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.sample.shop.ShopTestClient.GatewayStatsView;
import dev.breaker.sample.shop.ShopTestClient.OrderView;
import dev.breaker.sample.shop.order.OrderStatus;
import dev.breaker.sample.shop.order.ShopOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bounded load test: 8 threads place 2,000 orders while the gateway goes down and comes back. Every accepted order
 * must end {@code PAID} (or {@code PAYMENT_FAILED} for a declined card), none charged twice, none lost.
 */
@ShopIntegrationTest
class CheckoutLoadIntegrationTests extends ShopTestSupport {

	private static final int THREADS = 8;

	private static final int CHECKOUTS = 2_000;

	/** The gateway goes DOWN when this many checkouts have started... */
	private static final int DOWN_AT = 500;

	/** ...and UP again at this many. */
	private static final int UP_AT = 1_000;

	/** Every 50th customer's card is declined. */
	private static final int DECLINE_EVERY = 50;

	@Test
	@Timeout(90)
	void checkoutsWhenGatewayGoesDownAndUpShouldAllEndPaidOrDeclinedExactlyOnce() throws Exception {
		GatewayStatsView before = this.shop.gatewayStats();
		AtomicInteger started = new AtomicInteger();
		Map<Long, String> acceptedCustomers = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> statusCounts = new ConcurrentHashMap<>();
		CyclicBarrier go = new CyclicBarrier(THREADS);
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(executor.submit(() -> {
					go.await();
					for (int n = started.incrementAndGet(); n <= CHECKOUTS; n = started.incrementAndGet()) {
						switchGatewayAt(n);
						String customer = ((n % DECLINE_EVERY == 0) ? "declined-" : "load-") + n + "@example.com";
						ResponseEntity<OrderView> response = this.shop.placeOrder(customer, "MUG", 1 + n % 3);
						statusCounts.computeIfAbsent(response.getStatusCode().value(), (code) -> new AtomicInteger())
							.incrementAndGet();
						if (response.getBody() != null && response.getBody().id() != null) {
							assertThat(acceptedCustomers.put(response.getBody().id(), customer)).isNull();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			executor.shutdownNow();
		}
		Duration checkoutTime = Duration.ofNanos(System.nanoTime() - start);

		// Every checkout was accepted: charged (201), deferred (202) or declined (402); none failed or was lost.
		assertThat(statusCounts.keySet()).isSubsetOf(201, 202, 402);
		assertThat(statusCounts.get(202)).as("deferred checkouts while the gateway was down").isNotNull();
		assertThat(acceptedCustomers).hasSize(CHECKOUTS);

		// Every pending order gets settled.
		await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
			assertThat(this.orders.countByStatus(OrderStatus.PAYMENT_PENDING)).isZero();
			assertThat(this.orders.countByStatus(OrderStatus.PAYMENT_IN_PROGRESS)).isZero();
		});
		Duration totalTime = Duration.ofNanos(System.nanoTime() - start);

		List<ShopOrder> placed = this.orders.findAllById(acceptedCustomers.keySet());
		assertThat(placed).hasSize(CHECKOUTS);
		assertThat(placed).allSatisfy((order) -> assertThat(order.status()).as("status of order %d", order.id())
			.isEqualTo(acceptedCustomers.get(order.id()).startsWith("declined-") ? OrderStatus.PAYMENT_FAILED
					: OrderStatus.PAID));
		List<ShopOrder> paid = placed.stream().filter((order) -> order.status() == OrderStatus.PAID).toList();
		assertThat(paid).hasSize(CHECKOUTS - CHECKOUTS / DECLINE_EVERY);
		// One charge per paid order: distinct references, and the gateway took exactly as many charges.
		assertThat(paid.stream().map(ShopOrder::paymentReference).distinct()).hasSize(paid.size());
		assertThat(this.shop.gatewayStats().minus(before).charges()).isEqualTo(paid.size());
		System.out.printf("Load test: %d checkouts on %d threads in %d ms (%s), all settled after %d ms%n", CHECKOUTS,
				THREADS, checkoutTime.toMillis(), statusCounts, totalTime.toMillis());
	}

	private void switchGatewayAt(int checkout) {
		if (checkout == DOWN_AT) {
			this.shop.gatewayMode("{\"mode\": \"DOWN\"}");
		}
		else if (checkout == UP_AT) {
			this.shop.gatewayMode("{\"mode\": \"UP\"}");
		}
	}

}
