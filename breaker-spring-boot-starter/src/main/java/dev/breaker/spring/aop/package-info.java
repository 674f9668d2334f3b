/**
 * The proxy machinery behind {@link dev.breaker.spring.annotation.CircuitBreaker @CircuitBreaker}: the bean
 * post-processor, the method interceptor and the start-up validation.
 */
@NullMarked
package dev.breaker.spring.aop;

import org.jspecify.annotations.NullMarked;
