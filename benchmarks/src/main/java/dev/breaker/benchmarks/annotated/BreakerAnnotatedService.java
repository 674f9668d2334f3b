package dev.breaker.benchmarks.annotated;

import dev.breaker.spring.annotation.CircuitBreaker;

/**
 * A bean method protected by breaker's annotation, with a fallback method; the same shape as
 * {@link Resilience4jAnnotatedService}.
 */
public class BreakerAnnotatedService {

	@CircuitBreaker(name = AnnotatedApplications.BREAKER_NAME, fallbackMethod = "fallback")
	public String call() {
		return "result";
	}

	String fallback(Throwable failure) {
		return "fallback";
	}

}
