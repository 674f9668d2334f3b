package dev.breaker.sample.shop.gateway;

import java.math.BigDecimal;

/**
 * A charge the simulated gateway took or declined, keyed by its idempotency key.
 *
 * @param reference the gateway's reference, e.g. {@code ch_000042}
 * @param orderId the order the charge pays
 * @param customer the customer charged
 * @param amount the amount charged
 * @param currency the currency
 * @param declined whether the card was declined (no money taken)
 */
record Charge(String reference, long orderId, String customer, BigDecimal amount, String currency,
		boolean declined) {
}
