package dev.breaker.spring.autoconfigure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerListener;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;
import dev.breaker.spring.event.CircuitBreakerStateChangedEvent;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every state transition of every breaker of every {@link CircuitBreakerRegistry} bean (ours or the
 * user's) as a {@link CircuitBreakerStateChangedEvent}: it listens to the breakers already in a registry when the
 * registry bean is initialized, and to those the registry adds later. This class is thread-safe.
 */
final class StateChangedEventPublisher implements BeanPostProcessor {

	private final ObjectProvider<ApplicationEventPublisher> eventPublisher;

	StateChangedEventPublisher(ObjectProvider<ApplicationEventPublisher> eventPublisher) {
		this.eventPublisher = eventPublisher;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof CircuitBreakerRegistry registry) {
			attach(registry);
		}
		return bean;
	}

	private void attach(CircuitBreakerRegistry registry) {
		RegistryListener listener = new RegistryListener(this.eventPublisher.getObject());
		// Listen to additions first, then to the breakers already there; the listener ignores duplicates.
		registry.addListener(listener);
		registry.all().forEach(listener::onAdded);
	}

	/**
	 * Adds the transition listener to each breaker of one registry, once, and removes it when the breaker is
	 * removed.
	 */
	private static final class RegistryListener implements CircuitBreakerRegistryListener, CircuitBreakerListener {

		private final Set<CircuitBreaker> listenedTo = Collections.synchronizedSet(
				Collections.newSetFromMap(new IdentityHashMap<>()));

		private final ApplicationEventPublisher eventPublisher;

		RegistryListener(ApplicationEventPublisher eventPublisher) {
			this.eventPublisher = eventPublisher;
		}

		@Override
		public void onAdded(CircuitBreaker circuitBreaker) {
			if (this.listenedTo.add(circuitBreaker)) {
				circuitBreaker.addListener(this);
			}
		}

		@Override
		public void onRemoved(CircuitBreaker circuitBreaker) {
			if (this.listenedTo.remove(circuitBreaker)) {
				circuitBreaker.removeListener(this);
			}
		}

		@Override
		public void onStateTransition(CircuitBreaker circuitBreaker, CircuitBreaker.State from,
				CircuitBreaker.State to) {
			this.eventPublisher.publishEvent(
					new CircuitBreakerStateChangedEvent(circuitBreaker, circuitBreaker.getName(), from, to));
		}

	}

}
