package dev.breaker.sample.shop;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * A real HTTP client of the shop and its simulated gateway, for end-to-end tests. Error statuses are returned, not
 * thrown.
 */
final class ShopTestClient {

	private final RestClient http;

	ShopTestClient(int port) {
		HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(httpClient))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	ResponseEntity<OrderView> placeOrder(String customer, String sku, int quantity) {
		return postOrder("""
				{"customer": "%s", "items": [{"sku": "%s", "quantity": %d}]}""".formatted(customer, sku, quantity));
	}

	ResponseEntity<OrderView> postOrder(String json) {
		return this.http.post()
			.uri("/api/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(OrderView.class);
	}

	ResponseEntity<ProblemView> postInvalidOrder(String json) {
		return this.http.post()
			.uri("/api/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(ProblemView.class);
	}

	<T> ResponseEntity<T> get(String path, Class<T> type) {
		return this.http.get().uri(path).retrieve().toEntity(type);
	}

	<T> ResponseEntity<T> put(String path, String json, Class<T> type) {
		return this.http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve().toEntity(type);
	}

	<T> ResponseEntity<T> post(String path, String json, String idempotencyKey, Class<T> type) {
		return this.http.post()
			.uri(path)
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(type);
	}

	OrderView order(long id) {
		ResponseEntity<OrderView> response = get("/api/orders/" + id, OrderView.class);
		if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
			throw new IllegalStateException("GET /api/orders/" + id + " answered " + response.getStatusCode());
		}
		return response.getBody();
	}

	GatewayStatsView gatewayStats() {
		return get("/gateway/stats", GatewayStatsView.class).getBody();
	}

	void gatewayMode(String json) {
		ResponseEntity<String> response = put("/gateway/mode", json, String.class);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new IllegalStateException("PUT /gateway/mode answered " + response);
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record OrderView(Long id, String status, String customer, List<ItemView> items, BigDecimal total, String currency,
			String paymentReference, String message) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ItemView(String sku, int quantity, BigDecimal unitPrice) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ProblemView(String title, Integer status, String detail, String field) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record GatewayStatsView(long chargeCalls, long charges) {

		GatewayStatsView minus(GatewayStatsView before) {
			return new GatewayStatsView(this.chargeCalls - before.chargeCalls, this.charges - before.charges);
		}

	}

}
