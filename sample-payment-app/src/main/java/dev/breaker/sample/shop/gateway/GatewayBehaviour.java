package dev.breaker.sample.shop.gateway;

/**
 * The current behaviour of the simulated gateway, also the JSON of {@code GET /gateway/mode}.
 *
 * @param mode the mode
 * @param latencyMs the delay of every charge in {@link GatewayMode#SLOW}, 0 otherwise
 * @param failureRate the fraction of charges failing in {@link GatewayMode#FLAKY}, 0 otherwise
 */
public record GatewayBehaviour(GatewayMode mode, long latencyMs, double failureRate) {

	/** The latency of {@link GatewayMode#SLOW} when none is given: 3 seconds, above the client's read timeout. */
	public static final long DEFAULT_LATENCY_MS = 3000;

	/** The failure rate of {@link GatewayMode#FLAKY} when none is given: 30% of the calls fail. */
	public static final double DEFAULT_FAILURE_RATE = 0.3;

	static final long MAX_LATENCY_MS = 60_000;

	static GatewayBehaviour up() {
		return new GatewayBehaviour(GatewayMode.UP, 0, 0);
	}

}
