/**
 * The live circuit-breaker dashboard: a static page served by the application at {@code /breaker-dashboard} when
 * {@code breaker.dashboard.enabled=true}, reading the application's own {@code circuitbreakers} actuator endpoint.
 */
@NullMarked
package dev.breaker.spring.dashboard;

import org.jspecify.annotations.NullMarked;
