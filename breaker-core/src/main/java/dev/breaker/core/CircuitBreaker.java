package dev.breaker.core;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import dev.breaker.core.internal.DefaultCircuitBreaker;

/**
 * A circuit breaker: runs calls to a dependency while it is healthy, refuses them while it keeps failing, and probes
 * with a few trial calls until it recovers.
 *
 * <h2>States</h2>
 * <ul>
 * <li>{@link State#CLOSED}: every call runs and its outcome is recorded in the sliding window. The breaker opens
 * when, with at least {@link CircuitBreakerConfig#getMinimumNumberOfCalls() minimumNumberOfCalls} in the window,
 * the failure rate or the slow-call rate reaches its threshold, or when
 * {@link CircuitBreakerConfig#getConsecutiveFailureThreshold() consecutiveFailureThreshold} calls fail in a row.
 * The call that trips the breaker sees its own outcome; the next call is refused.</li>
 * <li>{@link State#OPEN}: every call is refused with {@link CallNotPermittedException} without running. Once the open
 * wait has elapsed the breaker is {@code HALF_OPEN}: {@link #getState()} and the next call both see it; there is no
 * timer thread.</li>
 * <li>{@link State#HALF_OPEN}: at most {@link CircuitBreakerConfig#getPermittedNumberOfCallsInHalfOpenState()
 * permittedNumberOfCallsInHalfOpenState} trial calls run at a time, however many threads race for them; others are
 * refused. The breaker closes once that many trials have succeeded and opens again at the first trial that fails
 * or is slow. A trial that ends with an ignored exception gives its permit back. If the breaker is still
 * {@code HALF_OPEN} after {@link CircuitBreakerConfig#getMaxWaitDurationInHalfOpenState()
 * maxWaitDurationInHalfOpenState}, it opens again, so a hung trial call cannot wedge it.</li>
 * <li>{@link State#FORCED_OPEN}, {@link State#DISABLED}, {@link State#METRICS_ONLY}: set by hand only, and never left
 * by themselves.</li>
 * </ul>
 *
 * <h2>Outcomes belong to the state that admitted the call</h2>
 * Every state the breaker enters is a new generation. {@link #execute}, {@link #call}, {@link #run} and
 * {@link #executeAsync} tag each call with the generation that admitted it (so do integrations that use
 * {@link #acquirePermit()} and the permit-taking {@code onSuccess}/{@code onError}/{@code onResult}/{@code releasePermit}
 * overloads). An outcome whose generation is no longer current is reported to listeners but changes no state: a
 * call let through while {@code CLOSED} that finishes after the breaker opened or went {@code HALF_OPEN} neither
 * counts as a trial nor releases a trial permit. The low-level methods without a permit
 * ({@link #tryAcquirePermission()}, {@link #onSuccess(long)}, …) cannot carry a generation and attribute the outcome
 * to the current state, as Resilience4j does; integrations should prefer the permit API.
 *
 * <p>Implementations are thread-safe. The {@code CLOSED} call path takes no lock and allocates nothing.
 */
public interface CircuitBreaker {

	/**
	 * Returned by {@link #acquirePermit()} when the call is not permitted.
	 */
	long NO_PERMIT = -1L;

	/**
	 * Creates a circuit breaker.
	 * @param name the breaker's name, used in exceptions, events and metrics
	 * @param config its configuration
	 * @return a new breaker in state {@link State#CLOSED}
	 * @throws IllegalArgumentException if {@code name} is blank
	 */
	static CircuitBreaker of(String name, CircuitBreakerConfig config) {
		return new DefaultCircuitBreaker(name, config);
	}

	/**
	 * Returns this breaker's name.
	 * @return the name
	 */
	String getName();

	/**
	 * Returns this breaker's configuration.
	 * @return the configuration
	 */
	CircuitBreakerConfig getConfig();

	/**
	 * Returns the current state. Reading the state may move the breaker: from {@code OPEN} to {@code HALF_OPEN} once
	 * the open wait has elapsed, and from {@code HALF_OPEN} back to {@code OPEN} once
	 * {@code maxWaitDurationInHalfOpenState} has elapsed.
	 * @return the current state
	 */
	State getState();

	/**
	 * Returns an immutable snapshot of this breaker's metrics.
	 * @return the metrics at this instant
	 */
	Metrics getMetrics();

	/**
	 * Runs a call through this breaker.
	 * @param <T> the result type
	 * @param supplier the call
	 * @return the call's result
	 * @throws CallNotPermittedException if the breaker refused the call; the supplier did not run
	 * @throws RuntimeException whatever the supplier threw, unchanged, after its outcome was recorded
	 */
	<T> T execute(Supplier<T> supplier);

	/**
	 * Runs a call through this breaker.
	 * @param <T> the result type
	 * @param callable the call
	 * @return the call's result
	 * @throws CallNotPermittedException if the breaker refused the call; the callable did not run
	 * @throws Exception whatever the callable threw, unchanged, after its outcome was recorded
	 */
	<T> T call(Callable<T> callable) throws Exception;

	/**
	 * Runs a call through this breaker.
	 * @param runnable the call
	 * @throws CallNotPermittedException if the breaker refused the call; the runnable did not run
	 * @throws RuntimeException whatever the runnable threw, unchanged, after its outcome was recorded
	 */
	void run(Runnable runnable);

	/**
	 * Runs an asynchronous call through this breaker; its outcome is recorded when the stage completes. The call's
	 * duration runs from the supplier's invocation to the stage's completion. A stage cancelled before completion
	 * gives its permit back without counting as a success or a failure.
	 * @param <T> the result type
	 * @param supplier starts the call
	 * @return a stage that completes as the call's stage does, after the outcome was recorded; if the breaker refused
	 * the call, a stage failed with {@link CallNotPermittedException} (nothing is thrown and the supplier does not
	 * run); if the supplier itself threw, a stage failed with that exception
	 */
	<T> CompletionStage<T> executeAsync(Supplier<? extends CompletionStage<T>> supplier);

	/**
	 * Asks for permission to make one call, for integrations that run the call themselves. A caller that gets
	 * permission must report the call's end with exactly one of {@link #onSuccess(long)}, {@link #onError(long,
	 * Throwable)}, {@link #onResult(long, Object)} or {@link #releasePermission()}.
	 * @return whether the call may go ahead; a refusal is counted and reported to listeners
	 * @see #acquirePermit()
	 */
	boolean tryAcquirePermission();

	/**
	 * Reports that a call permitted by {@link #tryAcquirePermission()} succeeded. The outcome is attributed to the
	 * current state.
	 * @param durationNanos how long the call took
	 */
	void onSuccess(long durationNanos);

	/**
	 * Reports that a call permitted by {@link #tryAcquirePermission()} threw. The breaker classifies the exception
	 * as a failure, an ignored exception (which gives the permit back) or a success, per its configuration.
	 * @param durationNanos how long the call took
	 * @param error what the call threw
	 * @throws RuntimeException if a configured record-exception predicate threw; the outcome was then recorded as a
	 * failure and the permit released before this is thrown
	 */
	void onError(long durationNanos, Throwable error);

	/**
	 * Reports that a call permitted by {@link #tryAcquirePermission()} returned a result. It counts as a failure if
	 * the record-result predicate matches it, as a success otherwise.
	 * @param durationNanos how long the call took
	 * @param result what the call returned
	 * @throws RuntimeException if the record-result predicate threw; the outcome was then recorded as a failure and
	 * the permit released before this is thrown
	 */
	void onResult(long durationNanos, @org.jspecify.annotations.Nullable Object result);

	/**
	 * Gives back the permission of a call that was permitted by {@link #tryAcquirePermission()} but did not run, or
	 * whose outcome should not count (for example a cancelled call).
	 */
	void releasePermission();

	/**
	 * Asks for permission to make one call, and returns a permit that ties the call's outcome to the state that
	 * admitted it. A caller that gets a permit must report the call's end with exactly one of
	 * {@link #onSuccess(long, long)}, {@link #onError(long, long, Throwable)}, {@link #onResult(long, long, Object)}
	 * or {@link #releasePermit(long)}, passing the permit back.
	 * @return a permit (zero or more), or {@link #NO_PERMIT} if the call is refused; a refusal is counted and
	 * reported to listeners
	 */
	long acquirePermit();

	/**
	 * Creates the exception that describes a refusal by this breaker now: its state and how long until it lets a trial
	 * call through. Used by integrations after {@link #acquirePermit()} returned {@link #NO_PERMIT}.
	 * @return a new exception without stack trace
	 */
	CallNotPermittedException newCallNotPermittedException();

	/**
	 * Reports that a call admitted with {@code permit} succeeded.
	 * @param permit what {@link #acquirePermit()} returned
	 * @param durationNanos how long the call took
	 */
	void onSuccess(long permit, long durationNanos);

	/**
	 * Reports that a call admitted with {@code permit} threw; classified as for {@link #onError(long, Throwable)}.
	 * @param permit what {@link #acquirePermit()} returned
	 * @param durationNanos how long the call took
	 * @param error what the call threw
	 * @throws RuntimeException if a configured record-exception predicate threw, after the outcome was recorded as a
	 * failure
	 */
	void onError(long permit, long durationNanos, Throwable error);

	/**
	 * Reports that a call admitted with {@code permit} returned; classified as for {@link #onResult(long, Object)}.
	 * @param permit what {@link #acquirePermit()} returned
	 * @param durationNanos how long the call took
	 * @param result what the call returned
	 * @throws RuntimeException if the record-result predicate threw, after the outcome was recorded as a failure
	 */
	void onResult(long permit, long durationNanos, @org.jspecify.annotations.Nullable Object result);

	/**
	 * Gives back a permit whose call did not run or should not count.
	 * @param permit what {@link #acquirePermit()} returned
	 */
	void releasePermit(long permit);

	/**
	 * Moves the breaker to {@code CLOSED} with an empty window.
	 * @throws IllegalStateTransitionException never in practice: every state may be closed by hand
	 */
	void transitionToClosedState();

	/**
	 * Moves the breaker to {@code OPEN}, starting the open wait now.
	 */
	void transitionToOpenState();

	/**
	 * Moves the breaker to {@code HALF_OPEN}, allowing trial calls now (from {@code HALF_OPEN}: a fresh set of
	 * trial permits).
	 * @throws IllegalStateTransitionException if the breaker is not {@code OPEN}, {@code FORCED_OPEN} or
	 * {@code HALF_OPEN}: only a breaker that refuses calls, or is already probing, can be probed
	 */
	void transitionToHalfOpenState();

	/**
	 * Moves the breaker to {@code FORCED_OPEN}: it refuses every call until changed by hand.
	 */
	void transitionToForcedOpenState();

	/**
	 * Moves the breaker to {@code DISABLED}: it permits every call and records nothing until changed by hand. As in
	 * Resilience4j, a disabled breaker reports no call events to listeners either (refusals and transitions only).
	 */
	void transitionToDisabledState();

	/**
	 * Moves the breaker to {@code METRICS_ONLY}: it permits every call, records outcomes and never trips: a dry run.
	 */
	void transitionToMetricsOnlyState();

	/**
	 * Returns the breaker to {@code CLOSED} with an empty window and forgets the open-state backoff, whatever its
	 * state. Reported to listeners as a transition only if the state changed.
	 */
	void reset();

	/**
	 * Adds a listener. Listeners added while calls are running see only the events after they were added.
	 * @param listener the listener
	 */
	void addListener(CircuitBreakerListener listener);

	/**
	 * Removes a listener added before.
	 * @param listener the listener
	 * @return whether it was registered
	 */
	boolean removeListener(CircuitBreakerListener listener);

	/**
	 * The states of a circuit breaker.
	 */
	enum State {

		/**
		 * Calls run; outcomes are recorded; the breaker may trip.
		 */
		CLOSED,

		/**
		 * Calls are refused until the open wait has elapsed.
		 */
		OPEN,

		/**
		 * A limited number of trial calls run to probe the dependency.
		 */
		HALF_OPEN,

		/**
		 * Set by hand: every call is refused until the state is changed by hand.
		 */
		FORCED_OPEN,

		/**
		 * Set by hand: every call runs and nothing is recorded.
		 */
		DISABLED,

		/**
		 * Set by hand: every call runs and is recorded, but the breaker never trips.
		 */
		METRICS_ONLY;

		/**
		 * Returns whether a breaker in this state lets calls run (at least some of them).
		 * @return {@code false} for {@code OPEN} and {@code FORCED_OPEN}
		 */
		public boolean allowsCalls() {
			return this != OPEN && this != FORCED_OPEN;
		}

	}

	/**
	 * An immutable snapshot of a breaker's metrics.
	 *
	 * <p>In {@code CLOSED} and {@code METRICS_ONLY} the window counts are those of the sliding window. In
	 * {@code OPEN} and {@code FORCED_OPEN} they are frozen at what the breaker saw when it stopped permitting calls.
	 * In {@code HALF_OPEN} they count the trial calls that completed. {@code DISABLED} counts nothing.
	 *
	 * @param state the state when the snapshot was taken
	 * @param failureRate the percentage of failed calls in the window, or -1 while the window holds fewer than
	 * {@code minimumNumberOfCalls} calls
	 * @param slowCallRate the percentage of slow calls in the window, or -1 while the window holds fewer than
	 * {@code minimumNumberOfCalls} calls
	 * @param bufferedCalls the calls in the window
	 * @param failedCalls the failed calls in the window
	 * @param slowCalls the slow calls in the window (successful or failed)
	 * @param successfulCalls the successful calls in the window
	 * @param notPermittedCalls the calls refused since the breaker last entered {@code CLOSED} (or was reset)
	 * @param consecutiveFailures the failures in a row at the end of the window
	 * @param timeInState how long the breaker has been in its current state
	 * @param retryAfter in {@code OPEN}, how long until the breaker lets a trial call through; otherwise zero
	 */
	record Metrics(State state, float failureRate, float slowCallRate, int bufferedCalls, int failedCalls,
			int slowCalls, int successfulCalls, long notPermittedCalls, int consecutiveFailures, Duration timeInState,
			Duration retryAfter) {
	}

}
