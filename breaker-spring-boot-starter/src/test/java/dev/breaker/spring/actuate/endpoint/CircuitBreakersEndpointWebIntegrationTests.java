package dev.breaker.spring.actuate.endpoint;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakersEndpoint} and {@link CircuitBreakersEndpointWebExtension} over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=circuitbreakers,health,metrics",
				"management.endpoint.health.show-details=always", "breaker.health.enabled=true",
				"breaker.health.down-when-open=payment", "breaker.instances.payment.sliding-window-size=4",
				"breaker.instances.payment.minimum-number-of-calls=2",
				"breaker.instances.payment.wait-duration-in-open-state=5s",
				"breaker.instances.payment.record-exceptions=java.io.IOException",
				"breaker.instances.inventory.failure-rate-threshold=30" })
class CircuitBreakersEndpointWebIntegrationTests {

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private CircuitBreakerRegistry registry;

	@Test
	void getWhenBreakersConfiguredShouldListThemSortedByNameWithNumbers() {
		this.registry.circuitBreaker("catalog");
		ResponseEntity<String> response = get("/actuator/circuitbreakers");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		Map<String, Object> breakers = JsonPath.read(response.getBody(), "$.circuitBreakers");
		assertThat(breakers.keySet()).containsExactly("catalog", "inventory", "payment");
		Object catalog = breakers.get("catalog");
		assertThat(JsonPath.<String>read(catalog, "$.state")).isEqualTo("CLOSED");
		assertThat(JsonPath.<Object>read(catalog, "$.failureRate")).isEqualTo(-1.0);
		assertThat(JsonPath.<Object>read(catalog, "$.bufferedCalls")).isEqualTo(0);
		assertThat(JsonPath.<Object>read(catalog, "$.totalCalls")).isEqualTo(0);
		assertThat(JsonPath.<Object>read(catalog, "$.timeInStateMillis")).isInstanceOf(Number.class);
	}

	@Test
	void getOneWhenCallsFailedShouldShowConfigAndEventsNewestFirst() {
		CircuitBreaker payment = this.registry.find("payment").orElseThrow();
		payment.transitionToClosedState();
		fail(payment, "connection refused");
		fail(payment, "connection reset");
		ResponseEntity<String> response = get("/actuator/circuitbreakers/payment");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		String body = response.getBody();
		assertThat(JsonPath.<String>read(body, "$.state")).isEqualTo("OPEN");
		assertThat(JsonPath.<String>read(body, "$.config.waitDurationInOpenState")).isEqualTo("PT5S");
		assertThat(JsonPath.<Object>read(body, "$.config.slidingWindowSize")).isEqualTo(4);
		assertThat(JsonPath.<List<String>>read(body, "$.config.recordExceptions"))
			.containsExactly("java.io.IOException");
		assertThat(JsonPath.<String>read(body, "$.events[0].type")).isEqualTo("STATE_TRANSITION");
		assertThat(JsonPath.<String>read(body, "$.events[0].from")).isEqualTo("CLOSED");
		assertThat(JsonPath.<String>read(body, "$.events[0].to")).isEqualTo("OPEN");
		assertThat(JsonPath.<String>read(body, "$.events[1].type")).isEqualTo("ERROR");
		assertThat(JsonPath.<String>read(body, "$.events[1].exception")).isEqualTo("java.io.IOException");
		assertThat(JsonPath.<String>read(body, "$.events[1].message")).isEqualTo("connection reset");
		assertThat(JsonPath.<String>read(body, "$.events[1].at")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
		assertThat(JsonPath.<Object>read(body, "$.totalFailures")).isInstanceOf(Number.class);
	}

	@Test
	void postWhenStateGivenShouldTransitionAndAnswerTheNewView() {
		ResponseEntity<String> response = post("/actuator/circuitbreakers/inventory", "{\"state\": \"FORCED_OPEN\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(JsonPath.<String>read(response.getBody(), "$.state")).isEqualTo("FORCED_OPEN");
		assertThat(this.registry.find("inventory").orElseThrow().getState()).isEqualTo(CircuitBreaker.State.FORCED_OPEN);
		response = post("/actuator/circuitbreakers/inventory", "{\"action\": \"reset\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(JsonPath.<String>read(response.getBody(), "$.state")).isEqualTo("CLOSED");
	}

	@Test
	void getAndPostWhenNameUnknownShouldAnswer404AndNotCreateTheBreaker() {
		assertThat(get("/actuator/circuitbreakers/unknown").getStatusCode().value()).isEqualTo(404);
		assertThat(post("/actuator/circuitbreakers/unknown", "{\"state\": \"OPEN\"}").getStatusCode().value())
			.isEqualTo(404);
		assertThat(this.registry.find("unknown")).isEmpty();
	}

	@Test
	void postWhenBodyInvalidShouldAnswer400NamingTheAcceptedValues() {
		ResponseEntity<String> response = post("/actuator/circuitbreakers/inventory", "{\"state\": \"AJAR\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.getBody(), "$.message")).contains("unknown state 'AJAR'")
			.contains("[CLOSED, OPEN, HALF_OPEN, FORCED_OPEN, DISABLED, METRICS_ONLY]")
			.contains("{\"action\": \"reset\"}");
		response = post("/actuator/circuitbreakers/inventory", "{\"colour\": \"red\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
	}

	@Test
	void postWhenTransitionIllegalShouldAnswer400WithTheReason() {
		this.registry.find("inventory").orElseThrow().reset();
		ResponseEntity<String> response = post("/actuator/circuitbreakers/inventory", "{\"state\": \"HALF_OPEN\"}");
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(JsonPath.<String>read(response.getBody(), "$.message"))
			.contains("'inventory' cannot go from CLOSED to HALF_OPEN");
	}

	@Test
	void getHealthWhenListedBreakerOpenShouldBeDown() {
		CircuitBreaker payment = this.registry.find("payment").orElseThrow();
		payment.transitionToForcedOpenState();
		try {
			ResponseEntity<String> response = get("/actuator/health");
			assertThat(JsonPath.<String>read(response.getBody(), "$.components.circuitBreakers.status"))
				.isEqualTo("DOWN");
			assertThat(JsonPath.<String>read(response.getBody(), "$.components.circuitBreakers.details.payment"))
				.isEqualTo("FORCED_OPEN");
		}
		finally {
			payment.reset();
		}
		ResponseEntity<String> response = get("/actuator/health");
		assertThat(JsonPath.<String>read(response.getBody(), "$.components.circuitBreakers.status")).isEqualTo("UP");
	}

	@Test
	void getMetricsWhenBootMetricsConfiguredShouldServeBreakerMetersOnce() {
		CircuitBreaker inventory = this.registry.find("inventory").orElseThrow();
		inventory.reset();
		long before = successfulCalls();
		inventory.execute(() -> "ok");
		assertThat(successfulCalls()).isEqualTo(before + 1);
		ResponseEntity<String> response = get("/actuator/metrics/breaker.state?tag=name:inventory&tag=state:closed");
		assertThat(JsonPath.<Double>read(response.getBody(), "$.measurements[0].value")).isEqualTo(1.0);
	}

	private long successfulCalls() {
		ResponseEntity<String> response = get("/actuator/metrics/breaker.calls?tag=name:inventory&tag=outcome:success");
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		List<Map<String, Object>> measurements = JsonPath.read(response.getBody(), "$.measurements[?(@.statistic == 'COUNT')]");
		return ((Number) measurements.get(0).get("value")).longValue();
	}

	private static void fail(CircuitBreaker circuitBreaker, String message) {
		try {
			circuitBreaker.call(() -> {
				throw new IOException(message);
			});
		}
		catch (Exception ex) {
			assertThat(ex).isInstanceOf(IOException.class);
		}
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

	private ResponseEntity<String> get(String path) {
		return client().get().uri(path).retrieve().onStatus((status) -> true, (request, response) -> {
		}).toEntity(String.class);
	}

	private ResponseEntity<String> post(String path, String json) {
		return client().post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.onStatus((status) -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class TestApplication {

	}

}
