package dev.breaker.spring.aop;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.StaticMethodMatcherPointcut;

/**
 * Matches the methods a {@code @CircuitBreaker} applies to, per {@link CircuitBreakerAttributeSource}.
 */
final class CircuitBreakerPointcut extends StaticMethodMatcherPointcut {

	private final CircuitBreakerAttributeSource attributeSource;

	CircuitBreakerPointcut(CircuitBreakerAttributeSource attributeSource) {
		this.attributeSource = attributeSource;
		setClassFilter(attributeSource::isCandidateClass);
	}

	@Override
	public boolean matches(Method method, @Nullable Class<?> targetClass) {
		return this.attributeSource.find(method, targetClass) != null;
	}

}
