package dev.breaker.core.internal;

import java.time.Duration;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.Metrics;
import dev.breaker.core.CircuitBreaker.State;

/**
 * One state of a {@link DefaultCircuitBreaker}, and one generation of it: every transition installs a new instance,
 * so an outcome can be matched to the instance that admitted its call. Subclasses are immutable apart from their own
 * atomic counters, and thread-safe.
 */
abstract sealed class BreakerState permits ClosedState, RefusingState, HalfOpenState, DisabledState, MetricsOnlyState {

	/** The call may go ahead. */
	static final long PERMITTED = -1L;

	/** The state changed while deciding: ask the new state. */
	static final long RETRY = -2L;

	/** The call is refused, and when a trial call will be let through is unknown (or never, by itself). */
	static final long REFUSED = 0L;

	final DefaultCircuitBreaker breaker;

	final long generation;

	final long enteredAtNanos;

	final Cycle cycle;

	BreakerState(DefaultCircuitBreaker breaker, long enteredAtNanos, Cycle cycle) {
		this.breaker = breaker;
		this.generation = breaker.nextGeneration();
		this.enteredAtNanos = enteredAtNanos;
		this.cycle = cycle;
	}

	abstract State state();

	/**
	 * Decides whether a call may go ahead.
	 * @return {@link #PERMITTED}, {@link #RETRY}, or for a refusal the nanoseconds until a trial call will be let
	 * through ({@link #REFUSED}, zero, when unknown): a refusal then needs no second clock reading to say so
	 */
	abstract long tryAcquire();

	/**
	 * Records the outcome of a call this state admitted.
	 * @param failure whether it failed
	 * @param slow whether it was slow
	 */
	abstract void record(boolean failure, boolean slow);

	/**
	 * Gives back the permit of a call this state admitted that does not count (ignored exception, cancelled, not run).
	 */
	void release() {
	}

	/**
	 * Moves on if this state has run out of time (OPEN after its wait, HALF_OPEN after its maximum wait).
	 * @param now the ticker's reading
	 * @return whether the breaker's state changed
	 */
	boolean expire(long now) {
		return false;
	}

	/**
	 * How long until a trial call will be let through.
	 * @param now the ticker's reading
	 * @return the remaining wait, zero when not applicable or unknown
	 */
	Duration retryAfter(long now) {
		return Duration.ZERO;
	}

	/**
	 * The counts a snapshot of this state reports.
	 */
	abstract WindowCounts counts();

	abstract int consecutiveFailures();

	/**
	 * The minimum number of calls below which the rates read -1.
	 */
	int minimumNumberOfCalls() {
		return this.breaker.rateRule().minimumNumberOfCalls();
	}

	/**
	 * How many times in a row the breaker has opened without closing, up to and including this state.
	 */
	int openCount() {
		return 0;
	}

	final Metrics metrics(long now) {
		WindowCounts counts = counts();
		int minimum = minimumNumberOfCalls();
		long buffered = counts.buffered();
		long failed = counts.failed();
		return new CircuitBreaker.Metrics(state(), counts.failureRate(minimum), counts.slowCallRate(minimum),
				(int) buffered, (int) failed, (int) counts.slow(), (int) (buffered - failed), this.cycle.notPermitted(),
				consecutiveFailures(), Duration.ofNanos(Math.max(0L, now - this.enteredAtNanos)), retryAfter(now));
	}

}
