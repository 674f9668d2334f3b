package dev.breaker.spring.actuate.endpoint;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import dev.breaker.core.IllegalStateTransitionException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CircuitBreakersEndpoint}.
 */
class CircuitBreakersEndpointTests {

	private final FakeTicker ticker = new FakeTicker();

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.builder()
		.ticker(this.ticker)
		.slidingWindowSize(4)
		.minimumNumberOfCalls(2)
		.waitDurationInOpenState(Duration.ofSeconds(5))
		.recordExceptions(IOException.class)
		.build());

	private final CircuitBreakersEndpoint endpoint;

	CircuitBreakersEndpointTests() {
		CircuitBreakerEventLog eventLog = new CircuitBreakerEventLog(100, Clock.systemUTC());
		eventLog.bindTo(this.registry);
		this.endpoint = new CircuitBreakersEndpoint(this.registry, eventLog);
	}

	@Test
	void circuitBreakersWhenSeveralShouldListThemSortedByName() {
		this.registry.circuitBreaker("payment");
		this.registry.circuitBreaker("inventory");
		this.registry.circuitBreaker("catalog");
		assertThat(this.endpoint.circuitBreakers().circuitBreakers()).containsOnlyKeys("catalog", "inventory", "payment")
			.extractingFromEntries(java.util.Map.Entry::getKey)
			.containsExactly("catalog", "inventory", "payment");
	}

	@Test
	void circuitBreakersWhenBreakerOpenShouldShowMetricsTimesAndTotals() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		payment.execute(() -> "ok");
		fail(payment);
		this.ticker.advance(Duration.ofSeconds(1));
		assertThat(payment.tryAcquirePermission()).isFalse();
		CircuitBreakerDescriptor descriptor = this.endpoint.circuitBreakers().circuitBreakers().get("payment");
		assertThat(descriptor).isEqualTo(new CircuitBreakerDescriptor("OPEN", 50.0f, 0.0f, 2, 1, 0, 1, 1, 1, 1000,
				4000, 2, 1, 1, 0));
	}

	@Test
	void circuitBreakerWhenBelowMinimumShouldShowRatesAsMinusOne() {
		this.registry.circuitBreaker("payment");
		CircuitBreakerDetailsDescriptor details = this.endpoint.circuitBreaker("payment");
		assertThat(details).isNotNull();
		assertThat(details.failureRate()).isEqualTo(-1.0f);
		assertThat(details.slowCallRate()).isEqualTo(-1.0f);
	}

	@Test
	void circuitBreakerWhenKnownShouldShowEffectiveConfig() {
		this.registry.circuitBreaker("payment");
		CircuitBreakerConfigDescriptor config = this.endpoint.circuitBreaker("payment").config();
		assertThat(config.slidingWindowSize()).isEqualTo(4);
		assertThat(config.minimumNumberOfCalls()).isEqualTo(2);
		assertThat(config.slidingWindowType()).isEqualTo("COUNT_BASED");
		assertThat(config.waitDurationInOpenState()).isEqualTo("PT5S");
		assertThat(config.slowCallDurationThreshold()).isEqualTo("PT1M");
		assertThat(config.recordExceptions()).containsExactly("java.io.IOException");
		assertThat(config.ignoreExceptions()).isEmpty();
		assertThat(config.recordResultPredicate()).isFalse();
	}

	@Test
	void circuitBreakerWhenCallsFailedShouldShowEventsNewestFirst() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		fail(payment);
		fail(payment);
		assertThat(this.endpoint.circuitBreaker("payment").events()).satisfiesExactly(
				(event) -> assertThat(event).isInstanceOfSatisfying(CircuitBreakerEventDescriptor.StateTransition.class,
						(transition) -> assertThat(transition.to()).isEqualTo("OPEN")),
				(event) -> assertThat(event).isInstanceOfSatisfying(CircuitBreakerEventDescriptor.Failure.class,
						(failure) -> {
							assertThat(failure.type()).isEqualTo("ERROR");
							assertThat(failure.exception()).isEqualTo("java.io.IOException");
							assertThat(failure.message()).isEqualTo("unreachable");
						}),
				(event) -> assertThat(event.type()).isEqualTo("ERROR"));
	}

	@Test
	void circuitBreakerWhenUnknownShouldReturnNullAndNotCreateIt() {
		assertThat(this.endpoint.circuitBreaker("unknown")).isNull();
		assertThat(this.registry.find("unknown")).isEmpty();
	}

	@Test
	void updateCircuitBreakerWhenUnknownShouldReturnNullAndNotCreateIt() {
		assertThat(this.endpoint.updateCircuitBreaker("unknown", "OPEN", null)).isNull();
		assertThat(this.registry.find("unknown")).isEmpty();
	}

	@Test
	void updateCircuitBreakerWhenEveryStateGivenShouldMoveThere() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		for (String state : new String[] { "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED", "METRICS_ONLY", "CLOSED" }) {
			assertThat(this.endpoint.updateCircuitBreaker("payment", state, null).state()).isEqualTo(state);
			assertThat(payment.getState()).hasToString(state);
		}
	}

	@Test
	void updateCircuitBreakerWhenStateInLowerCaseShouldAcceptIt() {
		assertThat(this.registry.circuitBreaker("payment")).isNotNull();
		assertThat(this.endpoint.updateCircuitBreaker("payment", "forced_open", null).state()).isEqualTo("FORCED_OPEN");
	}

	@Test
	void updateCircuitBreakerWhenResetShouldCloseWithEmptyWindow() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		fail(payment);
		fail(payment);
		CircuitBreakerDetailsDescriptor details = this.endpoint.updateCircuitBreaker("payment", null, "reset");
		assertThat(details.state()).isEqualTo("CLOSED");
		assertThat(details.bufferedCalls()).isZero();
		assertThat(details.totalFailures()).isEqualTo(2);
	}

	@Test
	void updateCircuitBreakerWhenStateUnknownShouldThrowNamingAcceptedValues() {
		this.registry.circuitBreaker("payment");
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> this.endpoint.updateCircuitBreaker("payment", "AJAR", null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo("Expected a body {\"state\": one of [CLOSED, OPEN, "
					+ "HALF_OPEN, FORCED_OPEN, DISABLED, METRICS_ONLY]} or {\"action\": \"reset\"} but unknown state "
					+ "'AJAR'"));
	}

	@Test
	void updateCircuitBreakerWhenActionUnknownShouldThrow() {
		this.registry.circuitBreaker("payment");
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> this.endpoint.updateCircuitBreaker("payment", null, "restart"))
			.satisfies((ex) -> assertThat(ex.getReason()).endsWith("but unknown action 'restart'"));
	}

	@Test
	void updateCircuitBreakerWhenNeitherStateNorActionShouldThrow() {
		this.registry.circuitBreaker("payment");
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> this.endpoint.updateCircuitBreaker("payment", null, null))
			.satisfies((ex) -> assertThat(ex.getReason()).endsWith("but got neither state nor action"));
	}

	@Test
	void updateCircuitBreakerWhenBothStateAndActionShouldThrowAndChangeNothing() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		assertThatExceptionOfType(InvalidEndpointRequestException.class)
			.isThrownBy(() -> this.endpoint.updateCircuitBreaker("payment", "OPEN", "reset"))
			.satisfies((ex) -> assertThat(ex.getReason()).endsWith("but got both state 'OPEN' and action 'reset'"));
		assertThat(payment.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void updateCircuitBreakerWhenTransitionIllegalShouldPropagateTheCoreException() {
		this.registry.circuitBreaker("payment");
		assertThatExceptionOfType(IllegalStateTransitionException.class)
			.isThrownBy(() -> this.endpoint.updateCircuitBreaker("payment", "HALF_OPEN", null));
	}

	private static void fail(CircuitBreaker circuitBreaker) {
		try {
			circuitBreaker.call(() -> {
				throw new IOException("unreachable");
			});
		}
		catch (Exception ex) {
			assertThat(ex).isInstanceOf(IOException.class);
		}
	}

}
