/**
 * The HTTP client of the payment gateway, protected by the {@code payment} circuit breaker.
 */
@NullMarked
package dev.breaker.sample.shop.payment;

import org.jspecify.annotations.NullMarked;
