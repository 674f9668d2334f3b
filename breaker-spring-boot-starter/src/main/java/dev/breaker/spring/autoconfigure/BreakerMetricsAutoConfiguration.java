package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.metrics.CircuitBreakerMeterBinder;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the circuit breaker
 * meters: a {@link CircuitBreakerMeterBinder} when Micrometer is present and a {@link MeterRegistry} bean exists.
 * Spring Boot's metrics auto-configuration binds it like any {@code MeterBinder} bean; it is also bound to the
 * primary meter registry once the singletons are created, for applications that define a meter registry without
 * Spring Boot's metrics auto-configuration (binding twice to one registry does nothing).
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class, afterName = {
		"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ CircuitBreakerRegistry.class, MeterRegistry.class })
public final class BreakerMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerMeterBinder circuitBreakerMeterBinder(CircuitBreakerRegistry registry) {
		return new CircuitBreakerMeterBinder(registry);
	}

	@Bean
	SmartInitializingSingleton circuitBreakerMeterBinderRegistration(CircuitBreakerMeterBinder binder,
			ObjectProvider<MeterRegistry> meterRegistry) {
		return () -> meterRegistry.ifUnique(binder::bindTo);
	}

}
