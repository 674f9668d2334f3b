package dev.breaker.core;

/**
 * The {@link Ticker} backed by {@link System#nanoTime()}: the only place in breaker that reads the clock.
 */
enum SystemTicker implements Ticker {

	INSTANCE;

	@Override
	public long nanoTime() {
		return System.nanoTime();
	}

}
