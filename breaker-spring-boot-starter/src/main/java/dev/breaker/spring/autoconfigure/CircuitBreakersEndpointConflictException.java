package dev.breaker.spring.autoconfigure;

/**
 * Thrown at start-up when another actuator endpoint, typically Resilience4j's, has the id {@code circuitbreakers}
 * that breaker's endpoint uses. Its message says which bean conflicts and how to keep one of the two; the
 * {@link CircuitBreakersEndpointConflictFailureAnalyzer} renders it as a start-up report. Instances are immutable.
 */
public class CircuitBreakersEndpointConflictException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	static final String RESILIENCE4J_PACKAGE = "io.github.resilience4j.";

	private final String beanName;

	private final String beanType;

	/**
	 * Creates an exception for a conflicting endpoint bean.
	 * @param beanName the conflicting bean's name
	 * @param beanType the conflicting bean's class name
	 */
	public CircuitBreakersEndpointConflictException(String beanName, String beanType) {
		super(description(beanName, beanType) + "\n" + action(beanType));
		this.beanName = beanName;
		this.beanType = beanType;
	}

	/**
	 * Returns the conflicting bean's name.
	 * @return the bean name
	 */
	public String getBeanName() {
		return this.beanName;
	}

	/**
	 * Returns the conflicting bean's class name.
	 * @return the class name
	 */
	public String getBeanType() {
		return this.beanType;
	}

	static String description(String beanName, String beanType) {
		String owner = beanType.startsWith(RESILIENCE4J_PACKAGE) ? "Resilience4j's Spring Boot module" : "another library";
		return "Two actuator endpoints have the id 'circuitbreakers': breaker's "
				+ "(dev.breaker.spring.actuate.endpoint.CircuitBreakersEndpoint) and bean '" + beanName + "' of type "
				+ beanType + " from " + owner + ". Spring Boot cannot expose both.";
	}

	static String action(String beanType) {
		String keepOurs = beanType.startsWith(RESILIENCE4J_PACKAGE)
				? "remove the resilience4j-spring-boot dependency, or exclude the Resilience4j auto-configuration that "
						+ "registers the endpoint (spring.autoconfigure.exclude=" + resilience4jAutoConfiguration(beanType)
						+ "); Resilience4j has no switch for its endpoint alone"
				: "remove the bean '" + beanType + "'";
		return "Keep one of the two endpoints:\n"
				+ "\t- to keep the other one, switch breaker's endpoint off: spring.autoconfigure.exclude="
				+ "dev.breaker.spring.autoconfigure.BreakerEndpointAutoConfiguration\n" + "\t- to keep breaker's, "
				+ keepOurs + "\n" + "\t- or expose neither: management.endpoint.circuitbreakers.access=none";
	}

	private static String resilience4jAutoConfiguration(String endpointType) {
		// io.github.resilience4j.springboot3.circuitbreaker.monitoring.endpoint.CircuitBreakerEndpoint is declared
		// by io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration
		int module = endpointType.indexOf(".circuitbreaker.");
		return (module < 0) ? "its CircuitBreakerAutoConfiguration"
				: endpointType.substring(0, module) + ".circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration";
	}

}
