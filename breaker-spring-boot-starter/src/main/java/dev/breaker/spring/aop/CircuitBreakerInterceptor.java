package dev.breaker.spring.aop;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.fallback.FallbackMethodResolver;
import dev.breaker.spring.fallback.FallbackMethods;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
import org.springframework.util.ClassUtils;

/**
 * Runs calls of {@code @CircuitBreaker} methods through their named breaker of the {@link CircuitBreakerRegistry},
 * answering failures and refusals with the fallback methods. The breaker, the fallbacks and the call style
 * (blocking, {@code CompletionStage}, Reactor) are resolved at a method's first call and cached. This class is
 * thread-safe.
 */
public final class CircuitBreakerInterceptor implements MethodInterceptor {

	private static final boolean REACTOR_PRESENT = ClassUtils.isPresent("reactor.core.publisher.Mono",
			CircuitBreakerInterceptor.class.getClassLoader());

	private final Supplier<CircuitBreakerRegistry> registry;

	private final CircuitBreakerAttributeSource attributeSource;

	private final FallbackMethodResolver fallbackResolver;

	private final List<CallStyle> callStyles;

	private final Map<MethodClassKey, Optional<GuardedMethod>> guardedMethods = new ConcurrentHashMap<>();

	/**
	 * Creates an interceptor.
	 * @param registry supplies the registry at the first call (so it is not created while post-processors are)
	 */
	public CircuitBreakerInterceptor(Supplier<CircuitBreakerRegistry> registry) {
		this(registry, new CircuitBreakerAttributeSource(), new FallbackMethodResolver());
	}

	CircuitBreakerInterceptor(Supplier<CircuitBreakerRegistry> registry, CircuitBreakerAttributeSource attributeSource,
			FallbackMethodResolver fallbackResolver) {
		this.registry = registry;
		this.attributeSource = attributeSource;
		this.fallbackResolver = fallbackResolver;
		List<CallStyle> styles = new ArrayList<>();
		styles.add(new CompletionStageCallStyle());
		if (REACTOR_PRESENT) {
			styles.add(ReactorSupport.callStyle());
		}
		styles.add(new BlockingCallStyle());
		this.callStyles = List.copyOf(styles);
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target) : null;
		Method method = invocation.getMethod();
		MethodClassKey key = new MethodClassKey(method, targetClass);
		Optional<GuardedMethod> cached = this.guardedMethods.get(key);
		if (cached == null) {
			// not computeIfAbsent: creating a breaker notifies registry listeners, which may call protected methods
			cached = guard(method, targetClass);
			Optional<GuardedMethod> raced = this.guardedMethods.putIfAbsent(key, cached);
			cached = (raced != null) ? raced : cached;
		}
		GuardedMethod guarded = cached.orElse(null);
		return (guarded != null) ? guarded.style().invoke(guarded, invocation) : invocation.proceed();
	}

	private Optional<GuardedMethod> guard(Method method, @Nullable Class<?> targetClass) {
		CircuitBreakerAttribute attribute = this.attributeSource.find(method, targetClass);
		if (attribute == null) {
			return Optional.empty();
		}
		Class<?> userClass = ClassUtils.getUserClass((targetClass != null) ? targetClass : method.getDeclaringClass());
		Method specific = AopUtils.getMostSpecificMethod(method, userClass);
		FallbackMethods fallbacks = this.fallbackResolver.resolve(specific, userClass, attribute.fallbackMethod());
		CallStyle style = this.callStyles.stream()
			.filter((candidate) -> candidate.supports(specific.getReturnType()))
			.findFirst()
			.orElseThrow();
		return Optional.of(new GuardedMethod(this.registry.get().circuitBreaker(attribute.name()), fallbacks, style));
	}

	CircuitBreakerAttributeSource getAttributeSource() {
		return this.attributeSource;
	}

	FallbackMethodResolver getFallbackResolver() {
		return this.fallbackResolver;
	}

	/**
	 * Keeps the reference to Reactor types out of the interceptor, so it loads without Reactor.
	 */
	private static final class ReactorSupport {

		static CallStyle callStyle() {
			return new ReactorCallStyle();
		}

	}

}
