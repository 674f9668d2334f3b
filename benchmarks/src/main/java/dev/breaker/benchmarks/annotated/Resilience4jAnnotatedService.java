package dev.breaker.benchmarks.annotated;

import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;

/**
 * A bean method protected by Resilience4j's annotation, with a fallback method; the same shape as
 * {@link BreakerAnnotatedService}.
 */
public class Resilience4jAnnotatedService {

	@CircuitBreaker(name = AnnotatedApplications.BREAKER_NAME, fallbackMethod = "fallback")
	public String call() {
		return "result";
	}

	String fallback(Throwable failure) {
		return "fallback";
	}

}
