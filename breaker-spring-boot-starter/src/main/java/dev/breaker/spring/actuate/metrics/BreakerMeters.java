package dev.breaker.spring.actuate.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of one breaker in one meter registry, and the listener that feeds them. Meters are registered once,
 * up front, so recording a call is one timer or counter update with no lookup. This class is thread-safe.
 */
final class BreakerMeters implements CircuitBreakerListener {

	private final MeterRegistry meterRegistry;

	private final List<Meter> meters = new ArrayList<>();

	private final Timer successfulCalls;

	private final Timer failedCalls;

	private final Timer ignoredCalls;

	private final Counter notPermittedCalls;

	private final Counter slowCalls;

	BreakerMeters(CircuitBreaker circuitBreaker, MeterRegistry meterRegistry) {
		this.meterRegistry = meterRegistry;
		Tags tags = Tags.of("name", circuitBreaker.getName());
		this.successfulCalls = register(callTimer(tags, "success"));
		this.failedCalls = register(callTimer(tags, "failure"));
		this.ignoredCalls = register(callTimer(tags, "ignored"));
		this.notPermittedCalls = register(Counter.builder("breaker.calls.not.permitted")
			.description("Calls refused by the circuit breaker")
			.tags(tags)
			.register(meterRegistry));
		this.slowCalls = register(Counter.builder("breaker.calls.slow")
			.description("Calls that took at least the slow-call duration threshold")
			.tags(tags)
			.register(meterRegistry));
		for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
			register(Gauge.builder("breaker.state", circuitBreaker, (breaker) -> (breaker.getState() == state) ? 1 : 0)
				.description("1 for the circuit breaker's current state, 0 for the others")
				.tags(tags)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(meterRegistry));
		}
		register(Gauge.builder("breaker.failure.rate", circuitBreaker, (breaker) -> breaker.getMetrics().failureRate())
			.description("Failure rate in the sliding window, -1 below the minimum number of calls")
			.baseUnit("percent")
			.tags(tags)
			.register(meterRegistry));
		register(Gauge
			.builder("breaker.slow.call.rate", circuitBreaker, (breaker) -> breaker.getMetrics().slowCallRate())
			.description("Slow-call rate in the sliding window, -1 below the minimum number of calls")
			.baseUnit("percent")
			.tags(tags)
			.register(meterRegistry));
		register(Gauge
			.builder("breaker.buffered.calls", circuitBreaker, (breaker) -> breaker.getMetrics().bufferedCalls())
			.description("Calls in the sliding window")
			.tags(tags)
			.register(meterRegistry));
	}

	private Timer callTimer(Tags tags, String outcome) {
		return Timer.builder("breaker.calls")
			.description("Calls completed through the circuit breaker")
			.tags(tags)
			.tag("outcome", outcome)
			.register(this.meterRegistry);
	}

	private <M extends Meter> M register(M meter) {
		this.meters.add(meter);
		return meter;
	}

	@Override
	public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
		this.successfulCalls.record(durationNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
		this.failedCalls.record(durationNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
		this.ignoredCalls.record(durationNanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
		this.notPermittedCalls.increment();
	}

	@Override
	public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
		this.slowCalls.increment();
	}

	void remove() {
		this.meters.forEach(this.meterRegistry::remove);
	}

}
