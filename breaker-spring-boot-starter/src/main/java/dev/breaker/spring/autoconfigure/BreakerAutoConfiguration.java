package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@link CircuitBreakerRegistry} bean, built from {@link BreakerProperties} and every
 * {@link CircuitBreakerConfigCustomizer} bean. Every configured instance is created with the registry, so that a bad
 * value stops start-up.
 */
@AutoConfiguration
@EnableConfigurationProperties(BreakerProperties.class)
public final class BreakerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry circuitBreakerRegistry(BreakerProperties properties,
			ObjectProvider<CircuitBreakerConfigCustomizer> customizers) {
		BreakerPropertiesMapper mapper = new BreakerPropertiesMapper(properties, customizers.orderedStream().toList());
		return mapper.createRegistry();
	}

}
