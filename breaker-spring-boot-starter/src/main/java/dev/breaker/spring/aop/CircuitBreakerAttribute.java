package dev.breaker.spring.aop;

/**
 * The effective {@code @CircuitBreaker} of one method.
 *
 * @param name the breaker's name
 * @param fallbackMethod the fallback methods' name, empty for none
 * @param declaredOnMethod whether the annotation is the method's own (rather than its class's)
 */
record CircuitBreakerAttribute(String name, String fallbackMethod, boolean declaredOnMethod) {

}
