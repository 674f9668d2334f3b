package dev.breaker.spring.aop;

import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

/**
 * How a protected method delivers its outcome (by returning, through a {@code CompletionStage}, through a Reactor
 * publisher), and so when permission is taken and the outcome recorded.
 */
interface CallStyle {

	/**
	 * Returns whether this style handles methods with the given return type.
	 * @param returnType the method's declared return type
	 * @return whether it applies
	 */
	boolean supports(Class<?> returnType);

	/**
	 * Runs one call through the breaker.
	 * @param method the protected method's breaker and fallbacks
	 * @param invocation the call
	 * @return what the proxy returns to the caller
	 * @throws Throwable what the proxy throws to the caller
	 */
	@Nullable Object invoke(GuardedMethod method, MethodInvocation invocation) throws Throwable;

}
