package dev.breaker.sample.shop.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An order, the aggregate root of its lines. Orders are inserted once; their status changes only through the
 * claim-checked updates of {@link OrderRepository}.
 *
 * @param id the order's id, {@code null} until inserted
 * @param customer who ordered
 * @param status the payment status
 * @param total the sum of the lines
 * @param currency the ISO 4217 currency code
 * @param idempotencyKey the key sent with every charge of this order
 * @param paymentReference the gateway's reference once paid
 * @param message why the order is pending or failed
 * @param claimToken who is charging the order while {@link OrderStatus#PAYMENT_IN_PROGRESS}
 * @param claimedUntil when that claim expires and another run may take the order over
 * @param createdAt when the order was placed
 * @param updatedAt when the status last changed
 * @param lines the order's lines
 */
@Table("orders")
public record ShopOrder(@Id @Nullable Long id, String customer, OrderStatus status, BigDecimal total, String currency,
		String idempotencyKey, @Nullable String paymentReference, @Nullable String message,
		@Nullable String claimToken, @Nullable Instant claimedUntil, Instant createdAt, Instant updatedAt,
		@MappedCollection(idColumn = "order_id", keyColumn = "line_no") List<OrderLine> lines) {

	static ShopOrder place(String customer, List<OrderLine> lines, String currency, String idempotencyKey,
			String claimToken, Instant claimedUntil, Instant now) {
		BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ShopOrder(null, customer, OrderStatus.PAYMENT_IN_PROGRESS, total, currency, idempotencyKey, null,
				null, claimToken, claimedUntil, now, now, lines);
	}

	/**
	 * Returns this order as {@link OrderRepository#complete} leaves it.
	 * @param status the new status
	 * @param reference the gateway's reference when paid
	 * @param reason why the order is pending or failed
	 * @param now when the outcome was recorded
	 * @return the completed order, no longer claimed
	 */
	ShopOrder completed(OrderStatus status, @Nullable String reference, @Nullable String reason, Instant now) {
		return new ShopOrder(this.id, this.customer, status, this.total, this.currency, this.idempotencyKey, reference,
				reason, null, null, this.createdAt, now, this.lines);
	}

	/**
	 * Returns the id of an order that was saved.
	 * @return the id
	 * @throws IllegalStateException if the order was not saved yet
	 */
	public long requiredId() {
		if (this.id == null) {
			throw new IllegalStateException("the order has not been saved yet");
		}
		return this.id;
	}

}
