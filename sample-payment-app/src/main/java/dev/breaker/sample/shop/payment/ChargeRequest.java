package dev.breaker.sample.shop.payment;

import java.math.BigDecimal;

/**
 * What to charge: an order's total, sent with the order's idempotency key so that a repeated charge (a retry after a
 * timeout, or the settlement of a deferred payment) never takes the money twice.
 *
 * @param idempotencyKey the key the gateway charges at most once
 * @param orderId the order being paid
 * @param customer the paying customer
 * @param amount the amount to charge
 * @param currency the ISO 4217 currency code
 */
public record ChargeRequest(String idempotencyKey, long orderId, String customer, BigDecimal amount,
		String currency) {
}
