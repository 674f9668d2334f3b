package dev.breaker.sample.shop.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/products}: the catalogue as a JSON array of {@code {"sku", "name", "price"}}.
 */
@RestController
@RequestMapping("/api/products")
class ProductController {

	private final ProductRepository products;

	ProductController(ProductRepository products) {
		this.products = products;
	}

	@GetMapping
	List<Product> list() {
		return this.products.findAllByOrderBySku();
	}

}
