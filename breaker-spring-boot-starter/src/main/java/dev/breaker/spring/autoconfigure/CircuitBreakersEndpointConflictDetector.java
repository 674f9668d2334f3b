package dev.breaker.spring.autoconfigure;

import dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpoint;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * Fails start-up with a {@link CircuitBreakersEndpointConflictException} when a bean other than ours is an
 * {@link Endpoint @Endpoint} with the id {@value CircuitBreakersEndpoint#ID}, before Spring Boot's endpoint discovery
 * would fail with its generic duplicate-id error. Runs once, as a bean factory post-processor, on bean definitions
 * only: it instantiates nothing.
 */
final class CircuitBreakersEndpointConflictDetector implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (String beanName : beanFactory.getBeanDefinitionNames()) {
			if (beanFactory.getBeanDefinition(beanName).isAbstract()) {
				continue;
			}
			Class<?> type = beanFactory.getType(beanName, false);
			if (type != null && !CircuitBreakersEndpoint.class.isAssignableFrom(type) && hasOurId(type)) {
				throw new CircuitBreakersEndpointConflictException(beanName, type.getName());
			}
		}
	}

	private static boolean hasOurId(Class<?> type) {
		MergedAnnotation<Endpoint> endpoint = MergedAnnotations
			.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(Endpoint.class);
		return endpoint.isPresent() && CircuitBreakersEndpoint.ID.equals(endpoint.getString("id"));
	}

}
