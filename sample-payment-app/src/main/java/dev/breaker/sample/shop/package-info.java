/**
 * The sample shop: catalogue, orders, a payment client guarded by {@code @CircuitBreaker(name = "payment")} and a
 * simulated payment gateway served by the same application.
 */
@NullMarked
package dev.breaker.sample.shop;

import org.jspecify.annotations.NullMarked;
