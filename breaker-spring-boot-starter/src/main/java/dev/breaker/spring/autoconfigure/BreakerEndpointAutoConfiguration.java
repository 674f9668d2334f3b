package dev.breaker.spring.autoconfigure;

import java.time.Clock;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog;
import dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpoint;
import dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpointWebExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.autoconfigure.endpoint.expose.EndpointExposure;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the
 * {@code circuitbreakers} actuator endpoint, its web extension and the {@link CircuitBreakerEventLog} it shows. Active
 * when actuator is present and the endpoint is available (access allowed and exposed, as for any endpoint). The
 * availability condition sits on the beans rather than on the class, so that its condition class is never looked up
 * without actuator.
 *
 * <p>Start-up fails with a {@link CircuitBreakersEndpointConflictException} if another endpoint, such as
 * Resilience4j's, has the same id.
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnBean(CircuitBreakerRegistry.class)
public final class BreakerEndpointAutoConfiguration {

	@Bean
	@ConditionalOnAvailableEndpoint(CircuitBreakersEndpoint.class)
	static CircuitBreakersEndpointConflictDetector circuitBreakersEndpointConflictDetector() {
		return new CircuitBreakersEndpointConflictDetector();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(CircuitBreakersEndpoint.class)
	CircuitBreakerEventLog circuitBreakerEventLog(CircuitBreakerRegistry registry,
			ObjectProvider<BreakerProperties> properties) {
		int maxPerBreaker = properties.getIfAvailable(BreakerProperties::new).getEvents().getMaxPerBreaker();
		CircuitBreakerEventLog eventLog = new CircuitBreakerEventLog(maxPerBreaker, Clock.systemUTC());
		eventLog.bindTo(registry);
		return eventLog;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint(CircuitBreakersEndpoint.class)
	CircuitBreakersEndpoint circuitBreakersEndpoint(CircuitBreakerRegistry registry,
			CircuitBreakerEventLog eventLog) {
		return new CircuitBreakersEndpoint(registry, eventLog);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(CircuitBreakersEndpoint.class)
	@ConditionalOnAvailableEndpoint(endpoint = CircuitBreakersEndpoint.class, exposure = EndpointExposure.WEB)
	CircuitBreakersEndpointWebExtension circuitBreakersEndpointWebExtension(CircuitBreakersEndpoint endpoint) {
		return new CircuitBreakersEndpointWebExtension(endpoint);
	}

}
