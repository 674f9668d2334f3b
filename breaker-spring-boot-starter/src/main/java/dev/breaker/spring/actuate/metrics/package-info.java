/**
 * Micrometer meters of every circuit breaker in the registry.
 */
@NullMarked
package dev.breaker.spring.actuate.metrics;

import org.jspecify.annotations.NullMarked;
