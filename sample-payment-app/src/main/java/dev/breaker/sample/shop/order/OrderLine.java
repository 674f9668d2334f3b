package dev.breaker.sample.shop.order;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of an order, with the unit price at the time of the order.
 *
 * @param sku the product's SKU
 * @param quantity how many, at least 1
 * @param unitPrice the product's price when ordered
 */
@Table("order_lines")
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {

	BigDecimal amount() {
		return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
	}

}
