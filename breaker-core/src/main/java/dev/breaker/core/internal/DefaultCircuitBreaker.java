package dev.breaker.core.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerListener;

/**
 * Placeholder while the state machine is written: the public API compiles against it.
 */
public final class DefaultCircuitBreaker implements CircuitBreaker {

	private final String name;

	private final CircuitBreakerConfig config;

	public DefaultCircuitBreaker(String name, CircuitBreakerConfig config) {
		this.name = name;
		this.config = config;
	}

	@Override public String getName() { return this.name; }
	@Override public CircuitBreakerConfig getConfig() { return this.config; }
	@Override public State getState() { throw new UnsupportedOperationException(); }
	@Override public Metrics getMetrics() { throw new UnsupportedOperationException(); }
	@Override public <T> T execute(Supplier<T> supplier) { throw new UnsupportedOperationException(); }
	@Override public <T> T call(Callable<T> callable) { throw new UnsupportedOperationException(); }
	@Override public void run(Runnable runnable) { throw new UnsupportedOperationException(); }
	@Override public <T> CompletionStage<T> executeAsync(Supplier<? extends CompletionStage<T>> supplier) { throw new UnsupportedOperationException(); }
	@Override public boolean tryAcquirePermission() { throw new UnsupportedOperationException(); }
	@Override public void onSuccess(long durationNanos) { throw new UnsupportedOperationException(); }
	@Override public void onError(long durationNanos, Throwable error) { throw new UnsupportedOperationException(); }
	@Override public void onResult(long durationNanos, Object result) { throw new UnsupportedOperationException(); }
	@Override public void releasePermission() { throw new UnsupportedOperationException(); }
	@Override public long acquirePermit() { throw new UnsupportedOperationException(); }
	@Override public CallNotPermittedException newCallNotPermittedException() { throw new UnsupportedOperationException(); }
	@Override public void onSuccess(long permit, long durationNanos) { throw new UnsupportedOperationException(); }
	@Override public void onError(long permit, long durationNanos, Throwable error) { throw new UnsupportedOperationException(); }
	@Override public void onResult(long permit, long durationNanos, Object result) { throw new UnsupportedOperationException(); }
	@Override public void releasePermit(long permit) { throw new UnsupportedOperationException(); }
	@Override public void transitionToClosedState() { throw new UnsupportedOperationException(); }
	@Override public void transitionToOpenState() { throw new UnsupportedOperationException(); }
	@Override public void transitionToHalfOpenState() { throw new UnsupportedOperationException(); }
	@Override public void transitionToForcedOpenState() { throw new UnsupportedOperationException(); }
	@Override public void transitionToDisabledState() { throw new UnsupportedOperationException(); }
	@Override public void transitionToMetricsOnlyState() { throw new UnsupportedOperationException(); }
	@Override public void reset() { throw new UnsupportedOperationException(); }
	@Override public void addListener(CircuitBreakerListener listener) { throw new UnsupportedOperationException(); }
	@Override public boolean removeListener(CircuitBreakerListener listener) { throw new UnsupportedOperationException(); }
}
