package dev.breaker.core.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;

/**
 * The {@link CircuitBreakerRegistry} of breaker: a {@link ConcurrentHashMap} of breakers and one of named
 * configurations. Breakers are created outside any lock and published with {@code putIfAbsent}; adding or removing a
 * breaker and telling the listeners happen under one registry lock (never inside a map operation), so listeners hear
 * of each name in order. Lookups are lock-free. This class is thread-safe.
 */
public final class DefaultCircuitBreakerRegistry implements CircuitBreakerRegistry {

	private static final System.Logger logger = System.getLogger(DefaultCircuitBreakerRegistry.class.getName());

	private final ConcurrentMap<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

	private final ConcurrentMap<String, CircuitBreakerConfig> configurations = new ConcurrentHashMap<>();

	private final List<CircuitBreakerRegistryListener> listeners = new CopyOnWriteArrayList<>();

	private final CircuitBreakerConfig defaultConfig;

	/**
	 * Held while a breaker is added or removed and its listeners are told, so that listeners hear of one name's
	 * additions and removals in the order they happened (never "removed" before "added"). Lookups never take it.
	 */
	private final Object membership = new Object();

	/**
	 * Creates an empty registry.
	 * @param defaultConfig the configuration of breakers created by name alone
	 */
	public DefaultCircuitBreakerRegistry(CircuitBreakerConfig defaultConfig) {
		if (defaultConfig == null) {
			throw new IllegalArgumentException("defaultConfig must not be null");
		}
		this.defaultConfig = defaultConfig;
		this.configurations.put(DEFAULT_CONFIG, defaultConfig);
	}

	@Override
	public CircuitBreaker circuitBreaker(String name) {
		return circuitBreaker(name, this.defaultConfig);
	}

	@Override
	public CircuitBreaker circuitBreaker(String name, String configName) {
		CircuitBreaker existing = this.breakers.get(name);
		if (existing != null) {
			return existing;
		}
		CircuitBreakerConfig config = this.configurations.get(configName);
		if (config == null) {
			throw new IllegalArgumentException("No circuit breaker configuration named '" + configName
					+ "'; known configurations: " + this.configurations.keySet().stream().sorted().toList());
		}
		return circuitBreaker(name, config);
	}

	@Override
	public CircuitBreaker circuitBreaker(String name, CircuitBreakerConfig config) {
		CircuitBreaker existing = this.breakers.get(name);
		if (existing != null) {
			return existing;
		}
		CircuitBreaker created = new DefaultCircuitBreaker(name, config);
		synchronized (this.membership) {
			existing = this.breakers.putIfAbsent(name, created);
			if (existing != null) {
				return existing;
			}
			for (CircuitBreakerRegistryListener listener : this.listeners) {
				try {
					listener.onAdded(created);
				}
				catch (Throwable ex) {
					failed(listener, name, "added", ex);
				}
			}
		}
		return created;
	}

	@Override
	public void addConfiguration(String name, CircuitBreakerConfig config) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("configuration name must not be blank but was '" + name + "'");
		}
		if (config == null) {
			throw new IllegalArgumentException("configuration '" + name + "' must not be null");
		}
		this.configurations.put(name, config);
	}

	@Override
	public Optional<CircuitBreakerConfig> getConfiguration(String name) {
		return Optional.ofNullable(this.configurations.get(name));
	}

	@Override
	public CircuitBreakerConfig getDefaultConfig() {
		return this.defaultConfig;
	}

	@Override
	public Optional<CircuitBreaker> find(String name) {
		return Optional.ofNullable(this.breakers.get(name));
	}

	@Override
	public Collection<CircuitBreaker> all() {
		return this.breakers.values().stream().sorted(Comparator.comparing(CircuitBreaker::getName)).toList();
	}

	@Override
	public Optional<CircuitBreaker> remove(String name) {
		CircuitBreaker removed;
		synchronized (this.membership) {
			removed = this.breakers.remove(name);
			if (removed != null) {
				for (CircuitBreakerRegistryListener listener : this.listeners) {
					try {
						listener.onRemoved(removed);
					}
					catch (Throwable ex) {
						failed(listener, name, "removed", ex);
					}
				}
			}
		}
		return Optional.ofNullable(removed);
	}

	/**
	 * Logs a listener's failure, whatever it threw (an {@link Error}, or a checked exception from Kotlin): the change
	 * stands and the other listeners are still told. Only a {@link VirtualMachineError} is rethrown.
	 */
	private static void failed(CircuitBreakerRegistryListener listener, String name, String event, Throwable ex) {
		if (ex instanceof VirtualMachineError fatal) {
			throw fatal;
		}
		logger.log(System.Logger.Level.ERROR,
				"Registry listener " + listener + " failed on circuit breaker '" + name + "' " + event, ex);
	}

	@Override
	public void addListener(CircuitBreakerRegistryListener listener) {
		if (listener == null) {
			throw new IllegalArgumentException("listener must not be null");
		}
		this.listeners.add(listener);
	}

}
