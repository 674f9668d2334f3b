package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.health.CircuitBreakersHealthEvaluator;
import dev.breaker.spring.actuate.health.boot4.Boot4CircuitBreakersHealthIndicator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code circuitBreakers} health contributor on Spring Boot 4.0, when {@code breaker.health.enabled} is true. Its
 * adapter is compiled by every build profile (the default one against {@code spring-boot-health} at provided scope),
 * so unlike {@link BreakerHealthBoot3AutoConfiguration} it can name it directly.
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class,
		beforeName = "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration")
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(CircuitBreakerRegistry.class)
@ConditionalOnProperty(prefix = "breaker.health", name = "enabled", havingValue = "true")
public final class BreakerHealthBoot4AutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "circuitBreakersHealthIndicator")
	Boot4CircuitBreakersHealthIndicator circuitBreakersHealthIndicator(CircuitBreakerRegistry registry,
			ObjectProvider<BreakerProperties> properties) {
		BreakerProperties.Health health = properties.getIfAvailable(BreakerProperties::new).getHealth();
		return new Boot4CircuitBreakersHealthIndicator(
				new CircuitBreakersHealthEvaluator(registry, health.getDownWhenOpen()));
	}

}
