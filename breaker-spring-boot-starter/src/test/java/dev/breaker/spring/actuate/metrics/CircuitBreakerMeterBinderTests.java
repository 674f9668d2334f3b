package dev.breaker.spring.actuate.metrics;

import java.io.IOException;
import java.time.Duration;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.FakeTicker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakerMeterBinder}.
 */
class CircuitBreakerMeterBinderTests {

	private final FakeTicker ticker = new FakeTicker();

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.builder()
		.ticker(this.ticker)
		.slidingWindowSize(4)
		.minimumNumberOfCalls(2)
		.slowCallDurationThreshold(Duration.ofSeconds(1))
		.recordExceptions(IOException.class)
		.ignoreExceptions(IllegalArgumentException.class)
		.build());

	private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

	private final CircuitBreakerMeterBinder binder = new CircuitBreakerMeterBinder(this.registry);

	@Test
	void bindToWhenCallsRunShouldTimeThemByOutcome() throws Exception {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.binder.bindTo(this.meterRegistry);
		payment.execute(() -> {
			this.ticker.advance(Duration.ofMillis(250));
			return "ok";
		});
		fail(payment, new IllegalArgumentException("bad input"));
		fail(payment, new IOException("down"));
		assertThat(timer("payment", "success").count()).isEqualTo(1);
		assertThat(timer("payment", "success").totalTime(java.util.concurrent.TimeUnit.MILLISECONDS))
			.isEqualTo(250.0);
		assertThat(timer("payment", "failure").count()).isEqualTo(1);
		assertThat(timer("payment", "ignored").count()).isEqualTo(1);
	}

	@Test
	void bindToWhenCallsRefusedOrSlowShouldCountThem() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.binder.bindTo(this.meterRegistry);
		payment.execute(() -> this.ticker.advance(Duration.ofSeconds(2)));
		payment.transitionToForcedOpenState();
		assertThat(payment.tryAcquirePermission()).isFalse();
		assertThat(this.meterRegistry.get("breaker.calls.slow").tag("name", "payment").counter().count()).isEqualTo(1);
		assertThat(this.meterRegistry.get("breaker.calls.not.permitted").tag("name", "payment").counter().count())
			.isEqualTo(1);
	}

	@Test
	void bindToWhenStateChangesShouldGaugeOneForTheCurrentStateOnly() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.binder.bindTo(this.meterRegistry);
		assertThat(state("payment", "closed")).isEqualTo(1);
		assertThat(state("payment", "open")).isZero();
		payment.transitionToOpenState();
		assertThat(state("payment", "closed")).isZero();
		assertThat(state("payment", "open")).isEqualTo(1);
		assertThat(this.meterRegistry.get("breaker.state").tag("name", "payment").gauges())
			.hasSize(CircuitBreaker.State.values().length);
	}

	@Test
	void bindToWhenWindowFilledShouldGaugeRatesAndBufferedCalls() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.binder.bindTo(this.meterRegistry);
		assertThat(gauge("breaker.failure.rate", "payment")).isEqualTo(-1.0);
		payment.execute(() -> "ok");
		payment.execute(() -> "ok");
		payment.execute(() -> "ok");
		fail(payment, new IOException("down"));
		assertThat(gauge("breaker.failure.rate", "payment")).isEqualTo(25.0);
		assertThat(gauge("breaker.slow.call.rate", "payment")).isEqualTo(0.0);
		assertThat(gauge("breaker.buffered.calls", "payment")).isEqualTo(4.0);
	}

	@Test
	void bindToWhenBreakerAddedLaterShouldMeterIt() {
		this.binder.bindTo(this.meterRegistry);
		this.registry.circuitBreaker("inventory").execute(() -> "ok");
		assertThat(timer("inventory", "success").count()).isEqualTo(1);
	}

	@Test
	void bindToWhenBreakerRemovedShouldRemoveItsMeters() {
		this.binder.bindTo(this.meterRegistry);
		this.registry.circuitBreaker("inventory");
		this.registry.circuitBreaker("payment");
		this.registry.remove("inventory");
		assertThat(this.meterRegistry.find("breaker.state").tag("name", "inventory").meters()).isEmpty();
		assertThat(this.meterRegistry.find("breaker.calls").tag("name", "inventory").meters()).isEmpty();
		assertThat(this.meterRegistry.getMeters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTag("name")).isEqualTo("payment"));
	}

	@Test
	void bindToWhenBoundTwiceToOneRegistryShouldRecordEachCallOnce() {
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		this.binder.bindTo(this.meterRegistry);
		this.binder.bindTo(this.meterRegistry);
		payment.execute(() -> "ok");
		assertThat(timer("payment", "success").count()).isEqualTo(1);
	}

	private io.micrometer.core.instrument.Timer timer(String name, String outcome) {
		return this.meterRegistry.get("breaker.calls").tag("name", name).tag("outcome", outcome).timer();
	}

	private double state(String name, String state) {
		return this.meterRegistry.get("breaker.state").tag("name", name).tag("state", state).gauge().value();
	}

	private double gauge(String meter, String name) {
		return this.meterRegistry.get(meter).tag("name", name).gauge().value();
	}

	private static void fail(CircuitBreaker circuitBreaker, Exception exception) {
		try {
			circuitBreaker.call(() -> {
				throw exception;
			});
		}
		catch (Exception ex) {
			assertThat(ex).isSameAs(exception);
		}
	}

}
