package dev.breaker.sample.shop;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.breaker.sample.shop.gateway.GatewayBehaviour;
import dev.breaker.sample.shop.gateway.GatewayMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end tests of the simulated gateway's HTTP API ({@code /gateway}).
 */
@ShopIntegrationTest
class GatewayApiIntegrationTests extends ShopTestSupport {

	private static final String CHARGE = """
			{"orderId": 1, "customer": "alice@example.com", "amount": 25.00, "currency": "EUR"}""";

	RestClient http;

	@BeforeEach
	void createClient() {
		this.http = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void chargeWhenKeyRepeatedShouldAnswer201Then200WithTheSameCharge() {
		String key = UUID.randomUUID().toString();
		Stats before = stats();

		ResponseEntity<Receipt> first = charge(key, CHARGE);
		ResponseEntity<Receipt> second = charge(key, CHARGE);

		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody().replayed()).isFalse();
		assertThat(second.getBody().replayed()).isTrue();
		assertThat(second.getBody().reference()).isEqualTo(first.getBody().reference());
		assertThat(stats().minus(before)).isEqualTo(new Stats(2, 1));
	}

	@Test
	void chargeWhenDownShouldAnswer503AndTakeNothing() {
		putMode("{\"mode\": \"DOWN\"}");
		Stats before = stats();

		ResponseEntity<Problem> response = chargeProblem(UUID.randomUUID().toString(), CHARGE);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(response.getBody().detail()).contains("DOWN");
		assertThat(stats().minus(before)).isEqualTo(new Stats(1, 0));
	}

	@Test
	void chargeWhenCardDeclinedShouldAnswer402() {
		ResponseEntity<Problem> response = chargeProblem(UUID.randomUUID().toString(), """
				{"orderId": 2, "customer": "declined@example.com", "amount": 25.00, "currency": "EUR"}""");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYMENT_REQUIRED);
		assertThat(response.getBody().title()).isEqualTo("Card declined");
	}

	@Test
	void chargeWithoutIdempotencyKeyShouldAnswer400() {
		ResponseEntity<Problem> response = this.http.post()
			.uri("/gateway/charges")
			.contentType(MediaType.APPLICATION_JSON)
			.body(CHARGE)
			.retrieve()
			.toEntity(Problem.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().field()).isEqualTo("Idempotency-Key");
	}

	@Test
	void chargeWhenAmountNotPositiveShouldAnswer400NamingTheField() {
		ResponseEntity<Problem> response = chargeProblem(UUID.randomUUID().toString(), """
				{"orderId": 3, "customer": "alice@example.com", "amount": 0, "currency": "EUR"}""");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().field()).isEqualTo("amount");
	}

	@Test
	void chargeWhenSlowShouldAnswerAfterTheLatency() {
		putMode("{\"mode\": \"SLOW\", \"latencyMs\": 300}");
		long start = System.nanoTime();

		ResponseEntity<Receipt> response = charge(UUID.randomUUID().toString(), CHARGE.replace("\"orderId\": 1", "\"orderId\": 4"));

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void putModeShouldSwitchTheModeAndApplyDefaults() {
		assertThat(putMode("{\"mode\": \"SLOW\"}").getBody())
			.isEqualTo(new GatewayBehaviour(GatewayMode.SLOW, 3000, 0));
		assertThat(putMode("{\"mode\": \"flaky\"}").getBody())
			.isEqualTo(new GatewayBehaviour(GatewayMode.FLAKY, 0, 0.3));
		assertThat(putMode("{\"mode\": \"FLAKY\", \"failureRate\": 0.5}").getBody())
			.isEqualTo(new GatewayBehaviour(GatewayMode.FLAKY, 0, 0.5));

		assertThat(this.http.get().uri("/gateway/mode").retrieve().body(GatewayBehaviour.class))
			.isEqualTo(new GatewayBehaviour(GatewayMode.FLAKY, 0, 0.5));
	}

	@Test
	void putModeWhenModeUnknownShouldAnswer400NamingTheAllowedModes() {
		ResponseEntity<Problem> response = this.http.put()
			.uri("/gateway/mode")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"mode\": \"SIDEWAYS\"}")
			.retrieve()
			.toEntity(Problem.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().field()).isEqualTo("mode");
		assertThat(response.getBody().detail())
			.isEqualTo("mode must be one of [UP, DOWN, SLOW, FLAKY] but was SIDEWAYS");
	}

	@Test
	void putModeWhenFailureRateOutOfRangeShouldAnswer400NamingTheField() {
		ResponseEntity<Problem> response = this.http.put()
			.uri("/gateway/mode")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"mode\": \"FLAKY\", \"failureRate\": 1.5}")
			.retrieve()
			.toEntity(Problem.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().field()).isEqualTo("failureRate");
		assertThat(response.getBody().detail()).isEqualTo("failureRate must be in [0, 1] but was 1.5");
	}

	private ResponseEntity<Receipt> charge(String key, String json) {
		return this.http.post()
			.uri("/gateway/charges")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(Receipt.class);
	}

	private ResponseEntity<Problem> chargeProblem(String key, String json) {
		return this.http.post()
			.uri("/gateway/charges")
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(Problem.class);
	}

	private ResponseEntity<GatewayBehaviour> putMode(String json) {
		return this.http.put()
			.uri("/gateway/mode")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.retrieve()
			.toEntity(GatewayBehaviour.class);
	}

	private Stats stats() {
		return this.http.get().uri("/gateway/stats").retrieve().body(Stats.class);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Receipt(String reference, String status, boolean replayed) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Problem(String title, String detail, String field) {
	}

	record Stats(long chargeCalls, long charges) {

		Stats minus(Stats before) {
			return new Stats(this.chargeCalls - before.chargeCalls, this.charges - before.charges);
		}

	}

}
