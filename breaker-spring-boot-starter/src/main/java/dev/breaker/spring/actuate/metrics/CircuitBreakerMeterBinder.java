package dev.breaker.spring.actuate.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Binds the meters of every circuit breaker of a {@link CircuitBreakerRegistry}: those it holds when bound and those
 * added later; a breaker's meters are removed with it. Each breaker, tagged {@code name}, gets:
 * <ul>
 * <li>{@code breaker.calls}: a timer of completed calls, tagged {@code outcome} ({@code success}, {@code failure},
 * {@code ignored});</li>
 * <li>{@code breaker.calls.not.permitted} and {@code breaker.calls.slow}: counters;</li>
 * <li>{@code breaker.state}: one gauge per state, tagged {@code state} ({@code closed}, {@code open},
 * {@code half_open}, {@code forced_open}, {@code disabled}, {@code metrics_only}), 1 for the current state and 0
 * for the others;</li>
 * <li>{@code breaker.failure.rate} and {@code breaker.slow.call.rate}: gauges in percent, -1 while the window holds
 * fewer than the minimum number of calls; {@code breaker.buffered.calls}: the calls in the window.</li>
 * </ul>
 * Binding twice to the same meter registry does nothing the second time. This class is thread-safe.
 */
public final class CircuitBreakerMeterBinder implements MeterBinder {

	private final CircuitBreakerRegistry registry;

	private final Map<MeterRegistry, Boolean> bound = new ConcurrentHashMap<>();

	/**
	 * Creates a binder for the breakers of {@code registry}.
	 * @param registry the breakers to meter
	 */
	public CircuitBreakerMeterBinder(CircuitBreakerRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void bindTo(MeterRegistry meterRegistry) {
		if (this.bound.putIfAbsent(meterRegistry, Boolean.TRUE) != null) {
			return;
		}
		MeteredBreakers meteredBreakers = new MeteredBreakers(meterRegistry);
		this.registry.addListener(meteredBreakers);
		this.registry.all().forEach(meteredBreakers::onAdded);
	}

	/**
	 * The breakers metered in one meter registry.
	 */
	private static final class MeteredBreakers implements CircuitBreakerRegistryListener {

		private final MeterRegistry meterRegistry;

		private final Map<CircuitBreaker, BreakerMeters> meters = new ConcurrentHashMap<>();

		MeteredBreakers(MeterRegistry meterRegistry) {
			this.meterRegistry = meterRegistry;
		}

		@Override
		public void onAdded(CircuitBreaker circuitBreaker) {
			this.meters.computeIfAbsent(circuitBreaker, (breaker) -> {
				BreakerMeters breakerMeters = new BreakerMeters(breaker, this.meterRegistry);
				breaker.addListener(breakerMeters);
				return breakerMeters;
			});
		}

		@Override
		public void onRemoved(CircuitBreaker circuitBreaker) {
			BreakerMeters breakerMeters = this.meters.remove(circuitBreaker);
			if (breakerMeters != null) {
				circuitBreaker.removeListener(breakerMeters);
				breakerMeters.remove();
			}
		}

	}

}
