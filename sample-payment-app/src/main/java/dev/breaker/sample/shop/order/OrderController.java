package dev.breaker.sample.shop.order;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The order API:
 * <ul>
 * <li>{@code POST /api/orders}: 201 when charged ({@code PAID}); 202 with a {@code Retry-After} header when the
 * payment was deferred ({@code PAYMENT_PENDING}); 402 when the card was declined ({@code PAYMENT_FAILED}); 400 with a
 * problem detail naming the field for bad input. Every answer but 400 carries the order and its {@code Location}.</li>
 * <li>{@code GET /api/orders/{id}}: the order with its current status, or 404.</li>
 * <li>{@code GET /api/orders/status-counts}: how many orders are in each status.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private final OrderService orders;

	OrderController(OrderService orders) {
		this.orders = orders;
	}

	@PostMapping
	ResponseEntity<OrderResponse> checkout(@RequestBody OrderRequest request) {
		CheckoutResult result = this.orders.checkout(request);
		ShopOrder order = result.order();
		ResponseEntity.BodyBuilder response = ResponseEntity.status(statusOf(order.status()))
			.location(URI.create("/api/orders/" + order.requiredId()));
		if (order.status() == OrderStatus.PAYMENT_PENDING || order.status() == OrderStatus.PAYMENT_IN_PROGRESS) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(result.retryAfter())));
		}
		return response.body(OrderResponse.of(order));
	}

	@GetMapping("/{id}")
	OrderResponse order(@PathVariable long id) {
		ShopOrder order = this.orders.find(id);
		if (order == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no order with id " + id);
		}
		return OrderResponse.of(order);
	}

	@GetMapping("/status-counts")
	Map<OrderStatus, Long> statusCounts() {
		return this.orders.countByStatus();
	}

	private static HttpStatus statusOf(OrderStatus status) {
		return switch (status) {
			case PAID -> HttpStatus.CREATED;
			case PAYMENT_FAILED -> HttpStatus.PAYMENT_REQUIRED;
			// In progress only if another run took the order over meanwhile: it will be settled like a pending one.
			case PAYMENT_PENDING, PAYMENT_IN_PROGRESS -> HttpStatus.ACCEPTED;
		};
	}

	/** Retry-After is a whole number of seconds: round up, and never say 0 (which would invite a busy loop). */
	static long retryAfterSeconds(Duration retryAfter) {
		long seconds = retryAfter.toSeconds() + ((retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
