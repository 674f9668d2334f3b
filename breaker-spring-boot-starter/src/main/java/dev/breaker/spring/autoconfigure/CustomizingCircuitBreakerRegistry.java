package dev.breaker.spring.autoconfigure;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiFunction;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;

/**
 * The registry bean: a core registry whose breakers created by name (alone or with a configuration name) get their
 * configuration passed through the {@link CircuitBreakerConfigCustomizer} beans first, so that customizers apply to
 * breakers created on demand as they do to the configured instances. A breaker created with an explicit
 * {@link CircuitBreakerConfig} gets that configuration unchanged. This class is thread-safe.
 */
final class CustomizingCircuitBreakerRegistry implements CircuitBreakerRegistry {

	private final CircuitBreakerRegistry delegate;

	private final BiFunction<String, CircuitBreakerConfig, CircuitBreakerConfig> customizer;

	CustomizingCircuitBreakerRegistry(CircuitBreakerRegistry delegate,
			BiFunction<String, CircuitBreakerConfig, CircuitBreakerConfig> customizer) {
		this.delegate = delegate;
		this.customizer = customizer;
	}

	@Override
	public CircuitBreaker circuitBreaker(String name) {
		Optional<CircuitBreaker> existing = this.delegate.find(name);
		return existing.orElseGet(() -> this.delegate.circuitBreaker(name,
				this.customizer.apply(name, this.delegate.getDefaultConfig())));
	}

	@Override
	public CircuitBreaker circuitBreaker(String name, String configName) {
		Optional<CircuitBreaker> existing = this.delegate.find(name);
		if (existing.isPresent()) {
			return existing.get();
		}
		Optional<CircuitBreakerConfig> config = this.delegate.getConfiguration(configName);
		if (config.isEmpty()) {
			// Let the core report the unknown configuration name.
			return this.delegate.circuitBreaker(name, configName);
		}
		return this.delegate.circuitBreaker(name, this.customizer.apply(name, config.get()));
	}

	@Override
	public CircuitBreaker circuitBreaker(String name, CircuitBreakerConfig config) {
		return this.delegate.circuitBreaker(name, config);
	}

	@Override
	public void addConfiguration(String name, CircuitBreakerConfig config) {
		this.delegate.addConfiguration(name, config);
	}

	@Override
	public Optional<CircuitBreakerConfig> getConfiguration(String name) {
		return this.delegate.getConfiguration(name);
	}

	@Override
	public CircuitBreakerConfig getDefaultConfig() {
		return this.delegate.getDefaultConfig();
	}

	@Override
	public Optional<CircuitBreaker> find(String name) {
		return this.delegate.find(name);
	}

	@Override
	public Collection<CircuitBreaker> all() {
		return this.delegate.all();
	}

	@Override
	public Optional<CircuitBreaker> remove(String name) {
		return this.delegate.remove(name);
	}

	@Override
	public void addListener(CircuitBreakerRegistryListener listener) {
		this.delegate.addListener(listener);
	}

	@Override
	public String toString() {
		return "CustomizingCircuitBreakerRegistry[" + this.delegate + "]";
	}

}
