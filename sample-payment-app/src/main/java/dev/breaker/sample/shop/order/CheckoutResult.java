package dev.breaker.sample.shop.order;

import java.time.Duration;

/**
 * The order after a payment attempt, and, when the payment was deferred, when to look again.
 *
 * @param order the order as stored after the attempt
 * @param retryAfter when {@link OrderStatus#PAYMENT_PENDING}, how long until the payment is retried; otherwise
 * {@link Duration#ZERO}
 */
public record CheckoutResult(ShopOrder order, Duration retryAfter) {
}
