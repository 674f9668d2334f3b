package dev.breaker.core.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerListener;
import dev.breaker.core.ResultRecordedAsFailureException;
import dev.breaker.core.Ticker;

/**
 * The {@link CircuitBreaker} of breaker: an {@link AtomicReference} to an immutable-identity {@link BreakerState},
 * one class per state. A call takes a permit tagged with the generation of the state that admitted it; its outcome
 * changes state only if that generation is still current. Transitions are single CAS swaps; only the winning thread
 * reports a transition, after the swap and outside any lock. Listeners learn of outcomes before they are recorded,
 * so an error is reported before the transition it causes. This class is thread-safe.
 */
public final class DefaultCircuitBreaker implements CircuitBreaker {

	private static final long NANOS_PER_SECOND = 1_000_000_000L;

	private final String name;

	private final CircuitBreakerConfig config;

	private final Ticker ticker;

	private final RateRule rateRule;

	private final int consecutiveFailureThreshold;

	private final long slowCallNanos;

	private final ListenerDispatcher listeners = new ListenerDispatcher();

	private final AtomicLong generations = new AtomicLong();

	private final AtomicReference<BreakerState> state;

	/**
	 * Creates a breaker in state {@code CLOSED}.
	 * @param name the breaker's name
	 * @param config its configuration
	 * @throws IllegalArgumentException if {@code name} is blank or {@code config} is null
	 */
	public DefaultCircuitBreaker(String name, CircuitBreakerConfig config) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must be a non-blank string but was '" + name + "'");
		}
		if (config == null) {
			throw new IllegalArgumentException("config must not be null");
		}
		this.name = name;
		this.config = config;
		this.ticker = config.getTicker();
		this.rateRule = new RateRule(config);
		this.consecutiveFailureThreshold = config.getConsecutiveFailureThreshold();
		this.slowCallNanos = saturatedNanos(config.getSlowCallDurationThreshold());
		this.state = new AtomicReference<>(new ClosedState(this, this.ticker.nanoTime()));
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public CircuitBreakerConfig getConfig() {
		return this.config;
	}

	@Override
	public State getState() {
		return currentState().state();
	}

	@Override
	public Metrics getMetrics() {
		return currentState().metrics(now());
	}

	private BreakerState currentState() {
		BreakerState current = this.state.get();
		if (current instanceof OpenState || current instanceof HalfOpenState) {
			long now = now();
			while (current.expire(now)) {
				current = this.state.get();
			}
		}
		return current;
	}

	// ---- calls ----

	@Override
	public <T> T execute(Supplier<T> supplier) {
		long permit = acquirePermitOrThrow();
		long start = this.ticker.nanoTime();
		T result;
		try {
			result = supplier.get();
		}
		catch (Throwable ex) {
			recordThrown(permit, start, ex);
			throw ex;
		}
		onResult(permit, this.ticker.nanoTime() - start, result);
		return result;
	}

	@Override
	public <T> T call(Callable<T> callable) throws Exception {
		long permit = acquirePermitOrThrow();
		long start = this.ticker.nanoTime();
		T result;
		try {
			result = callable.call();
		}
		catch (Throwable ex) {
			recordThrown(permit, start, ex);
			throw ex;
		}
		onResult(permit, this.ticker.nanoTime() - start, result);
		return result;
	}

	@Override
	public void run(Runnable runnable) {
		long permit = acquirePermitOrThrow();
		long start = this.ticker.nanoTime();
		try {
			runnable.run();
		}
		catch (Throwable ex) {
			recordThrown(permit, start, ex);
			throw ex;
		}
		onSuccess(permit, this.ticker.nanoTime() - start);
	}

	@Override
	public <T> CompletionStage<T> executeAsync(Supplier<? extends CompletionStage<T>> supplier) {
		long permit;
		try {
			permit = acquirePermitOrThrow();
		}
		catch (CallNotPermittedException refused) {
			return CompletableFuture.failedFuture(refused);
		}
		long start = this.ticker.nanoTime();
		CompletionStage<T> stage;
		try {
			stage = supplier.get();
			if (stage == null) {
				throw new NullPointerException("the supplier of CircuitBreaker '" + this.name + "' returned null");
			}
		}
		catch (Throwable ex) {
			recordThrown(permit, start, ex);
			return CompletableFuture.failedFuture(ex);
		}
		CompletableFuture<T> recorded = new CompletableFuture<>();
		stage.whenComplete((value, thrown) -> {
			long duration = this.ticker.nanoTime() - start;
			if (thrown == null) {
				try {
					onResult(permit, duration, value);
				}
				catch (Throwable predicateFailure) {
					recorded.completeExceptionally(predicateFailure);
					return;
				}
				recorded.complete(value);
				return;
			}
			Throwable cause = unwrap(thrown);
			if (cause instanceof CancellationException) {
				releasePermit(permit);
			}
			else {
				recordThrown(permit, start, cause);
			}
			recorded.completeExceptionally(cause);
		});
		return recorded;
	}

	/** Records what a call threw; a throwing predicate is attached to it as suppressed, never lost. */
	private void recordThrown(long permit, long start, Throwable thrown) {
		try {
			onError(permit, this.ticker.nanoTime() - start, thrown);
		}
		catch (Throwable predicateFailure) {
			if (predicateFailure != thrown) {
				thrown.addSuppressed(predicateFailure);
			}
		}
	}

	private static Throwable unwrap(Throwable thrown) {
		Throwable current = thrown;
		while ((current instanceof CompletionException || current instanceof ExecutionException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	// ---- permits ----

	@Override
	public boolean tryAcquirePermission() {
		return acquirePermit() != NO_PERMIT;
	}

	@Override
	public long acquirePermit() {
		for (;;) {
			BreakerState current = this.state.get();
			long decision = current.tryAcquire();
			if (decision == BreakerState.PERMITTED) {
				return current.generation;
			}
			if (decision != BreakerState.RETRY) {
				refused(current);
				return NO_PERMIT;
			}
		}
	}

	/**
	 * Takes a permit for {@link #execute}, {@link #call}, {@link #run} and {@link #executeAsync}, or builds the
	 * refusal from what the refusing state already knows (one clock reading for the whole refusal).
	 */
	private long acquirePermitOrThrow() {
		for (;;) {
			BreakerState current = this.state.get();
			long decision = current.tryAcquire();
			if (decision == BreakerState.PERMITTED) {
				return current.generation;
			}
			if (decision != BreakerState.RETRY) {
				refused(current);
				throw new CallNotPermittedException(this.name, current.state(), Duration.ofNanos(decision));
			}
		}
	}

	private void refused(BreakerState current) {
		current.cycle.refused();
		if (!this.listeners.isEmpty()) {
			this.listeners.callNotPermitted(this);
		}
	}

	@Override
	public CallNotPermittedException newCallNotPermittedException() {
		BreakerState current = this.state.get();
		return new CallNotPermittedException(this.name, current.state(), current.retryAfter(now()));
	}

	@Override
	public void onSuccess(long durationNanos) {
		onSuccess(this.state.get().generation, durationNanos);
	}

	@Override
	public void onError(long durationNanos, Throwable error) {
		onError(this.state.get().generation, durationNanos, error);
	}

	@Override
	public void onResult(long durationNanos, @Nullable Object result) {
		onResult(this.state.get().generation, durationNanos, result);
	}

	@Override
	public void releasePermission() {
		releasePermit(this.state.get().generation);
	}

	@Override
	public void onSuccess(long permit, long durationNanos) {
		BreakerState current = this.state.get();
		if (current instanceof DisabledState) {
			return;
		}
		boolean slow = durationNanos >= this.slowCallNanos;
		try {
			if (!this.listeners.isEmpty()) {
				this.listeners.success(this, durationNanos);
				if (slow) {
					this.listeners.slowCall(this, durationNanos);
				}
			}
		}
		finally {
			// recorded even if a listener failed fatally, so that no permit is ever lost
			if (current.generation == permit) {
				current.record(false, slow);
			}
		}
	}

	@Override
	public void onError(long permit, long durationNanos, Throwable error) {
		boolean ignored = this.config.isIgnored(error);
		if (!ignored) {
			boolean failure;
			try {
				failure = this.config.isRecordedFailure(error);
			}
			catch (RuntimeException | Error predicateFailure) {
				recordFailure(permit, durationNanos, error);
				throw predicateFailure;
			}
			if (failure) {
				recordFailure(permit, durationNanos, error);
			}
			else {
				onSuccess(permit, durationNanos);
			}
		}
		else {
			BreakerState current = this.state.get();
			if (current instanceof DisabledState) {
				return;
			}
			try {
				if (!this.listeners.isEmpty()) {
					this.listeners.ignoredError(this, durationNanos, error);
				}
			}
			finally {
				if (current.generation == permit) {
					current.release();
				}
			}
		}
	}

	@Override
	public void onResult(long permit, long durationNanos, @Nullable Object result) {
		Predicate<Object> recordResult = this.config.getRecordResultPredicate();
		if (recordResult == null) {
			onSuccess(permit, durationNanos);
			return;
		}
		boolean failure;
		try {
			failure = recordResult.test(result);
		}
		catch (RuntimeException | Error predicateFailure) {
			recordFailure(permit, durationNanos, resultFailure(result));
			throw predicateFailure;
		}
		if (failure) {
			recordFailure(permit, durationNanos, resultFailure(result));
		}
		else {
			onSuccess(permit, durationNanos);
		}
	}

	private ResultRecordedAsFailureException resultFailure(@Nullable Object result) {
		return new ResultRecordedAsFailureException(this.name,
				(result != null) ? result.getClass().getName() : "null");
	}

	private void recordFailure(long permit, long durationNanos, Throwable error) {
		BreakerState current = this.state.get();
		if (current instanceof DisabledState) {
			return;
		}
		boolean slow = durationNanos >= this.slowCallNanos;
		try {
			if (!this.listeners.isEmpty()) {
				this.listeners.error(this, durationNanos, error);
				if (slow) {
					this.listeners.slowCall(this, durationNanos);
				}
			}
		}
		finally {
			if (current.generation == permit) {
				current.record(true, slow);
			}
		}
	}

	@Override
	public void releasePermit(long permit) {
		BreakerState current = this.state.get();
		if (current.generation == permit) {
			current.release();
		}
	}

	// ---- manual control ----

	@Override
	public void transitionToClosedState() {
		transitionByHand(State.CLOSED);
	}

	@Override
	public void transitionToOpenState() {
		transitionByHand(State.OPEN);
	}

	@Override
	public void transitionToHalfOpenState() {
		transitionByHand(State.HALF_OPEN);
	}

	@Override
	public void transitionToForcedOpenState() {
		transitionByHand(State.FORCED_OPEN);
	}

	@Override
	public void transitionToDisabledState() {
		transitionByHand(State.DISABLED);
	}

	@Override
	public void transitionToMetricsOnlyState() {
		transitionByHand(State.METRICS_ONLY);
	}

	@Override
	public void reset() {
		transitionByHand(State.CLOSED);
	}

	private void transitionByHand(State target) {
		for (;;) {
			BreakerState current = this.state.get();
			StateTransitions.checkManual(this.name, current.state(), target);
			long now = now();
			BreakerState next = switch (target) {
				case CLOSED -> new ClosedState(this, now);
				case OPEN -> OpenState.after(current, now);
				case HALF_OPEN -> new HalfOpenState(this, now, current.cycle, current.openCount());
				case FORCED_OPEN -> new ForcedOpenState(this, now, current);
				case DISABLED -> new DisabledState(this, now, current.cycle);
				case METRICS_ONLY -> new MetricsOnlyState(this, now, current.cycle);
			};
			if (transition(current, next)) {
				return;
			}
		}
	}

	@Override
	public void addListener(CircuitBreakerListener listener) {
		this.listeners.add(listener);
	}

	@Override
	public boolean removeListener(CircuitBreakerListener listener) {
		return this.listeners.remove(listener);
	}

	// ---- for the states ----

	/**
	 * Swaps {@code from} for {@code to} if {@code from} is still current, and then reports the transition.
	 * @return whether this call made the swap
	 */
	boolean transition(BreakerState from, BreakerState to) {
		if (!this.state.compareAndSet(from, to)) {
			return false;
		}
		if (from.state() != to.state() && !this.listeners.isEmpty()) {
			this.listeners.stateTransition(this, from.state(), to.state());
		}
		return true;
	}

	long nextGeneration() {
		return this.generations.getAndIncrement();
	}

	long now() {
		return this.ticker.nanoTime();
	}

	RateRule rateRule() {
		return this.rateRule;
	}

	int consecutiveFailureThreshold() {
		return this.consecutiveFailureThreshold;
	}

	/**
	 * The open wait for the {@code openCount}-th opening in a row: the configured wait times the backoff multiplier
	 * to the power {@code openCount - 1}, spread by the jitter, capped at the backoff maximum, at least 1 ns.
	 */
	long openWaitNanos(int openCount) {
		double wait = saturatedNanos(this.config.getWaitDurationInOpenState());
		double max = saturatedNanos(this.config.getOpenStateBackoffMax());
		double multiplier = this.config.getOpenStateBackoffMultiplier();
		if (multiplier > 1.0 && openCount > 1) {
			wait = Math.min(max, wait * Math.pow(multiplier, openCount - 1));
		}
		double jitter = this.config.getOpenStateJitter();
		if (jitter > 0) {
			wait = wait * (1 + jitter * (2 * ThreadLocalRandom.current().nextDouble() - 1));
		}
		return Math.max(1L, (long) Math.min(wait, max));
	}

	/**
	 * A duration in nanoseconds, saturated at {@link Long#MAX_VALUE} (about 292 years) where {@link Duration#toNanos()}
	 * would overflow: the config accepts longer durations (such as {@code ChronoUnit.FOREVER}), which mean "never".
	 * Deadlines computed from it are compared by subtraction ({@code now - deadline < 0}), which stays correct when
	 * {@code start + Long.MAX_VALUE} wraps around.
	 */
	static long saturatedNanos(Duration duration) {
		return (duration.getSeconds() >= Long.MAX_VALUE / NANOS_PER_SECOND) ? Long.MAX_VALUE : duration.toNanos();
	}

	@Override
	public String toString() {
		return "CircuitBreaker[" + this.name + ", " + this.state.get().state() + "]";
	}

}
