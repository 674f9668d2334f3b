package dev.breaker.sample.shop.payment;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of {@link PaymentClient#charge(ChargeRequest)} that is not a decline: either the gateway charged the
 * order, or the payment was deferred because the gateway is unavailable (or the {@code payment} breaker refused the
 * call).
 *
 * @param status whether the order was charged or its payment deferred
 * @param reference the gateway's reference of the charge; {@code null} when deferred
 * @param retryAfter when deferred, how long until the breaker lets a trial call through ({@link Duration#ZERO} when
 * unknown); {@link Duration#ZERO} when approved
 * @param reason when deferred, why (the refusal or the failure); {@code null} when approved
 */
public record PaymentResult(Status status, @Nullable String reference, Duration retryAfter, @Nullable String reason) {

	/**
	 * Returns the result of a charge the gateway took.
	 * @param reference the gateway's reference of the charge
	 * @return an approved result
	 */
	public static PaymentResult approved(String reference) {
		return new PaymentResult(Status.APPROVED, reference, Duration.ZERO, null);
	}

	/**
	 * Returns the result of a payment that could not be attempted or did not go through, to be retried later.
	 * @param retryAfter how long until a retry may succeed, {@link Duration#ZERO} when unknown
	 * @param reason why it was deferred
	 * @return a deferred result
	 */
	public static PaymentResult deferred(Duration retryAfter, String reason) {
		return new PaymentResult(Status.DEFERRED, null, retryAfter, reason);
	}

	/**
	 * Whether an order was charged.
	 */
	public enum Status {

		/** The gateway took the charge. */
		APPROVED,

		/** The payment is postponed: the gateway failed or the breaker refused the call. */
		DEFERRED

	}

}
