package dev.breaker.sample.shop.order;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/orders}: {@code {"customer": "...", "items": [{"sku": "...", "quantity": 1}]}}.
 * Fields are nullable here and checked by {@link OrderService}, which names the bad field in its error.
 *
 * @param customer who orders
 * @param items what is ordered
 */
public record OrderRequest(@Nullable String customer, @Nullable List<@Nullable Item> items) {

	/**
	 * An ordered item.
	 *
	 * @param sku the product's SKU
	 * @param quantity how many, at least 1
	 */
	public record Item(@Nullable String sku, @Nullable Integer quantity) {
	}

}
