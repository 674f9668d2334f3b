package dev.breaker.benchmarks.annotated;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application whose bean uses Resilience4j's {@code @CircuitBreaker}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class Resilience4jAnnotatedApplication {

	@Bean
	Resilience4jAnnotatedService resilience4jAnnotatedService() {
		return new Resilience4jAnnotatedService();
	}

}
