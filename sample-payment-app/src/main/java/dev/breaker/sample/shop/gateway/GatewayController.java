package dev.breaker.sample.shop.gateway;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import dev.breaker.sample.shop.web.InvalidRequestException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API of the simulated payment gateway:
 * <ul>
 * <li>{@code POST /gateway/charges} with an {@code Idempotency-Key} header and
 * {@code {"orderId", "customer", "amount", "currency"}}: 201 with the new charge, 200 with the earlier charge of
 * the same key, 402 when the card is declined, 503 when the current mode fails the call.</li>
 * <li>{@code GET /gateway/mode}, {@code PUT /gateway/mode} with {@code {"mode": "UP"}}, {@code {"mode": "DOWN"}},
 * {@code {"mode": "SLOW", "latencyMs": 3000}} or {@code {"mode": "FLAKY", "failureRate": 0.3}}.</li>
 * <li>{@code GET /gateway/stats}: {@code {"chargeCalls", "charges"}}.</li>
 * </ul>
 */
@RestController
@RequestMapping("/gateway")
class GatewayController {

	private final SimulatedPaymentGateway gateway;

	GatewayController(SimulatedPaymentGateway gateway) {
		this.gateway = gateway;
	}

	@PostMapping("/charges")
	ResponseEntity<Object> charge(@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@RequestBody ChargeBody body) {
		if (key == null || key.isBlank()) {
			throw new InvalidRequestException("Idempotency-Key", "the Idempotency-Key header is required");
		}
		SimulatedPaymentGateway.ChargeOutcome outcome = this.gateway.charge(key, body.toCommand());
		Charge charge = outcome.charge();
		if (charge.declined()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYMENT_REQUIRED,
					"the card of " + charge.customer() + " was declined");
			problem.setTitle("Card declined");
			problem.setProperty("reference", charge.reference());
			return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED).body(problem);
		}
		ChargeReceipt receipt = new ChargeReceipt(charge.reference(), "APPROVED", charge.orderId(), charge.amount(),
				charge.currency(), outcome.replayed());
		return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	@GetMapping("/mode")
	GatewayBehaviour mode() {
		return this.gateway.getBehaviour();
	}

	@PutMapping("/mode")
	GatewayBehaviour changeMode(@RequestBody ModeBody body) {
		GatewayBehaviour behaviour = body.toBehaviour();
		this.gateway.setBehaviour(behaviour);
		return behaviour;
	}

	@GetMapping("/stats")
	GatewayStats stats() {
		return this.gateway.getStats();
	}

	@ExceptionHandler
	ProblemDetail unavailable(GatewayUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Payment gateway unavailable");
		return problem;
	}

	/**
	 * The body of a charge request.
	 */
	record ChargeBody(@Nullable Long orderId, @Nullable String customer, @Nullable BigDecimal amount,
			@Nullable String currency) {

		ChargeCommand toCommand() {
			if (this.orderId == null) {
				throw new InvalidRequestException("orderId", "orderId is required");
			}
			if (this.customer == null || this.customer.isBlank()) {
				throw new InvalidRequestException("customer", "customer is required");
			}
			if (this.amount == null || this.amount.signum() <= 0) {
				throw new InvalidRequestException("amount", "amount must be greater than 0 but was " + this.amount);
			}
			if (this.currency == null || !this.currency.matches("[A-Z]{3}")) {
				throw new InvalidRequestException("currency",
						"currency must be an ISO 4217 code such as EUR but was " + this.currency);
			}
			return new ChargeCommand(this.orderId, this.customer, this.amount, this.currency);
		}

	}

	/**
	 * The answer to a charge that went through.
	 */
	record ChargeReceipt(String reference, String status, long orderId, BigDecimal amount, String currency,
			boolean replayed) {
	}

	/**
	 * The body of {@code PUT /gateway/mode}.
	 */
	record ModeBody(@Nullable String mode, @Nullable Long latencyMs, @Nullable Double failureRate) {

		GatewayBehaviour toBehaviour() {
			GatewayMode parsed = parseMode();
			return switch (parsed) {
				case UP, DOWN -> new GatewayBehaviour(parsed, 0, 0);
				case SLOW -> new GatewayBehaviour(parsed, latency(), 0);
				case FLAKY -> new GatewayBehaviour(parsed, 0, failureRate(this.failureRate));
			};
		}

		private GatewayMode parseMode() {
			String allowed = Arrays.toString(GatewayMode.values());
			if (this.mode == null) {
				throw new InvalidRequestException("mode", "mode is required, one of " + allowed);
			}
			try {
				return GatewayMode.valueOf(this.mode.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("mode", "mode must be one of " + allowed + " but was " + this.mode);
			}
		}

		private long latency() {
			long latency = (this.latencyMs != null) ? this.latencyMs : GatewayBehaviour.DEFAULT_LATENCY_MS;
			if (latency < 0 || latency > GatewayBehaviour.MAX_LATENCY_MS) {
				throw new InvalidRequestException("latencyMs", "latencyMs must be in [0, "
						+ GatewayBehaviour.MAX_LATENCY_MS + "] but was " + latency);
			}
			return latency;
		}

		private static double failureRate(@Nullable Double value) {
			double rate = (value != null) ? value : GatewayBehaviour.DEFAULT_FAILURE_RATE;
			if (!(rate >= 0 && rate <= 1)) {
				throw new InvalidRequestException("failureRate", "failureRate must be in [0, 1] but was " + rate);
			}
			return rate;
		}

	}

}
