/**
 * Orders: checkout ({@code POST /api/orders}), order lookup, and the settlement of orders whose payment was deferred
 * while the payment breaker refused calls.
 */
@NullMarked
package dev.breaker.sample.shop.order;

import org.jspecify.annotations.NullMarked;
