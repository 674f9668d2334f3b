package dev.breaker.spring.actuate.health.boot3;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;
import dev.breaker.spring.autoconfigure.BreakerProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defines the {@link Boot3CircuitBreakersHealthIndicator}; imported by
 * {@code dev.breaker.spring.autoconfigure.BreakerHealthBoot3AutoConfiguration} once its conditions matched.
 */
@Configuration(proxyBeanMethods = false)
public class Boot3CircuitBreakersHealthIndicatorConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "circuitBreakersHealthIndicator")
	Boot3CircuitBreakersHealthIndicator circuitBreakersHealthIndicator(CircuitBreakerRegistry registry,
			ObjectProvider<BreakerProperties> properties) {
		BreakerProperties.Health health = properties.getIfAvailable(BreakerProperties::new).getHealth();
		return new Boot3CircuitBreakersHealthIndicator(
				new CircuitBreakersHealthEvaluator(registry, health.getDownWhenOpen()));
	}

}
