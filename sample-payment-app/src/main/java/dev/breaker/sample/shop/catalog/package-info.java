/**
 * The product catalogue: {@code GET /api/products}.
 */
@NullMarked
package dev.breaker.sample.shop.catalog;

import org.jspecify.annotations.NullMarked;
