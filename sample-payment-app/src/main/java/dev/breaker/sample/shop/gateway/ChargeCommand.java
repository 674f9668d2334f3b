package dev.breaker.sample.shop.gateway;

import java.math.BigDecimal;

/**
 * A validated charge request.
 *
 * @param orderId the order to charge
 * @param customer the customer
 * @param amount the amount, greater than zero
 * @param currency the ISO 4217 currency code
 */
record ChargeCommand(long orderId, String customer, BigDecimal amount, String currency) {
}
