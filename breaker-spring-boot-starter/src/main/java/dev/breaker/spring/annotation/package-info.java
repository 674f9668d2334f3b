/**
 * The {@link dev.breaker.spring.annotation.CircuitBreaker @CircuitBreaker} annotation that runs bean methods through
 * a named circuit breaker.
 */
@NullMarked
package dev.breaker.spring.annotation;

import org.jspecify.annotations.NullMarked;
