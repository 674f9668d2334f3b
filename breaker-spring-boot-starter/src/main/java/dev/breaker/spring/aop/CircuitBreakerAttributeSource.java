package dev.breaker.spring.aop;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import dev.breaker.spring.annotation.CircuitBreaker;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;
import org.springframework.core.MethodClassKey;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link CircuitBreaker @CircuitBreaker} that applies to a method: its own (also when declared on the
 * method it overrides or implements), else its class's for public, non-static methods other than {@code equals},
 * {@code hashCode}, {@code toString} and those of {@link Object}. The only class that imports the annotation.
 * Results are cached. This class is thread-safe.
 */
final class CircuitBreakerAttributeSource {

	private final Map<MethodClassKey, Optional<CircuitBreakerAttribute>> cache = new ConcurrentHashMap<>();

	boolean isCandidateClass(Class<?> type) {
		return AnnotationUtils.isCandidateClass(type, CircuitBreaker.class);
	}

	/**
	 * Returns the annotation that applies to a method called on an instance of a class.
	 * @param method the method, possibly declared by an interface or superclass
	 * @param targetClass the class of the bean, or {@code null} if unknown
	 * @return the effective attribute, or {@code null} if the method is not protected
	 */
	@Nullable CircuitBreakerAttribute find(Method method, @Nullable Class<?> targetClass) {
		return this.cache.computeIfAbsent(new MethodClassKey(method, targetClass),
				(key) -> Optional.ofNullable(compute(method, targetClass)))
			.orElse(null);
	}

	private @Nullable CircuitBreakerAttribute compute(Method method, @Nullable Class<?> targetClass) {
		if (method.getDeclaringClass() == Object.class) {
			return null;
		}
		Class<?> userClass = (targetClass != null) ? ClassUtils.getUserClass(targetClass) : method.getDeclaringClass();
		Method specific = BridgeMethodResolver.findBridgedMethod(AopUtils.getMostSpecificMethod(method, userClass));
		CircuitBreaker own = AnnotatedElementUtils.findMergedAnnotation(specific, CircuitBreaker.class);
		if (own == null && specific != method) {
			own = AnnotatedElementUtils.findMergedAnnotation(method, CircuitBreaker.class);
		}
		if (own != null) {
			return new CircuitBreakerAttribute(own.name(), own.fallbackMethod(), true);
		}
		if (!Modifier.isPublic(specific.getModifiers()) || Modifier.isStatic(specific.getModifiers())
				|| AopUtils.isEqualsMethod(specific) || AopUtils.isHashCodeMethod(specific)
				|| AopUtils.isToStringMethod(specific)) {
			return null;
		}
		CircuitBreaker onClass = AnnotatedElementUtils.findMergedAnnotation(userClass, CircuitBreaker.class);
		return (onClass != null) ? new CircuitBreakerAttribute(onClass.name(), onClass.fallbackMethod(), false) : null;
	}

}
