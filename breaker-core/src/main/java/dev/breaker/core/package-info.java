/**
 * The circuit breaker: a state machine that stops calls to a dependency that keeps failing.
 *
 * <p>A {@link dev.breaker.core.CircuitBreaker} starts {@code CLOSED} and records the outcome of every call in a sliding
 * window. When the failure rate or the slow-call rate over the window reaches its threshold (once the window holds
 * {@link dev.breaker.core.CircuitBreakerConfig#getMinimumNumberOfCalls() enough calls}), or when
 * {@link dev.breaker.core.CircuitBreakerConfig#getConsecutiveFailureThreshold() enough calls fail in a row}, it
 * opens: calls are refused with a {@link dev.breaker.core.CallNotPermittedException} without running. Once the open
 * wait has elapsed it is {@code HALF_OPEN}: a fixed number of trial calls go through; if they all succeed it closes,
 * the first that fails or is slow opens it again. Time comes only from the configured {@link dev.breaker.core.Ticker};
 * there is no timer thread: the state advances when it is read or when a call arrives.
 *
 * <p>Everything in this package is public API. Types under {@code dev.breaker.core.internal} are not.
 */
@NullMarked
package dev.breaker.core;

import org.jspecify.annotations.NullMarked;
