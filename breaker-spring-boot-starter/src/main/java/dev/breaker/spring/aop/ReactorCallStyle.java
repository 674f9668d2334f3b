package dev.breaker.spring.aop;

import java.util.concurrent.atomic.AtomicBoolean;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.spring.fallback.FallbackMethod;

/**
 * Methods that return a Reactor {@link Mono} or {@link Flux}. The method is called (and its publisher assembled) as
 * usual; each subscription then asks the breaker for a permit, records the outcome on completion or error, and gives
 * the permit back on cancellation. A refusal is an error signal, or the fallback's publisher. Loaded only when
 * Reactor is on the classpath.
 */
final class ReactorCallStyle implements CallStyle {

	@Override
	public boolean supports(Class<?> returnType) {
		return Mono.class.isAssignableFrom(returnType) || Flux.class.isAssignableFrom(returnType);
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable Object invoke(GuardedMethod method, MethodInvocation invocation) throws Throwable {
		Object target = invocation.getThis();
		@Nullable Object[] arguments = invocation.getArguments();
		Object publisher = invocation.proceed();
		if (publisher instanceof Mono<?> mono) {
			return Mono.defer(() -> guardMono(method, (Mono<Object>) mono, target, arguments));
		}
		if (publisher instanceof Flux<?> flux) {
			return Flux.defer(() -> guardFlux(method, (Flux<Object>) flux, target, arguments));
		}
		return publisher;
	}

	private static Mono<Object> guardMono(GuardedMethod method, Mono<Object> source, @Nullable Object target,
			@Nullable Object[] arguments) {
		long permit = method.acquirePermit();
		if (permit == CircuitBreaker.NO_PERMIT) {
			return Mono.from(fallbackOrError(method, target, arguments, method.refusal()));
		}
		long start = method.now();
		AtomicBoolean reported = new AtomicBoolean();
		return source.doOnCancel(() -> {
			if (reported.compareAndSet(false, true)) {
				method.release(permit);
			}
		}).doOnSuccess((value) -> {
			if (reported.compareAndSet(false, true)) {
				method.onResult(permit, start, value);
			}
		}).onErrorResume((error) -> Mono.from(onError(method, permit, start, reported, target, arguments, error)));
	}

	private static Flux<Object> guardFlux(GuardedMethod method, Flux<Object> source, @Nullable Object target,
			@Nullable Object[] arguments) {
		long permit = method.acquirePermit();
		if (permit == CircuitBreaker.NO_PERMIT) {
			return Flux.from(fallbackOrError(method, target, arguments, method.refusal()));
		}
		long start = method.now();
		AtomicBoolean reported = new AtomicBoolean();
		return source.doOnCancel(() -> {
			if (reported.compareAndSet(false, true)) {
				method.release(permit);
			}
		}).doOnComplete(() -> {
			if (reported.compareAndSet(false, true)) {
				method.onSuccess(permit, start);
			}
		}).onErrorResume((error) -> Flux.from(onError(method, permit, start, reported, target, arguments, error)));
	}

	private static Publisher<Object> onError(GuardedMethod method, long permit, long start, AtomicBoolean reported,
			@Nullable Object target, @Nullable Object[] arguments, Throwable error) {
		if (!reported.compareAndSet(false, true)) {
			// raised after the outcome was reported (for example by a record-result predicate): not the call's
			return Mono.error(error);
		}
		if (method.recordFailure(permit, start, error)) {
			return fallbackOrError(method, target, arguments, error);
		}
		return Mono.error(error);
	}

	private static Publisher<Object> fallbackOrError(GuardedMethod method, @Nullable Object target,
			@Nullable Object[] arguments, Throwable failure) {
		FallbackMethod fallback = method.fallbackFor(failure);
		if (fallback == null) {
			return Mono.error(failure);
		}
		Object publisher;
		try {
			publisher = fallback.invoke(target, arguments, failure);
		}
		catch (Throwable ex) {
			return Mono.error(ex);
		}
		if (publisher == null) {
			return Mono.error(FallbackMethod.withSuppressed(
					new IllegalStateException("Fallback method " + fallback + " returned null"), failure));
		}
		@SuppressWarnings("unchecked")
		Publisher<Object> answer = (Publisher<Object>) publisher;
		return Flux.from(answer)
			.onErrorMap((error) -> FallbackMethod.withSuppressed(error, failure));
	}

}
