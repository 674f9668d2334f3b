package dev.breaker.benchmarks.annotated;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application whose bean uses breaker's {@code @CircuitBreaker}.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BreakerAnnotatedApplication {

	@Bean
	BreakerAnnotatedService breakerAnnotatedService() {
		return new BreakerAnnotatedService();
	}

}
