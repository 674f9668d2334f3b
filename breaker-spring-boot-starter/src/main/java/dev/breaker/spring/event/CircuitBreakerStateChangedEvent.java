package dev.breaker.spring.event;

import dev.breaker.core.CircuitBreaker;

import org.springframework.context.ApplicationEvent;

/**
 * Published through the application context each time a circuit breaker of the
 * {@link dev.breaker.core.CircuitBreakerRegistry} bean changes state, so that applications can react with
 * {@code @EventListener}. It is published synchronously on the thread that caused the transition, after the
 * transition happened. Instances are immutable.
 */
public class CircuitBreakerStateChangedEvent extends ApplicationEvent {

	private final String name;

	private final CircuitBreaker.State from;

	private final CircuitBreaker.State to;

	/**
	 * Creates an event.
	 * @param source the object on which the event occurred (the circuit breaker when published by breaker)
	 * @param name the name of the circuit breaker
	 * @param from the state it left
	 * @param to the state it entered
	 */
	public CircuitBreakerStateChangedEvent(Object source, String name, CircuitBreaker.State from,
			CircuitBreaker.State to) {
		super(source);
		this.name = name;
		this.from = from;
		this.to = to;
	}

	/**
	 * Returns the name of the circuit breaker that changed state.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Returns the state the circuit breaker left.
	 * @return the previous state
	 */
	public CircuitBreaker.State getFrom() {
		return this.from;
	}

	/**
	 * Returns the state the circuit breaker entered.
	 * @return the new state
	 */
	public CircuitBreaker.State getTo() {
		return this.to;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[name=" + this.name + ", from=" + this.from + ", to=" + this.to + "]";
	}

}
