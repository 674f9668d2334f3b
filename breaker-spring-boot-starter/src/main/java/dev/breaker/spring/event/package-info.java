/**
 * Spring application events published for circuit breakers.
 */
@NullMarked
package dev.breaker.spring.event;

import org.jspecify.annotations.NullMarked;
