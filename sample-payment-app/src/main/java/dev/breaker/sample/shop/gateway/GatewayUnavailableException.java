package dev.breaker.sample.shop.gateway;

/**
 * Thrown by the simulated gateway when it fails a charge on purpose; answered with 503 Service Unavailable.
 */
class GatewayUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	GatewayUnavailableException(String message) {
		super(message);
	}

}
