package dev.breaker.spring.aop;

import java.util.function.IntSupplier;

import org.aopalliance.aop.Advice;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.util.function.SingletonSupplier;

/**
 * Pairs the {@link CircuitBreakerPointcut} with the {@link CircuitBreakerInterceptor}. Its order is read once, when
 * first needed (after every post-processor exists), so the properties that hold it are not created early.
 */
final class CircuitBreakerAdvisor extends AbstractPointcutAdvisor {

	private static final long serialVersionUID = 1L;

	private final transient CircuitBreakerPointcut pointcut;

	private final transient CircuitBreakerInterceptor interceptor;

	private final transient SingletonSupplier<Integer> order;

	CircuitBreakerAdvisor(CircuitBreakerPointcut pointcut, CircuitBreakerInterceptor interceptor, IntSupplier order) {
		this.pointcut = pointcut;
		this.interceptor = interceptor;
		this.order = SingletonSupplier.of(order::getAsInt);
	}

	@Override
	public Pointcut getPointcut() {
		return this.pointcut;
	}

	@Override
	public Advice getAdvice() {
		return this.interceptor;
	}

	@Override
	public int getOrder() {
		return this.order.obtain();
	}

	CircuitBreakerInterceptor getInterceptor() {
		return this.interceptor;
	}

}
