package dev.breaker.sample.shop.gateway;

/**
 * How the simulated payment gateway behaves.
 */
public enum GatewayMode {

	/** Every charge goes through (declines aside). */
	UP,

	/** Every charge fails with 503 Service Unavailable. */
	DOWN,

	/** Every charge waits {@code latencyMs} before going through: longer than the client's read timeout, it fails. */
	SLOW,

	/** A {@code failureRate} fraction of the charges fail at random with 503. */
	FLAKY

}
