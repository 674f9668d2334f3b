package dev.breaker.sample.shop;

import java.math.BigDecimal;

import dev.breaker.sample.shop.ShopTestClient.OrderView;
import dev.breaker.sample.shop.ShopTestClient.ProblemView;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the catalogue and order API over real HTTP, with the gateway up.
 */
@ShopIntegrationTest
class OrderApiIntegrationTests extends ShopTestSupport {

	@Test
	void listProductsShouldReturnTheCatalogueWithSkuNameAndPrice() {
		ResponseEntity<ProductView[]> response = this.shop.get("/api/products", ProductView[].class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains(new ProductView("MUG", "Stoneware mug", new BigDecimal("12.50")))
			.hasSize(5);
	}

	@Test
	void placeOrderWhenGatewayUpShouldAnswer201WithThePaidOrder() {
		ResponseEntity<OrderView> response = this.shop.postOrder("""
				{"customer": "alice@example.com",
				 "items": [{"sku": "MUG", "quantity": 2}, {"sku": "FILTERS", "quantity": 1}]}""");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		OrderView order = response.getBody();
		assertThat(order.id()).isNotNull();
		assertThat(order.status()).isEqualTo("PAID");
		assertThat(order.total()).isEqualByComparingTo("31.40");
		assertThat(order.paymentReference()).startsWith("ch_");
		assertThat(order.message()).isNull();
		assertThat(response.getHeaders().getLocation()).hasPath("/api/orders/" + order.id());
		assertThat(this.shop.order(order.id())).isEqualTo(order);
	}

	@Test
	void placeOrderWhenCardDeclinedShouldAnswer402WithTheFailedOrder() {
		ResponseEntity<OrderView> response = this.shop.placeOrder("declined-bob@example.com", "KETTLE", 1);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYMENT_REQUIRED);
		assertThat(response.getBody().status()).isEqualTo("PAYMENT_FAILED");
		assertThat(response.getBody().message()).contains("declined");
		assertThat(this.shop.order(response.getBody().id()).status()).isEqualTo("PAYMENT_FAILED");
	}

	@Test
	void placeOrderWhenCardDeclinedShouldNotCountAsABreakerFailure() {
		for (int i = 0; i < 5; i++) {
			this.shop.placeOrder("declined-" + i + "@example.com", "MUG", 1);
		}

		// Ignored: neither a failure nor a success, so not even buffered in the sliding window.
		assertThat(paymentBreaker().getMetrics().bufferedCalls()).isZero();
		assertThat(paymentBreaker().getMetrics().failedCalls()).isZero();
	}

	@Test
	void placeOrderWhenSkuUnknownShouldAnswer400NamingTheField() {
		assertBadRequest("""
				{"customer": "a", "items": [{"sku": "MUG", "quantity": 1}, {"sku": "NOPE", "quantity": 1}]}""",
				"items[1].sku", "unknown sku 'NOPE'");
	}

	@Test
	void placeOrderWhenQuantityBelowOneShouldAnswer400NamingTheField() {
		assertBadRequest("""
				{"customer": "a", "items": [{"sku": "MUG", "quantity": 0}]}""", "items[0].quantity",
				"quantity must be between 1 and 1000 but was 0");
	}

	@Test
	void placeOrderWhenQuantityNotANumberShouldAnswer400NamingTheField() {
		assertBadRequest("""
				{"customer": "a", "items": [{"sku": "MUG", "quantity": "two"}]}""", "items[0].quantity",
				"items[0].quantity");
	}

	@Test
	void placeOrderWhenBodyIsNotJsonShouldAnswer400NamingTheBody() {
		assertBadRequest("this is not JSON", "body", "not valid JSON");
	}

	@Test
	void placeOrderWhenJsonBreaksOffInsideAFieldShouldAnswer400NamingThatField() {
		assertBadRequest("{\"customer\": \"a\", \"items\": [", "items", "items is not valid JSON");
	}

	@Test
	void placeOrderWhenCustomerMissingShouldAnswer400NamingTheField() {
		assertBadRequest("""
				{"items": [{"sku": "MUG", "quantity": 1}]}""", "customer", "customer is required");
	}

	@Test
	void placeOrderWhenNoItemsShouldAnswer400NamingTheField() {
		assertBadRequest("""
				{"customer": "a", "items": []}""", "items", "at least one item");
	}

	@Test
	void getOrderWhenUnknownShouldAnswer404() {
		ResponseEntity<ProblemView> response = this.shop.get("/api/orders/999999", ProblemView.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody().detail()).isEqualTo("no order with id 999999");
	}

	@Test
	void statusCountsShouldCountOrdersPerStatus() {
		long paidBefore = this.shop.get("/api/orders/status-counts", StatusCounts.class).getBody().PAID();

		this.shop.placeOrder("carol@example.com", "MUG", 1);

		StatusCounts counts = this.shop.get("/api/orders/status-counts", StatusCounts.class).getBody();
		assertThat(counts.PAID()).isEqualTo(paidBefore + 1);
		assertThat(counts.PAYMENT_PENDING()).isZero();
	}

	private void assertBadRequest(String json, String field, String detail) {
		long ordersBefore = this.orders.count();

		ResponseEntity<ProblemView> response = this.shop.postInvalidOrder(json);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody().field()).isEqualTo(field);
		assertThat(response.getBody().detail()).contains(detail);
		assertThat(this.orders.count()).isEqualTo(ordersBefore);
	}

	record ProductView(String sku, String name, BigDecimal price) {

		@Override
		public boolean equals(Object other) {
			return other instanceof ProductView that && this.sku.equals(that.sku) && this.name.equals(that.name)
					&& this.price.compareTo(that.price) == 0;
		}

		@Override
		public int hashCode() {
			return this.sku.hashCode();
		}

	}

	record StatusCounts(long PAYMENT_IN_PROGRESS, long PAYMENT_PENDING, long PAID, long PAYMENT_FAILED) {
	}

}
