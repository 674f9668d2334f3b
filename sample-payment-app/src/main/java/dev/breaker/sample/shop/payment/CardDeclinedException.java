package dev.breaker.sample.shop.payment;

/**
 * Thrown when the gateway declines the card (HTTP 402). A decline is the customer's problem, not the gateway's: the
 * {@code payment} breaker ignores it (it is neither a success nor a failure) and no fallback runs, so the order ends
 * {@code PAYMENT_FAILED}.
 */
public class CardDeclinedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates an exception for a declined charge.
	 * @param message the reason given by the gateway
	 */
	public CardDeclinedException(String message) {
		super(message);
	}

}
