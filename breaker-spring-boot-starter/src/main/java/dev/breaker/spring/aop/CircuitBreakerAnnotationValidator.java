package dev.breaker.spring.aop;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.breaker.spring.fallback.FallbackMethodResolver;
import dev.breaker.spring.fallback.InvalidFallbackMethodException;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Checks every bean class's {@code @CircuitBreaker} methods once all singletons exist, and stops the application if
 * one cannot work: a {@code fallbackMethod} that names no compatible method or several equally specific ones, or an
 * annotated method a proxy cannot intercept (private, final or static). The failure lists every problem found, each
 * naming the class and method (and for fallbacks the signatures that would match). Calls a bean makes to its own
 * methods bypass the proxy too, but cannot be detected.
 */
public final class CircuitBreakerAnnotationValidator implements SmartInitializingSingleton, BeanFactoryAware {

	private final CircuitBreakerAttributeSource attributeSource;

	private final FallbackMethodResolver fallbackResolver;

	private @Nullable ListableBeanFactory beanFactory;

	/**
	 * Creates a validator that resolves annotations and fallbacks as the post-processor does (sharing its caches).
	 * @param processor the post-processor that proxies the beans
	 */
	public CircuitBreakerAnnotationValidator(CircuitBreakerAnnotationBeanPostProcessor processor) {
		this.attributeSource = processor.getInterceptor().getAttributeSource();
		this.fallbackResolver = processor.getInterceptor().getFallbackResolver();
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		Assert.isInstanceOf(ListableBeanFactory.class, beanFactory);
		this.beanFactory = (ListableBeanFactory) beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Assert.state(this.beanFactory != null, "BeanFactory not set");
		Set<Class<?>> seen = new HashSet<>();
		List<String> problems = new ArrayList<>();
		for (String beanName : this.beanFactory.getBeanNamesForType(Object.class, true, false)) {
			Class<?> type = typeOf(beanName);
			if (type == null) {
				continue;
			}
			Class<?> userClass = ClassUtils.getUserClass(type);
			if (!userClass.isInterface() && seen.add(userClass) && this.attributeSource.isCandidateClass(userClass)) {
				problems.addAll(validate(userClass));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCircuitBreakerDeclarationException(problems);
		}
	}

	private @Nullable Class<?> typeOf(String beanName) {
		try {
			return this.beanFactory.getType(beanName, false);
		}
		catch (BeansException ex) {
			// a bean whose type cannot be determined without creating it cannot be checked here; creating it
			// reports its own problem
			return null;
		}
	}

	/**
	 * Checks the protected methods of one class.
	 * @param type the bean class
	 * @return a description of each problem, empty if there is none
	 */
	List<String> validate(Class<?> type) {
		List<String> problems = new ArrayList<>();
		Set<Method> checked = new HashSet<>();
		ReflectionUtils.doWithMethods(type, (method) -> {
			CircuitBreakerAttribute attribute = this.attributeSource.find(method, type);
			Method specific = AopUtils.getMostSpecificMethod(method, type);
			if (attribute == null || !checked.add(specific)) {
				return;
			}
			String where = "@CircuitBreaker(name = \"" + attribute.name() + "\") on " + type.getName() + "."
					+ specific.getName() + "(" + parameterList(specific) + ")";
			int modifiers = specific.getModifiers();
			if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
				problems.add(where + " cannot work: the method is " + Modifier.toString(modifiers
						& (Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL))
						+ ", and a Spring proxy cannot intercept private, final or static methods. Make it a non-final"
						+ " instance method that is not private"
						+ (attribute.declaredOnMethod() ? "." : ", or annotate the methods to protect one by one."));
				return;
			}
			try {
				this.fallbackResolver.resolve(specific, type, attribute.fallbackMethod());
			}
			catch (InvalidFallbackMethodException ex) {
				problems.add(where + " has an invalid fallbackMethod \"" + attribute.fallbackMethod() + "\". "
						+ ex.getMessage());
			}
		}, (method) -> method.getDeclaringClass() != Object.class && !method.isBridge() && !method.isSynthetic());
		return problems;
	}

	private static String parameterList(Method method) {
		StringBuilder parameters = new StringBuilder();
		for (Class<?> parameterType : method.getParameterTypes()) {
			parameters.append((parameters.length() > 0) ? ", " : "").append(parameterType.getSimpleName());
		}
		return parameters.toString();
	}

}
