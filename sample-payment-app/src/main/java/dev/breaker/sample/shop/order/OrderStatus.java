package dev.breaker.sample.shop.order;

/**
 * Where an order is in its payment.
 */
public enum OrderStatus {

	/** A checkout or a settlement run is charging the order right now. */
	PAYMENT_IN_PROGRESS,

	/** The gateway was unavailable; the order is saved and will be charged when it recovers. */
	PAYMENT_PENDING,

	/** The order was charged, exactly once. */
	PAID,

	/** The card was declined; no money was taken. */
	PAYMENT_FAILED

}
