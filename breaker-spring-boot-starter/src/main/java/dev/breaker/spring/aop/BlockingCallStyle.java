package dev.breaker.spring.aop;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import dev.breaker.core.CircuitBreaker;

/**
 * Methods that return a plain value or {@code void}: the outcome is recorded when the method returns or throws.
 */
final class BlockingCallStyle implements CallStyle {

	@Override
	public boolean supports(Class<?> returnType) {
		return true;
	}

	@Override
	public @Nullable Object invoke(GuardedMethod method, MethodInvocation invocation) throws Throwable {
		long permit = method.acquirePermit();
		if (permit == CircuitBreaker.NO_PERMIT) {
			return method.fallbackOrThrow(invocation.getThis(), invocation.getArguments(), method.refusal());
		}
		long start = method.now();
		Object result;
		try {
			result = invocation.proceed();
		}
		catch (Throwable ex) {
			if (method.recordFailure(permit, start, ex)) {
				return method.fallbackOrThrow(invocation.getThis(), invocation.getArguments(), ex);
			}
			throw ex;
		}
		method.onResult(permit, start, result);
		return result;
	}

}
