package dev.breaker.core;

/**
 * The one time source of a circuit breaker: every duration, wait and time-based window is measured with it.
 *
 * <p>Tests substitute a fake ticker they advance by hand instead of sleeping. Implementations must be thread-safe
 * and monotonic (never go backwards).
 */
@FunctionalInterface
public interface Ticker {

	/**
	 * Returns the current reading of this ticker in nanoseconds. Only differences between two readings are
	 * meaningful, as with {@link System#nanoTime()}.
	 * @return the current reading in nanoseconds
	 */
	long nanoTime();

	/**
	 * Returns the ticker backed by {@link System#nanoTime()}.
	 * @return the system ticker
	 */
	static Ticker system() {
		return SystemTicker.INSTANCE;
	}

}
