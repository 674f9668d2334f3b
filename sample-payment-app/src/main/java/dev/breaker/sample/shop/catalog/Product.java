package dev.breaker.sample.shop.catalog;

import java.math.BigDecimal;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A product of the catalogue, also its JSON form in {@code GET /api/products}.
 *
 * @param sku the stock-keeping unit that orders refer to
 * @param name the display name
 * @param price the unit price in the shop's currency
 */
@Table("products")
public record Product(@Id String sku, String name, BigDecimal price) {
}
