/**
 * The {@code circuitbreakers} actuator endpoint: every breaker's state and metrics, one breaker's configuration and
 * recent events, and manual transitions.
 */
@NullMarked
package dev.breaker.spring.actuate.endpoint;

import org.jspecify.annotations.NullMarked;
