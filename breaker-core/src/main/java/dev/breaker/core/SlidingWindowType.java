package dev.breaker.core;

/**
 * How a circuit breaker's sliding window decides which calls it holds.
 */
public enum SlidingWindowType {

	/**
	 * The window holds the last {@code size} calls.
	 */
	COUNT_BASED,

	/**
	 * The window holds the calls that completed in the last {@code size} seconds.
	 */
	TIME_BASED

}
