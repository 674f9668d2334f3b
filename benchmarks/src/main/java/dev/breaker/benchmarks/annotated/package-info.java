/**
 * The two small Spring applications of the annotated scenario: the same bean shape, one with breaker's
 * {@code @CircuitBreaker}, one with Resilience4j's, each started in its own application context with only its own
 * library's auto-configuration.
 */
package dev.breaker.benchmarks.annotated;
