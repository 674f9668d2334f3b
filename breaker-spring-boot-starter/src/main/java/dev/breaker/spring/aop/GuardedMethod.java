package dev.breaker.spring.aop;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.spring.fallback.FallbackMethod;
import dev.breaker.spring.fallback.FallbackMethods;

/**
 * One protected method of one bean class, with the breaker and fallbacks resolved once: the operations the call
 * styles (blocking, {@code CompletionStage}, Reactor) share. Every outcome is reported with the permit that admitted
 * the call, so it is attributed to the state that admitted it. This class is thread-safe.
 */
final class GuardedMethod {

	private final CircuitBreaker breaker;

	private final FallbackMethods fallbacks;

	private final CallStyle style;

	GuardedMethod(CircuitBreaker breaker, FallbackMethods fallbacks, CallStyle style) {
		this.breaker = breaker;
		this.fallbacks = fallbacks;
		this.style = style;
	}

	CallStyle style() {
		return this.style;
	}

	/**
	 * Asks the breaker for a permit.
	 * @return the permit, or {@link CircuitBreaker#NO_PERMIT}
	 */
	long acquirePermit() {
		return this.breaker.acquirePermit();
	}

	CallNotPermittedException refusal() {
		return this.breaker.newCallNotPermittedException();
	}

	long now() {
		return config().getTicker().nanoTime();
	}

	void onResult(long permit, long startNanos, @Nullable Object result) {
		this.breaker.onResult(permit, now() - startNanos, result);
	}

	void onSuccess(long permit, long startNanos) {
		this.breaker.onSuccess(permit, now() - startNanos);
	}

	void release(long permit) {
		this.breaker.releasePermit(permit);
	}

	/**
	 * Reports a failed call and tells whether a fallback may answer for it.
	 * @param permit the call's permit
	 * @param startNanos when the call started
	 * @param error what the call threw
	 * @return whether the breaker records {@code error} as a failure (ignored exceptions, and exceptions counted as
	 * successes, propagate untouched)
	 * @throws RuntimeException if a configured record-exception predicate threw: it propagates, with {@code error}
	 * attached as suppressed, so a broken predicate never goes unnoticed
	 */
	boolean recordFailure(long permit, long startNanos, Throwable error) {
		try {
			this.breaker.onError(permit, now() - startNanos, error);
			return config().isRecordedFailure(error);
		}
		catch (RuntimeException predicateFailure) {
			throw (RuntimeException) FallbackMethod.withSuppressed(predicateFailure, error);
		}
	}

	/**
	 * Returns the fallback for a recorded failure or a refusal.
	 * @param failure what the call threw, or the refusal
	 * @return the fallback, or {@code null} if none handles it
	 */
	@Nullable FallbackMethod fallbackFor(Throwable failure) {
		return this.fallbacks.find(failure);
	}

	/**
	 * Answers a failed or refused blocking call: with the fallback's result, or by throwing.
	 * @param target the bean
	 * @param arguments the call's arguments
	 * @param failure what the call threw, or the refusal
	 * @return the fallback's result
	 * @throws Throwable {@code failure} if no fallback handles it, or what the fallback threw
	 */
	@Nullable Object fallbackOrThrow(@Nullable Object target, @Nullable Object[] arguments, Throwable failure)
			throws Throwable {
		FallbackMethod fallback = fallbackFor(failure);
		if (fallback == null) {
			throw failure;
		}
		return fallback.invoke(target, arguments, failure);
	}

	private CircuitBreakerConfig config() {
		return this.breaker.getConfig();
	}

	/**
	 * Returns the exception an asynchronous call failed with, without the wrappers the stage machinery adds.
	 * @param error the exception a stage completed with
	 * @return its cause if it is a {@link CompletionException} or {@link ExecutionException} with a cause
	 */
	static Throwable unwrap(Throwable error) {
		Throwable current = error;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

}
