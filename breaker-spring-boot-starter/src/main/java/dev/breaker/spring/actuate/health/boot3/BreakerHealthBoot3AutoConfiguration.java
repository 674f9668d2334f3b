package dev.breaker.spring.actuate.health.boot3;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;
import dev.breaker.spring.autoconfigure.BreakerAutoConfiguration;
import dev.breaker.spring.autoconfigure.BreakerProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code circuitBreakers} health contributor on Spring Boot 3.5, when {@code breaker.health.enabled} is true.
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class,
		beforeName = "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
@ConditionalOnBean(CircuitBreakerRegistry.class)
@ConditionalOnProperty(prefix = "breaker.health", name = "enabled", havingValue = "true")
public final class BreakerHealthBoot3AutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "circuitBreakersHealthIndicator")
	Boot3CircuitBreakersHealthIndicator circuitBreakersHealthIndicator(CircuitBreakerRegistry registry,
			ObjectProvider<BreakerProperties> properties) {
		BreakerProperties.Health health = properties.getIfAvailable(BreakerProperties::new).getHealth();
		return new Boot3CircuitBreakersHealthIndicator(
				new CircuitBreakersHealthEvaluator(registry, health.getDownWhenOpen()));
	}

}
