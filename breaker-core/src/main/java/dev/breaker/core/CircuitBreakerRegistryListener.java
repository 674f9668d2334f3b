package dev.breaker.core;

/**
 * Told when a {@link CircuitBreakerRegistry} adds or removes a breaker, for example to bind meters to breakers
 * created on demand after start-up. Both methods have no-op defaults. They run on the thread that added or removed
 * the breaker, after the registry changed; an exception thrown by a listener is logged and does not undo the change.
 */
public interface CircuitBreakerRegistryListener {

	/**
	 * Called after a breaker was added to the registry.
	 * @param circuitBreaker the new breaker
	 */
	default void onAdded(CircuitBreaker circuitBreaker) {
	}

	/**
	 * Called after a breaker was removed from the registry.
	 * @param circuitBreaker the removed breaker
	 */
	default void onRemoved(CircuitBreaker circuitBreaker) {
	}

}
