/**
 * Finding, validating and invoking the fallback methods named by
 * {@link dev.breaker.spring.annotation.CircuitBreaker#fallbackMethod()}.
 */
@NullMarked
package dev.breaker.spring.fallback;

import org.jspecify.annotations.NullMarked;
