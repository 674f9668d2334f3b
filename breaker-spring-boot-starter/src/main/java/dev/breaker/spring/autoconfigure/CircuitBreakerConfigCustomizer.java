package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerConfig;

/**
 * Adjusts the configuration of a circuit breaker after the {@code breaker.*} properties have been applied, for what
 * properties cannot express (for example {@link CircuitBreakerConfig.Builder#recordResult}, a
 * {@link CircuitBreakerConfig.Builder#recordException record-exception predicate} or a
 * {@link CircuitBreakerConfig.Builder#ticker ticker}).
 *
 * <p>Every customizer bean is applied, in {@link org.springframework.core.Ordered order}, to every circuit breaker the
 * registry bean creates: the configured instances at start-up and breakers created later by name. Implementations
 * must be thread-safe, since breakers may be created on demand from any thread.
 */
@FunctionalInterface
public interface CircuitBreakerConfigCustomizer {

	/**
	 * Customizes the configuration of one circuit breaker.
	 * @param breakerName the name of the circuit breaker being created
	 * @param builder the builder, holding the values from the properties
	 */
	void customize(String breakerName, CircuitBreakerConfig.Builder builder);

}
