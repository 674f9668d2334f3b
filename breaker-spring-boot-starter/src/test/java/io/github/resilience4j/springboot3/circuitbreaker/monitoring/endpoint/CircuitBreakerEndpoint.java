package io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint;

import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * Stands in for Resilience4j's endpoint of the same name (resilience4j-spring-boot3): same class name, same endpoint
 * id, so that the conflict report can be tested without putting Resilience4j's auto-configurations on every test's
 * classpath.
 */
@Endpoint(id = "circuitbreakers")
public class CircuitBreakerEndpoint {

	@ReadOperation
	public List<String> getAllCircuitBreakers() {
		return List.of();
	}

}
