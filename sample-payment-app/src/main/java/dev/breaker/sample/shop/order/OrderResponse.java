package dev.breaker.sample.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an order: {@code {"id", "status", "customer", "items", "total", "currency", "paymentReference",
 * "message", "createdAt"}}; {@code paymentReference} only once paid, {@code message} only when pending or failed.
 *
 * @param id the order's id
 * @param status the payment status
 * @param customer who ordered
 * @param items the order's lines
 * @param total the amount charged (or to be charged)
 * @param currency the currency
 * @param paymentReference the gateway's reference once paid
 * @param message why the order is pending or failed
 * @param createdAt when the order was placed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderResponse(long id, OrderStatus status, String customer, List<Item> items, BigDecimal total,
		String currency, @Nullable String paymentReference, @Nullable String message, Instant createdAt) {

	static OrderResponse of(ShopOrder order) {
		List<Item> items = order.lines()
			.stream()
			.map((line) -> new Item(line.sku(), line.quantity(), line.unitPrice()))
			.toList();
		return new OrderResponse(order.requiredId(), order.status(), order.customer(), items, order.total(),
				order.currency(), order.paymentReference(), order.message(), order.createdAt());
	}

	/**
	 * A line of the order.
	 *
	 * @param sku the product's SKU
	 * @param quantity how many
	 * @param unitPrice the price of one when ordered
	 */
	public record Item(String sku, int quantity, BigDecimal unitPrice) {
	}

}
