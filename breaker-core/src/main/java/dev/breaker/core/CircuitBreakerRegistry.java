package dev.breaker.core;

import java.util.Collection;
import java.util.Optional;

import dev.breaker.core.internal.DefaultCircuitBreakerRegistry;

/**
 * Creates circuit breakers by name and keeps them: the same name always returns the same instance.
 *
 * <p>Named configurations let breakers share settings: {@link #addConfiguration(String, CircuitBreakerConfig)} then
 * {@link #circuitBreaker(String, String)}. Registry listeners are told when a breaker is added or removed.
 * Implementations are thread-safe; creating a breaker concurrently under one name yields one instance.
 */
public interface CircuitBreakerRegistry {

	/**
	 * The name under which the registry's default configuration is registered.
	 */
	String DEFAULT_CONFIG = "default";

	/**
	 * Creates a registry whose breakers default to {@code defaults}.
	 * @param defaults the configuration of breakers created by name alone; also registered as
	 * {@value #DEFAULT_CONFIG}
	 * @return a new, empty registry
	 */
	static CircuitBreakerRegistry of(CircuitBreakerConfig defaults) {
		return new DefaultCircuitBreakerRegistry(defaults);
	}

	/**
	 * Creates a registry whose breakers default to {@link CircuitBreakerConfig#ofDefaults()}.
	 * @return a new, empty registry
	 */
	static CircuitBreakerRegistry ofDefaults() {
		return of(CircuitBreakerConfig.ofDefaults());
	}

	/**
	 * Returns the breaker with this name, creating it with the default configuration if there is none.
	 * @param name the breaker's name
	 * @return the breaker
	 */
	CircuitBreaker circuitBreaker(String name);

	/**
	 * Returns the breaker with this name, creating it with the named configuration if there is none. An existing
	 * breaker is returned as it is, whatever its configuration.
	 * @param name the breaker's name
	 * @param configName the name of a configuration added with {@link #addConfiguration}
	 * @return the breaker
	 * @throws IllegalArgumentException if no configuration has that name
	 */
	CircuitBreaker circuitBreaker(String name, String configName);

	/**
	 * Returns the breaker with this name, creating it with {@code config} if there is none. An existing breaker is
	 * returned as it is, whatever its configuration.
	 * @param name the breaker's name
	 * @param config the configuration of a breaker created now
	 * @return the breaker
	 */
	CircuitBreaker circuitBreaker(String name, CircuitBreakerConfig config);

	/**
	 * Adds (or replaces) a named configuration. Breakers created before keep theirs.
	 * @param name the configuration's name
	 * @param config the configuration
	 */
	void addConfiguration(String name, CircuitBreakerConfig config);

	/**
	 * Returns a named configuration.
	 * @param name the configuration's name
	 * @return the configuration, or empty if none has that name
	 */
	Optional<CircuitBreakerConfig> getConfiguration(String name);

	/**
	 * Returns the configuration of breakers created by name alone.
	 * @return the default configuration
	 */
	CircuitBreakerConfig getDefaultConfig();

	/**
	 * Returns the breaker with this name, without creating one.
	 * @param name the breaker's name
	 * @return the breaker, or empty
	 */
	Optional<CircuitBreaker> find(String name);

	/**
	 * Returns every breaker, sorted by name.
	 * @return an immutable snapshot
	 */
	Collection<CircuitBreaker> all();

	/**
	 * Removes the breaker with this name. The removed breaker keeps working for whoever still holds it.
	 * @param name the breaker's name
	 * @return the removed breaker, or empty if there was none
	 */
	Optional<CircuitBreaker> remove(String name);

	/**
	 * Adds a listener told of breakers added and removed from now on.
	 * @param listener the listener
	 */
	void addListener(CircuitBreakerRegistryListener listener);

}
