package dev.breaker.sample.shop;

import java.time.Duration;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.sample.shop.order.OrderRepository;
import dev.breaker.sample.shop.order.OrderStatus;
import dev.breaker.sample.shop.payment.PaymentClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the end-to-end tests share: a client on the random port, and a quiet starting point for every test (gateway
 * {@code UP}, breaker {@code CLOSED}, no order waiting for its payment), since the tests share one application.
 */
abstract class ShopTestSupport {

	@Value("${local.server.port}")
	int port;

	@Autowired
	CircuitBreakerRegistry breakers;

	@Autowired
	OrderRepository orders;

	ShopTestClient shop;

	@BeforeEach
	void startFromAQuietShop() {
		this.shop = new ShopTestClient(this.port);
		this.shop.gatewayMode("{\"mode\": \"UP\"}");
		paymentBreaker().reset();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.orders.countByStatus(OrderStatus.PAYMENT_PENDING)).isZero();
			assertThat(this.orders.countByStatus(OrderStatus.PAYMENT_IN_PROGRESS)).isZero();
		});
	}

	/** Test classes that do not extend this one share the application too: leave it as we found it. */
	@AfterEach
	void leaveTheGatewayUpAndTheBreakerClosed() {
		this.shop.gatewayMode("{\"mode\": \"UP\"}");
		paymentBreaker().reset();
	}

	CircuitBreaker paymentBreaker() {
		return this.breakers.circuitBreaker(PaymentClient.BREAKER_NAME);
	}

}
