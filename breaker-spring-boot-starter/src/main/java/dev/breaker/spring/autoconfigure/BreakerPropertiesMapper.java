package dev.breaker.spring.autoconfigure;

import java.util.List;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;

/**
 * Builds circuit breaker configurations from {@link BreakerProperties}. Work in progress: base-config chains and
 * error reporting follow.
 */
final class BreakerPropertiesMapper {

	private final BreakerProperties properties;

	private final List<CircuitBreakerConfigCustomizer> customizers;

	BreakerPropertiesMapper(BreakerProperties properties, List<CircuitBreakerConfigCustomizer> customizers) {
		this.properties = properties;
		this.customizers = customizers;
	}

	CircuitBreakerRegistry createRegistry() {
		CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.ofDefaults());
		this.properties.getInstances().forEach((name, instance) -> {
			CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.builder();
			this.customizers.forEach((customizer) -> customizer.customize(name, builder));
			registry.circuitBreaker(name, builder.build());
		});
		return registry;
	}

}
