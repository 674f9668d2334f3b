package dev.breaker.sample.shop.catalog;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The catalogue, seeded by the Flyway migrations.
 */
public interface ProductRepository extends ListCrudRepository<Product, String> {

	/**
	 * Returns every product, sorted by SKU.
	 * @return the catalogue
	 */
	List<Product> findAllByOrderBySku();

}
