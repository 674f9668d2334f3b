package dev.breaker.sample.shop.gateway;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.breaker.sample.shop.web.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * The simulated payment gateway: takes charges keyed by an idempotency key, so that a repeated request returns the
 * first charge instead of taking a second one, and fails or slows down on demand ({@link #setBehaviour}).
 *
 * <p>Cards are declined for every customer whose name contains {@value #DECLINE_MARKER} (ignoring case), e.g.
 * {@code declined@example.com}; a decline is remembered under its key like a charge, and takes no money.
 *
 * <p>State lives in memory. This class is thread-safe.
 */
@Component
public class SimulatedPaymentGateway {

	/** Customers whose name contains this text (ignoring case) have their card declined. */
	public static final String DECLINE_MARKER = "decline";

	private final ConcurrentMap<String, Charge> chargesByKey = new ConcurrentHashMap<>();

	private final AtomicLong chargeCalls = new AtomicLong();

	private final AtomicLong charges = new AtomicLong();

	private final AtomicLong references = new AtomicLong();

	private volatile GatewayBehaviour behaviour = GatewayBehaviour.up();

	/**
	 * Charges an order, or returns the charge already taken under the same idempotency key.
	 * @param idempotencyKey the key of the order's charge
	 * @param command what to charge
	 * @return the new or the earlier charge, which may be a decline
	 * @throws GatewayUnavailableException if the current behaviour fails this call
	 * @throws InvalidRequestException if the key was used before for a different order or amount
	 */
	ChargeOutcome charge(String idempotencyKey, ChargeCommand command) {
		this.chargeCalls.incrementAndGet();
		behave(this.behaviour);
		Charge earlier = this.chargesByKey.get(idempotencyKey);
		if (earlier == null) {
			Charge charge = newCharge(command);
			earlier = this.chargesByKey.putIfAbsent(idempotencyKey, charge);
			if (earlier == null) {
				if (!charge.declined()) {
					this.charges.incrementAndGet();
				}
				return new ChargeOutcome(charge, false);
			}
		}
		if (earlier.orderId() != command.orderId() || earlier.amount().compareTo(command.amount()) != 0) {
			throw new InvalidRequestException("Idempotency-Key", "the idempotency key " + idempotencyKey
					+ " was used for order " + earlier.orderId() + " and amount " + earlier.amount());
		}
		return new ChargeOutcome(earlier, true);
	}

	private void behave(GatewayBehaviour current) {
		switch (current.mode()) {
			case DOWN -> throw new GatewayUnavailableException("the payment gateway is DOWN (simulated)");
			case FLAKY -> {
				if (ThreadLocalRandom.current().nextDouble() < current.failureRate()) {
					throw new GatewayUnavailableException(
							"the payment gateway is FLAKY and failed this call (simulated)");
				}
			}
			case SLOW -> sleep(current.latencyMs());
			case UP -> {
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new GatewayUnavailableException("the payment gateway was interrupted while SLOW");
		}
	}

	private Charge newCharge(ChargeCommand command) {
		String reference = "ch_%06d".formatted(this.references.incrementAndGet());
		boolean declined = command.customer().toLowerCase(Locale.ROOT).contains(DECLINE_MARKER);
		return new Charge(reference, command.orderId(), command.customer(), command.amount(), command.currency(),
				declined);
	}

	/**
	 * Returns the current behaviour.
	 * @return the behaviour
	 */
	public GatewayBehaviour getBehaviour() {
		return this.behaviour;
	}

	/**
	 * Switches the behaviour; calls already running keep the one they started with.
	 * @param behaviour the new behaviour
	 */
	public void setBehaviour(GatewayBehaviour behaviour) {
		this.behaviour = behaviour;
	}

	/**
	 * Returns the counters of {@code GET /gateway/stats}.
	 * @return the charge requests received and the distinct orders charged so far
	 */
	public GatewayStats getStats() {
		return new GatewayStats(this.chargeCalls.get(), this.charges.get());
	}

	/**
	 * A charge and whether it was taken earlier under the same key.
	 *
	 * @param charge the charge
	 * @param replayed {@code true} if the key had been charged (or declined) before and nothing new was taken
	 */
	record ChargeOutcome(Charge charge, boolean replayed) {
	}

}
