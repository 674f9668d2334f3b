package dev.breaker.spring.aop;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.fallback.FallbackMethodResolver;

import org.springframework.aop.Advisor;
import org.springframework.aop.framework.AdvisedSupport;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.AopInfrastructureBean;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.Ordered;

/**
 * Proxies beans with {@code @CircuitBreaker} methods so their calls run through the {@link CircuitBreakerInterceptor}.
 *
 * <h2>Where the breaker sits among other advice</h2>
 * This post-processor runs after the others ({@link Ordered#LOWEST_PRECEDENCE}), so it adds its advisor to an
 * existing proxy rather than proxying twice. In that proxy the breaker's advisor goes before the first advisor whose
 * order is greater than the breaker's {@linkplain #CircuitBreakerAnnotationBeanPostProcessor(Supplier, IntSupplier)
 * advice order} (so a lower order runs further outside), with one exception: Spring Framework 7's
 * {@code @Retryable} and {@code @ConcurrencyLimit} advisors always stay outside the breaker, so each retry attempt is
 * one call the breaker sees. Spring's {@code @Async} also puts itself outside.
 */
public class CircuitBreakerAnnotationBeanPostProcessor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

	private static final long serialVersionUID = 1L;

	private static final String SPRING_RESILIENCE_PACKAGE = "org.springframework.resilience.";

	private final transient CircuitBreakerAdvisor breakerAdvisor;

	/**
	 * Creates a post-processor.
	 * @param registry supplies the registry at the first call of a protected method
	 * @param order supplies the breaker's advice order, read when the first bean is proxied
	 */
	public CircuitBreakerAnnotationBeanPostProcessor(Supplier<CircuitBreakerRegistry> registry, IntSupplier order) {
		CircuitBreakerAttributeSource attributeSource = new CircuitBreakerAttributeSource();
		this.breakerAdvisor = new CircuitBreakerAdvisor(new CircuitBreakerPointcut(attributeSource),
				new CircuitBreakerInterceptor(registry, attributeSource, new FallbackMethodResolver()), order);
		this.advisor = this.breakerAdvisor;
		setOrder(Ordered.LOWEST_PRECEDENCE);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof AopInfrastructureBean) && bean instanceof Advised advised && !advised.isFrozen()
				&& isEligible(AopUtils.getTargetClass(bean))) {
			advised.addAdvisor(insertionIndex(advised), this.breakerAdvisor);
			return bean;
		}
		return super.postProcessAfterInitialization(bean, beanName);
	}

	private int insertionIndex(Advised advised) {
		Advisor[] existing = advised.getAdvisors();
		int end = existing.length;
		if (advised.getTargetSource() == AdvisedSupport.EMPTY_TARGET_SOURCE && end > 0) {
			end--; // a proxy without target: its last advisor answers the call
		}
		int start = 0;
		for (int i = 0; i < end; i++) {
			if (existing[i].getAdvice().getClass().getName().startsWith(SPRING_RESILIENCE_PACKAGE)) {
				start = i + 1;
			}
		}
		int order = this.breakerAdvisor.getOrder();
		for (int i = start; i < end; i++) {
			if (orderOf(existing[i]) > order) {
				return i;
			}
		}
		return end;
	}

	private static int orderOf(Advisor advisor) {
		return (advisor instanceof Ordered ordered) ? ordered.getOrder() : Ordered.LOWEST_PRECEDENCE;
	}

	CircuitBreakerInterceptor getInterceptor() {
		return this.breakerAdvisor.getInterceptor();
	}

}
