package dev.breaker.spring.autoconfigure;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.aop.CircuitBreakerAnnotationBeanPostProcessor;
import dev.breaker.spring.aop.CircuitBreakerAnnotationValidator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of {@link dev.breaker.spring.annotation.CircuitBreaker @CircuitBreaker}: proxies the beans that
 * use it and checks their declarations at start-up. The breaker's advice order is {@code breaker.aspect-order}
 * (default {@link BreakerProperties#DEFAULT_ASPECT_ORDER}); class-based proxies unless
 * {@code spring.aop.proxy-target-class=false}, as for the rest of Spring Boot's AOP.
 */
@AutoConfiguration(after = BreakerAutoConfiguration.class)
@ConditionalOnBean(CircuitBreakerRegistry.class)
public final class BreakerAnnotationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	static CircuitBreakerAnnotationBeanPostProcessor circuitBreakerAnnotationBeanPostProcessor(Environment environment,
			ObjectProvider<CircuitBreakerRegistry> registry, ObjectProvider<BreakerProperties> properties) {
		// Static, and nothing is resolved now: a post-processor must not create beans while post-processors are
		// being registered. The order is read when the first bean is proxied.
		CircuitBreakerAnnotationBeanPostProcessor processor = new CircuitBreakerAnnotationBeanPostProcessor(
				registry::getObject, () -> properties.getIfAvailable(BreakerProperties::new).getAspectOrder());
		processor.setProxyTargetClass(environment.getProperty("spring.aop.proxy-target-class", Boolean.class, true));
		return processor;
	}

	@Bean
	@ConditionalOnMissingBean
	static CircuitBreakerAnnotationValidator circuitBreakerAnnotationValidator(
			CircuitBreakerAnnotationBeanPostProcessor processor) {
		return new CircuitBreakerAnnotationValidator(processor);
	}

}
