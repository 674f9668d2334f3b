package dev.breaker.spring.actuate.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;
import org.jspecify.annotations.Nullable;

/**
 * The recent events and the running totals of every circuit breaker of a registry, as the {@code circuitbreakers}
 * endpoint shows them. Once {@link #bindTo bound}, it listens to every breaker of the registry, those that exist and
 * those added later, and forgets a breaker when it is removed.
 *
 * <p>Per breaker it keeps the last {@code maxPerBreaker} state transitions and recorded failures in a ring (an error
 * keeps the exception's class name and message, never the exception), and four counters that only grow. Recording
 * takes no lock: counters are {@link java.util.concurrent.atomic.LongAdder}s and the ring is a compare-and-set array.
 * This class is thread-safe.
 */
public final class CircuitBreakerEventLog {

	private final int maxPerBreaker;

	private final Clock clock;

	private final Map<CircuitBreaker, BreakerEventRecorder> recorders = new ConcurrentHashMap<>();

	/**
	 * Creates a log that keeps at most {@code maxPerBreaker} events per breaker, stamped with {@code clock}.
	 * @param maxPerBreaker the events kept per breaker; 0 keeps none (the totals are still counted)
	 * @param clock the wall clock that stamps events
	 * @throws IllegalArgumentException if {@code maxPerBreaker} is negative
	 */
	public CircuitBreakerEventLog(int maxPerBreaker, Clock clock) {
		if (maxPerBreaker < 0) {
			throw new IllegalArgumentException(
					"maxPerBreaker (breaker.events.max-per-breaker) must be at least 0 but was " + maxPerBreaker);
		}
		this.maxPerBreaker = maxPerBreaker;
		this.clock = clock;
	}

	/**
	 * Starts recording the events of every breaker of {@code registry}: those it holds now and those added later.
	 * @param registry the registry
	 */
	public void bindTo(CircuitBreakerRegistry registry) {
		registry.addListener(new CircuitBreakerRegistryListener() {

			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				attach(circuitBreaker);
			}

			@Override
			public void onRemoved(CircuitBreaker circuitBreaker) {
				detach(circuitBreaker);
			}

		});
		registry.all().forEach(this::attach);
	}

	private void attach(CircuitBreaker circuitBreaker) {
		this.recorders.computeIfAbsent(circuitBreaker, (breaker) -> {
			BreakerEventRecorder recorder = new BreakerEventRecorder(this.maxPerBreaker, this.clock);
			breaker.addListener(recorder);
			return recorder;
		});
	}

	private void detach(CircuitBreaker circuitBreaker) {
		BreakerEventRecorder recorder = this.recorders.remove(circuitBreaker);
		if (recorder != null) {
			circuitBreaker.removeListener(recorder);
		}
	}

	/**
	 * Returns the recent events of a breaker, newest first.
	 * @param circuitBreaker the breaker
	 * @return at most {@code maxPerBreaker} events; empty if the breaker is not in the bound registry
	 */
	public List<Event> events(CircuitBreaker circuitBreaker) {
		BreakerEventRecorder recorder = this.recorders.get(circuitBreaker);
		return (recorder != null) ? recorder.newestFirst() : List.of();
	}

	/**
	 * Returns the totals of a breaker since it was bound.
	 * @param circuitBreaker the breaker
	 * @return the totals; all zero if the breaker is not in the bound registry
	 */
	public Totals totals(CircuitBreaker circuitBreaker) {
		BreakerEventRecorder recorder = this.recorders.get(circuitBreaker);
		return (recorder != null) ? recorder.totals() : new Totals(0, 0, 0, 0);
	}

	/**
	 * An event kept by the log.
	 */
	public sealed interface Event permits StateTransitionEvent, ErrorEvent {

		/**
		 * Returns when the event happened, by the wall clock.
		 * @return the instant
		 */
		Instant at();

	}

	/**
	 * A breaker moved from one state to another.
	 *
	 * @param at when, by the wall clock
	 * @param from the state it left
	 * @param to the state it entered
	 */
	public record StateTransitionEvent(Instant at, CircuitBreaker.State from, CircuitBreaker.State to) implements Event {
	}

	/**
	 * A call failed with an exception (or a result) the breaker records as a failure.
	 *
	 * @param at when the failure was recorded, by the wall clock
	 * @param exception the exception's class name
	 * @param message the exception's message, shortened to 500 characters, or {@code null} if it had none
	 * @param duration how long the call took
	 */
	public record ErrorEvent(Instant at, String exception, @Nullable String message, Duration duration)
			implements Event {
	}

	/**
	 * Counters of a breaker that only grow, so that a client can compute rates per second from two readings.
	 *
	 * @param calls the permitted calls that completed: successes, failures and ignored errors
	 * @param failures the calls recorded as failures
	 * @param notPermitted the calls the breaker refused
	 * @param slowCalls the calls that were slow (successful or not)
	 */
	public record Totals(long calls, long failures, long notPermitted, long slowCalls) {
	}

}
