package dev.breaker.sample.shop.gateway;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import dev.breaker.sample.shop.gateway.SimulatedPaymentGateway.ChargeOutcome;
import dev.breaker.sample.shop.web.InvalidRequestException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SimulatedPaymentGateway}.
 */
class SimulatedPaymentGatewayTests {

	private static final ChargeCommand MUGS = new ChargeCommand(7, "alice@example.com", new BigDecimal("25.00"), "EUR");

	private final SimulatedPaymentGateway gateway = new SimulatedPaymentGateway();

	@Test
	void chargeWhenKeyRepeatedShouldReturnTheFirstChargeAndTakeNoSecond() {
		ChargeOutcome first = this.gateway.charge("key-1", MUGS);
		ChargeOutcome second = this.gateway.charge("key-1", MUGS);

		assertThat(first.replayed()).isFalse();
		assertThat(second.replayed()).isTrue();
		assertThat(second.charge()).isEqualTo(first.charge());
		assertThat(this.gateway.getStats()).isEqualTo(new GatewayStats(2, 1));
	}

	@RepeatedTest(20)
	void chargeWhenSameKeyRacesShouldTakeExactlyOneCharge() throws Exception {
		int threads = 8;
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<ChargeOutcome>> outcomes = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				outcomes.add(executor.submit(() -> {
					start.await();
					return this.gateway.charge("racing-key", MUGS);
				}));
			}
			List<ChargeOutcome> results = new ArrayList<>();
			for (Future<ChargeOutcome> outcome : outcomes) {
				results.add(outcome.get());
			}
			Set<String> references = results.stream()
				.map((result) -> result.charge().reference())
				.collect(Collectors.toSet());
			assertThat(references).hasSize(1);
			assertThat(results).filteredOn((result) -> !result.replayed()).hasSize(1);
			assertThat(this.gateway.getStats()).isEqualTo(new GatewayStats(threads, 1));
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void chargeWhenKeyReusedForAnotherAmountShouldBeRejected() {
		this.gateway.charge("key-1", MUGS);

		ChargeCommand other = new ChargeCommand(7, "alice@example.com", new BigDecimal("99.00"), "EUR");
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.gateway.charge("key-1", other))
			.withMessageContaining("was used for order 7 and amount 25.00")
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("Idempotency-Key"));
	}

	@Test
	void chargeWhenCustomerCarriesTheDeclineMarkerShouldDeclineAndTakeNothing() {
		ChargeCommand declined = new ChargeCommand(8, "Declined-Dave@example.com", BigDecimal.TEN, "EUR");

		ChargeOutcome outcome = this.gateway.charge("key-2", declined);

		assertThat(outcome.charge().declined()).isTrue();
		assertThat(this.gateway.getStats()).isEqualTo(new GatewayStats(1, 0));
	}

	@Test
	void chargeWhenDownShouldFailAndTakeNothing() {
		this.gateway.setBehaviour(new GatewayBehaviour(GatewayMode.DOWN, 0, 0));

		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.gateway.charge("key-1", MUGS))
			.withMessageContaining("DOWN");
		assertThat(this.gateway.getStats()).isEqualTo(new GatewayStats(1, 0));
	}

	@Test
	void chargeWhenFlakyShouldFailTheConfiguredFraction() {
		this.gateway.setBehaviour(new GatewayBehaviour(GatewayMode.FLAKY, 0, 1.0));
		assertThatExceptionOfType(GatewayUnavailableException.class)
			.isThrownBy(() -> this.gateway.charge("key-1", MUGS));

		this.gateway.setBehaviour(new GatewayBehaviour(GatewayMode.FLAKY, 0, 0.0));
		assertThat(this.gateway.charge("key-1", MUGS).charge().declined()).isFalse();
	}

}
