/**
 * Auto-configuration of breaker: the {@code breaker.*} properties, the {@link dev.breaker.core.CircuitBreakerRegistry}
 * bean built from them, and their validation at start-up.
 */
@NullMarked
package dev.breaker.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
