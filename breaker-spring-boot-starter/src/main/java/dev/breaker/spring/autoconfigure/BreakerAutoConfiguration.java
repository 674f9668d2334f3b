package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@link CircuitBreakerRegistry} bean, built from {@link BreakerProperties} and every
 * {@link CircuitBreakerConfigCustomizer} bean. Every configured instance is created with the registry, so that a bad
 * value stops start-up and every configured breaker is visible at once. Every state transition of every breaker of
 * the registry bean (ours or a user-defined one) is published as a
 * {@link dev.breaker.spring.event.CircuitBreakerStateChangedEvent}.
 */
@AutoConfiguration
@EnableConfigurationProperties(BreakerProperties.class)
public final class BreakerAutoConfiguration {

	// Not named 'circuitBreakerRegistry': Resilience4j's Spring Boot module defines a bean of that name, and the
	// clash would stop start-up before the clearer report of the 'circuitbreakers' endpoint-id conflict.
	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry breakerCircuitBreakerRegistry(BreakerProperties properties,
			ObjectProvider<CircuitBreakerConfigCustomizer> customizers, ResourceLoader resourceLoader) {
		ClassLoader classLoader = (resourceLoader.getClassLoader() != null) ? resourceLoader.getClassLoader()
				: BreakerAutoConfiguration.class.getClassLoader();
		return new BreakerPropertiesMapper(properties, customizers.orderedStream().toList(), classLoader)
			.createRegistry();
	}

	@Bean
	static StateChangedEventPublisher circuitBreakerStateChangedEventPublisher(
			ObjectProvider<ApplicationEventPublisher> eventPublisher) {
		return new StateChangedEventPublisher(eventPublisher);
	}

}
