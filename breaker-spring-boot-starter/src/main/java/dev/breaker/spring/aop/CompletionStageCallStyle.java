package dev.breaker.spring.aop;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.spring.fallback.FallbackMethod;

/**
 * Methods that return a {@link CompletionStage} or {@link CompletableFuture}: permission is taken when the method is
 * called, the outcome is recorded when its stage completes, and the caller gets a {@link CompletableFuture} that
 * completes after that (with the fallback's stage on a recorded failure). A refusal, or an exception the method
 * throws instead of returning a stage, becomes a failed stage. Cancelling the returned future gives the permit back
 * (without recording an outcome) and cancels the method's future.
 */
final class CompletionStageCallStyle implements CallStyle {

	@Override
	public boolean supports(Class<?> returnType) {
		return CompletionStage.class.isAssignableFrom(returnType)
				&& returnType.isAssignableFrom(CompletableFuture.class);
	}

	@Override
	public @Nullable Object invoke(GuardedMethod method, MethodInvocation invocation) {
		Object target = invocation.getThis();
		@Nullable Object[] arguments = invocation.getArguments();
		long permit = method.acquirePermit();
		if (permit == CircuitBreaker.NO_PERMIT) {
			return fallbackOrFailed(method, target, arguments, method.refusal());
		}
		long start = method.now();
		CompletionStage<?> stage;
		try {
			stage = (CompletionStage<?>) invocation.proceed();
		}
		catch (Throwable ex) {
			return failed(method, permit, start, target, arguments, ex);
		}
		if (stage == null) {
			method.release(permit);
			return null;
		}
		CompletableFuture<Object> result = new CompletableFuture<>();
		AtomicBoolean reported = new AtomicBoolean();
		stage.whenComplete((value, error) -> {
			if (!reported.compareAndSet(false, true)) {
				return;
			}
			if (error == null) {
				try {
					method.onResult(permit, start, value);
					result.complete(value);
				}
				catch (Throwable ex) {
					result.completeExceptionally(ex);
				}
				return;
			}
			Throwable failure = GuardedMethod.unwrap(error);
			if (failure instanceof CancellationException) {
				method.release(permit);
				result.completeExceptionally(failure);
				return;
			}
			pipe(failed(method, permit, start, target, arguments, failure), result);
		});
		result.whenComplete((value, error) -> {
			if (error instanceof CancellationException && reported.compareAndSet(false, true)) {
				method.release(permit);
				if (stage instanceof Future<?> future) {
					future.cancel(false);
				}
			}
		});
		return result;
	}

	private static CompletionStage<?> failed(GuardedMethod method, long permit, long start, @Nullable Object target,
			@Nullable Object[] arguments, Throwable failure) {
		try {
			return method.recordFailure(permit, start, failure) ? fallbackOrFailed(method, target, arguments, failure)
					: CompletableFuture.failedFuture(failure);
		}
		catch (Throwable ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static CompletionStage<?> fallbackOrFailed(GuardedMethod method, @Nullable Object target,
			@Nullable Object[] arguments, Throwable failure) {
		FallbackMethod fallback = method.fallbackFor(failure);
		if (fallback == null) {
			return CompletableFuture.failedFuture(failure);
		}
		try {
			CompletionStage<?> stage = (CompletionStage<?>) fallback.invoke(target, arguments, failure);
			if (stage == null) {
				return CompletableFuture.failedFuture(FallbackMethod.withSuppressed(
						new IllegalStateException("Fallback method " + fallback + " returned null"), failure));
			}
			CompletableFuture<Object> result = new CompletableFuture<>();
			stage.whenComplete((value, error) -> {
				if (error == null) {
					result.complete(value);
				}
				else {
					result.completeExceptionally(FallbackMethod.withSuppressed(GuardedMethod.unwrap(error), failure));
				}
			});
			return result;
		}
		catch (Throwable ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static void pipe(CompletionStage<?> source, CompletableFuture<Object> target) {
		source.whenComplete((value, error) -> {
			if (error == null) {
				target.complete(value);
			}
			else {
				target.completeExceptionally(GuardedMethod.unwrap(error));
			}
		});
	}

}
