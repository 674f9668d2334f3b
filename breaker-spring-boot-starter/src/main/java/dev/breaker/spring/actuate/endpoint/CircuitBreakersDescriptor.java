package dev.breaker.spring.actuate.endpoint;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * The response of {@code GET /actuator/circuitbreakers}: every breaker by name, sorted by name.
 *
 * @param circuitBreakers the breakers, in name order
 */
public record CircuitBreakersDescriptor(Map<String, CircuitBreakerDescriptor> circuitBreakers)
		implements OperationResponseBody {
}
