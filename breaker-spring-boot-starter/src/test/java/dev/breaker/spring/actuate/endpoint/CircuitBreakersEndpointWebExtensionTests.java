package dev.breaker.spring.actuate.endpoint;

import java.time.Clock;

import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakersEndpointWebExtension}.
 */
class CircuitBreakersEndpointWebExtensionTests {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.ofDefaults();

	private final CircuitBreakersEndpointWebExtension extension = new CircuitBreakersEndpointWebExtension(
			new CircuitBreakersEndpoint(this.registry, new CircuitBreakerEventLog(10, Clock.systemUTC())));

	@Test
	void updateCircuitBreakerWhenUnknownShouldAnswer404AndNotCreateIt() {
		WebEndpointResponse<Object> response = this.extension.updateCircuitBreaker("unknown", "OPEN", null);
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getBody()).isNull();
		assertThat(this.registry.find("unknown")).isEmpty();
	}

	@Test
	void updateCircuitBreakerWhenValidShouldAnswer200WithNewView() {
		this.registry.circuitBreaker("payment");
		WebEndpointResponse<Object> response = this.extension.updateCircuitBreaker("payment", "OPEN", null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getBody()).isInstanceOfSatisfying(CircuitBreakerDetailsDescriptor.class,
				(details) -> assertThat(details.state()).isEqualTo("OPEN"));
	}

	@Test
	void updateCircuitBreakerWhenBodyInvalidShouldAnswer400WithReason() {
		this.registry.circuitBreaker("payment");
		WebEndpointResponse<Object> response = this.extension.updateCircuitBreaker("payment", null, "explode");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).isInstanceOfSatisfying(CircuitBreakerUpdateErrorDescriptor.class,
				(error) -> assertThat(error.message()).contains(CircuitBreakersEndpoint.ACCEPTED_BODIES)
					.endsWith("unknown action 'explode'"));
	}

	@Test
	void updateCircuitBreakerWhenTransitionIllegalShouldAnswer400WithCoreMessage() {
		this.registry.circuitBreaker("payment");
		WebEndpointResponse<Object> response = this.extension.updateCircuitBreaker("payment", "HALF_OPEN", null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getBody()).isInstanceOfSatisfying(CircuitBreakerUpdateErrorDescriptor.class,
				(error) -> assertThat(error.message()).startsWith("CircuitBreaker 'payment' cannot go from CLOSED to "
						+ "HALF_OPEN"));
	}

}
