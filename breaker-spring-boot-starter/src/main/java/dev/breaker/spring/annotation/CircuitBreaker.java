package dev.breaker.spring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs calls of a Spring bean's method through the circuit breaker of the {@code CircuitBreakerRegistry} bean with
 * the given {@link #name()}. A name that has no configuration of its own gets {@code breaker.configs.default}.
 *
 * <p>On a method, it protects that method. On a class, it protects every public method the class declares or
 * inherits (not those of {@link Object}); a method's own annotation wins over its class's. The method is called
 * through a Spring proxy, so the annotation has no effect on private, final or static methods (the application fails
 * to start if it finds one), nor on calls a bean makes to its own methods ({@code this.charge(...)}): those never go
 * through the proxy.
 *
 * <h2>Return types</h2>
 * <ul>
 * <li>Plain values and {@code void}: the outcome is recorded when the method returns or throws; a refusal throws
 * {@code dev.breaker.core.CallNotPermittedException}.</li>
 * <li>{@code CompletionStage} and {@code CompletableFuture}: permission is taken when the method is called and the
 * outcome is recorded when the returned stage completes; a refusal returns a stage failed with
 * {@code CallNotPermittedException} (the method does not run). Cancelling the returned future gives the permit back
 * without recording an outcome.</li>
 * <li>Reactor {@code Mono} and {@code Flux} (when Reactor is on the classpath): permission is taken at each
 * subscription, the outcome is recorded on completion or error, and a cancellation gives the permit back; a refusal
 * is an error signal.</li>
 * </ul>
 *
 * <h2>Fallback methods</h2>
 * {@link #fallbackMethod()} names methods of the bean's class or its superclasses, of any visibility, that answer
 * instead of the protected method when a call fails or is refused. A candidate:
 * <ul>
 * <li>has the protected method's parameter types, in the same order, optionally followed by one parameter of a
 * {@link Throwable} type: the exception it handles;</li>
 * <li>returns a type assignable to the protected method's return type; for a {@code CompletionStage},
 * {@code CompletableFuture}, {@code Mono} or {@code Flux} method, that means the same wrapper (a {@code Mono} method
 * needs a {@code Mono} fallback).</li>
 * </ul>
 * When a call throws an exception the breaker records as a failure, or is refused with
 * {@code CallNotPermittedException}, the candidate whose exception parameter is the most specific supertype of the
 * exception runs with the call's arguments and the exception; a candidate without an exception parameter handles
 * any exception, after all others. If no candidate handles the exception, it propagates. Exceptions the breaker does
 * not record as failures (its {@code ignoreExceptions}, or exceptions outside its {@code recordExceptions}) always
 * propagate without a fallback. If the fallback itself throws, its exception propagates with the call's exception
 * attached as suppressed.
 *
 * <p>Fallbacks are checked at start-up: a name that matches no compatible method, or two candidates handling the same
 * exception type, stop the application with a message listing the signatures that would match.
 *
 * <pre class="code">
 * &#064;CircuitBreaker(name = "payment", fallbackMethod = "deferPayment")
 * public PaymentResult charge(String orderId, BigDecimal amount) { ... }
 *
 * private PaymentResult deferPayment(String orderId, BigDecimal amount, CallNotPermittedException ex) { ... }
 * private PaymentResult deferPayment(String orderId, BigDecimal amount, Exception ex) { ... }
 * </pre>
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CircuitBreaker {

	/**
	 * The name of the circuit breaker in the {@code CircuitBreakerRegistry}; also its key under
	 * {@code breaker.instances}.
	 * @return the breaker's name
	 */
	String name();

	/**
	 * The name of the fallback methods, or empty for none. See the type documentation for the signature rules.
	 * @return the fallback methods' name
	 */
	String fallbackMethod() default "";

}
