package dev.breaker.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The immutable configuration of a {@link CircuitBreaker}, built by a validating {@link Builder}.
 *
 * <p>Defaults match Resilience4j's, so users can migrate. Every setter of the builder validates its argument at once
 * and throws {@link IllegalArgumentException} whose message names the option, the allowed values and the bad value,
 * e.g. {@code failureRateThreshold must be in [1, 100] but was 120.0}. The config holds values only, never listeners,
 * so it can be shown in an endpoint. Instances are immutable and thread-safe (the predicates and ticker it holds must
 * be thread-safe too).
 *
 * <h2>Classifying exceptions</h2>
 * An exception is <em>ignored</em> (neither success nor failure; a {@code HALF_OPEN} trial gives its permit back) if
 * it is an instance of one of {@link #getIgnoreExceptions() ignoreExceptions}. Otherwise it is a <em>failure</em>
 * if it is an instance of one of {@link #getRecordExceptions() recordExceptions} or matches the
 * {@link #getRecordExceptionPredicate() recordException predicate}; when neither is configured, every exception and
 * {@link Error} is a failure. An exception that is neither ignored nor recorded counts as a success, as in
 * Resilience4j. Ignore wins over record, and subclasses match.
 */
public final class CircuitBreakerConfig {

	/** Default {@link #getFailureRateThreshold()}: 50 percent. */
	public static final float DEFAULT_FAILURE_RATE_THRESHOLD = 50;

	/** Default {@link #getSlowCallRateThreshold()}: 100 percent. */
	public static final float DEFAULT_SLOW_CALL_RATE_THRESHOLD = 100;

	/** Default {@link #getSlowCallDurationThreshold()}: 60 seconds. */
	public static final Duration DEFAULT_SLOW_CALL_DURATION_THRESHOLD = Duration.ofSeconds(60);

	/** Default {@link #getSlidingWindowType()}: count-based. */
	public static final SlidingWindowType DEFAULT_SLIDING_WINDOW_TYPE = SlidingWindowType.COUNT_BASED;

	/** Default {@link #getSlidingWindowSize()}: 100 calls. */
	public static final int DEFAULT_SLIDING_WINDOW_SIZE = 100;

	/** Default {@link #getMinimumNumberOfCalls()}: 100 calls. */
	public static final int DEFAULT_MINIMUM_NUMBER_OF_CALLS = 100;

	/** Default {@link #getConsecutiveFailureThreshold()}: 0, off. */
	public static final int DEFAULT_CONSECUTIVE_FAILURE_THRESHOLD = 0;

	/** Default {@link #getWaitDurationInOpenState()}: 60 seconds. */
	public static final Duration DEFAULT_WAIT_DURATION_IN_OPEN_STATE = Duration.ofSeconds(60);

	/** Default {@link #getOpenStateBackoffMultiplier()}: 1, no backoff. */
	public static final double DEFAULT_OPEN_STATE_BACKOFF_MULTIPLIER = 1.0;

	/** Default {@link #getOpenStateJitter()}: 0, no jitter. */
	public static final double DEFAULT_OPEN_STATE_JITTER = 0.0;

	/** Default {@link #getPermittedNumberOfCallsInHalfOpenState()}: 10 calls. */
	public static final int DEFAULT_PERMITTED_NUMBER_OF_CALLS_IN_HALF_OPEN_STATE = 10;

	/** Default {@link #getMaxWaitDurationInHalfOpenState()}: 60 seconds. */
	public static final Duration DEFAULT_MAX_WAIT_DURATION_IN_HALF_OPEN_STATE = Duration.ofSeconds(60);

	/** The largest sliding window size: 1,000,000 calls or seconds. */
	public static final int MAX_SLIDING_WINDOW_SIZE = 1_000_000;

	private static final CircuitBreakerConfig DEFAULTS = new Builder().build();

	private final float failureRateThreshold;

	private final float slowCallRateThreshold;

	private final Duration slowCallDurationThreshold;

	private final SlidingWindowType slidingWindowType;

	private final int slidingWindowSize;

	private final int minimumNumberOfCalls;

	private final int consecutiveFailureThreshold;

	private final Duration waitDurationInOpenState;

	private final double openStateBackoffMultiplier;

	private final Duration openStateBackoffMax;

	private final double openStateJitter;

	private final int permittedNumberOfCallsInHalfOpenState;

	private final Duration maxWaitDurationInHalfOpenState;

	private final List<Class<? extends Throwable>> recordExceptions;

	private final List<Class<? extends Throwable>> ignoreExceptions;

	private final @Nullable Predicate<Throwable> recordExceptionPredicate;

	private final @Nullable Predicate<Object> recordResultPredicate;

	private final Ticker ticker;

	private final boolean recordEveryException;

	private CircuitBreakerConfig(Builder builder) {
		this.failureRateThreshold = builder.failureRateThreshold;
		this.slowCallRateThreshold = builder.slowCallRateThreshold;
		this.slowCallDurationThreshold = builder.slowCallDurationThreshold;
		this.slidingWindowType = builder.slidingWindowType;
		this.slidingWindowSize = builder.slidingWindowSize;
		this.minimumNumberOfCalls = builder.minimumNumberOfCalls;
		this.consecutiveFailureThreshold = builder.consecutiveFailureThreshold;
		this.waitDurationInOpenState = builder.waitDurationInOpenState;
		this.openStateBackoffMultiplier = builder.openStateBackoffMultiplier;
		this.openStateBackoffMax = (builder.openStateBackoffMax != null) ? builder.openStateBackoffMax
				: builder.waitDurationInOpenState;
		this.openStateJitter = builder.openStateJitter;
		this.permittedNumberOfCallsInHalfOpenState = builder.permittedNumberOfCallsInHalfOpenState;
		this.maxWaitDurationInHalfOpenState = builder.maxWaitDurationInHalfOpenState;
		this.recordExceptions = builder.recordExceptions;
		this.ignoreExceptions = builder.ignoreExceptions;
		this.recordExceptionPredicate = builder.recordExceptionPredicate;
		this.recordResultPredicate = builder.recordResultPredicate;
		this.ticker = builder.ticker;
		this.recordEveryException = this.recordExceptions.isEmpty() && this.recordExceptionPredicate == null;
	}

	/**
	 * Returns a new builder holding the defaults.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the default configuration.
	 * @return the configuration with every option at its default
	 */
	public static CircuitBreakerConfig ofDefaults() {
		return DEFAULTS;
	}

	/**
	 * Returns a new builder holding this configuration's values, to derive another configuration from it.
	 * @return a builder initialised from this configuration
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Returns the failure rate, in percent, at or above which the breaker trips.
	 * @return a percentage in [1, 100]
	 */
	public float getFailureRateThreshold() {
		return this.failureRateThreshold;
	}

	/**
	 * Returns the slow-call rate, in percent, at or above which the breaker trips.
	 * @return a percentage in [1, 100]
	 */
	public float getSlowCallRateThreshold() {
		return this.slowCallRateThreshold;
	}

	/**
	 * Returns the duration at or above which a call is slow.
	 * @return a positive duration
	 */
	public Duration getSlowCallDurationThreshold() {
		return this.slowCallDurationThreshold;
	}

	/**
	 * Returns the type of the sliding window.
	 * @return the window type
	 */
	public SlidingWindowType getSlidingWindowType() {
		return this.slidingWindowType;
	}

	/**
	 * Returns the size of the sliding window: calls for {@link SlidingWindowType#COUNT_BASED}, seconds for
	 * {@link SlidingWindowType#TIME_BASED}.
	 * @return the size, in [1, {@value #MAX_SLIDING_WINDOW_SIZE}]
	 */
	public int getSlidingWindowSize() {
		return this.slidingWindowSize;
	}

	/**
	 * Returns how many calls the window must hold before the rates are computed and may trip the breaker. For a
	 * count-based window larger than its size, the window size is used instead (as in Resilience4j), so a full window
	 * is always enough.
	 * @return the configured minimum, at least 1
	 */
	public int getMinimumNumberOfCalls() {
		return this.minimumNumberOfCalls;
	}

	/**
	 * Returns after how many failures in a row the breaker trips, whatever the window says.
	 * @return the threshold, or 0 when off
	 */
	public int getConsecutiveFailureThreshold() {
		return this.consecutiveFailureThreshold;
	}

	/**
	 * Returns how long the breaker stays {@code OPEN} the first time it opens after being closed.
	 * @return a positive duration
	 */
	public Duration getWaitDurationInOpenState() {
		return this.waitDurationInOpenState;
	}

	/**
	 * Returns the factor by which the open wait grows each time the breaker opens again without having closed.
	 * @return the multiplier, at least 1 (1 means no backoff)
	 */
	public double getOpenStateBackoffMultiplier() {
		return this.openStateBackoffMultiplier;
	}

	/**
	 * Returns the longest open wait backoff can reach.
	 * @return a duration at least {@link #getWaitDurationInOpenState()}
	 */
	public Duration getOpenStateBackoffMax() {
		return this.openStateBackoffMax;
	}

	/**
	 * Returns the fraction by which each open wait is spread at random: a wait {@code w} becomes a value drawn
	 * uniformly from {@code [w × (1 - jitter), w × (1 + jitter)]}, capped at {@link #getOpenStateBackoffMax()}.
	 * @return a fraction in [0, 1)
	 */
	public double getOpenStateJitter() {
		return this.openStateJitter;
	}

	/**
	 * Returns how many trial calls may run at a time in {@code HALF_OPEN}, and how many must succeed to close.
	 * @return at least 1
	 */
	public int getPermittedNumberOfCallsInHalfOpenState() {
		return this.permittedNumberOfCallsInHalfOpenState;
	}

	/**
	 * Returns how long the breaker may stay {@code HALF_OPEN} before it opens again.
	 * @return a duration; zero means forever
	 */
	public Duration getMaxWaitDurationInHalfOpenState() {
		return this.maxWaitDurationInHalfOpenState;
	}

	/**
	 * Returns the exception types recorded as failures (subclasses included).
	 * @return an immutable list, empty when not configured
	 */
	public List<Class<? extends Throwable>> getRecordExceptions() {
		return this.recordExceptions;
	}

	/**
	 * Returns the exception types ignored: neither success nor failure (subclasses included). Ignore wins over
	 * record.
	 * @return an immutable list, empty when not configured
	 */
	public List<Class<? extends Throwable>> getIgnoreExceptions() {
		return this.ignoreExceptions;
	}

	/**
	 * Returns the predicate that records matching exceptions as failures, in addition to
	 * {@link #getRecordExceptions()}.
	 * @return the predicate, or {@code null} when not configured
	 */
	public @Nullable Predicate<Throwable> getRecordExceptionPredicate() {
		return this.recordExceptionPredicate;
	}

	/**
	 * Returns the predicate that counts a returned value as a failure (the value is still returned to the caller).
	 * @return the predicate, or {@code null} when not configured
	 */
	public @Nullable Predicate<Object> getRecordResultPredicate() {
		return this.recordResultPredicate;
	}

	/**
	 * Returns the time source of every duration, wait and window.
	 * @return the ticker
	 */
	public Ticker getTicker() {
		return this.ticker;
	}

	/**
	 * Returns whether a breaker with this configuration ignores an exception: neither a success nor a failure.
	 * @param error what a call threw
	 * @return whether it is an instance of one of {@link #getIgnoreExceptions()}
	 */
	public boolean isIgnored(Throwable error) {
		List<Class<? extends Throwable>> ignored = this.ignoreExceptions;
		for (int i = 0; i < ignored.size(); i++) {
			if (ignored.get(i).isInstance(error)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns whether a breaker with this configuration records an exception as a failure, per the rules in this
	 * class's documentation (an exception that is neither ignored nor a failure counts as a success).
	 * @param error what a call threw
	 * @return whether it counts as a failure
	 * @throws RuntimeException whatever the {@link #getRecordExceptionPredicate() record-exception predicate} throws
	 */
	public boolean isRecordedFailure(Throwable error) {
		if (isIgnored(error)) {
			return false;
		}
		if (this.recordEveryException) {
			return true;
		}
		List<Class<? extends Throwable>> recorded = this.recordExceptions;
		for (int i = 0; i < recorded.size(); i++) {
			if (recorded.get(i).isInstance(error)) {
				return true;
			}
		}
		return this.recordExceptionPredicate != null && this.recordExceptionPredicate.test(error);
	}

	@Override
	public String toString() {
		return "CircuitBreakerConfig[failureRateThreshold=" + this.failureRateThreshold + ", slowCallRateThreshold="
				+ this.slowCallRateThreshold + ", slowCallDurationThreshold=" + this.slowCallDurationThreshold
				+ ", slidingWindowType=" + this.slidingWindowType + ", slidingWindowSize=" + this.slidingWindowSize
				+ ", minimumNumberOfCalls=" + this.minimumNumberOfCalls + ", consecutiveFailureThreshold="
				+ this.consecutiveFailureThreshold + ", waitDurationInOpenState=" + this.waitDurationInOpenState
				+ ", openStateBackoffMultiplier=" + this.openStateBackoffMultiplier + ", openStateBackoffMax="
				+ this.openStateBackoffMax + ", openStateJitter=" + this.openStateJitter
				+ ", permittedNumberOfCallsInHalfOpenState=" + this.permittedNumberOfCallsInHalfOpenState
				+ ", maxWaitDurationInHalfOpenState=" + this.maxWaitDurationInHalfOpenState + ", recordExceptions="
				+ this.recordExceptions + ", ignoreExceptions=" + this.ignoreExceptions + "]";
	}

	/**
	 * Builds a {@link CircuitBreakerConfig}. Each setter validates its argument at once; {@link #build()} checks the
	 * rules that span options. Not thread-safe.
	 */
	public static final class Builder {

		private float failureRateThreshold = DEFAULT_FAILURE_RATE_THRESHOLD;

		private float slowCallRateThreshold = DEFAULT_SLOW_CALL_RATE_THRESHOLD;

		private Duration slowCallDurationThreshold = DEFAULT_SLOW_CALL_DURATION_THRESHOLD;

		private SlidingWindowType slidingWindowType = DEFAULT_SLIDING_WINDOW_TYPE;

		private int slidingWindowSize = DEFAULT_SLIDING_WINDOW_SIZE;

		private int minimumNumberOfCalls = DEFAULT_MINIMUM_NUMBER_OF_CALLS;

		private int consecutiveFailureThreshold = DEFAULT_CONSECUTIVE_FAILURE_THRESHOLD;

		private Duration waitDurationInOpenState = DEFAULT_WAIT_DURATION_IN_OPEN_STATE;

		private double openStateBackoffMultiplier = DEFAULT_OPEN_STATE_BACKOFF_MULTIPLIER;

		private @Nullable Duration openStateBackoffMax;

		private double openStateJitter = DEFAULT_OPEN_STATE_JITTER;

		private int permittedNumberOfCallsInHalfOpenState = DEFAULT_PERMITTED_NUMBER_OF_CALLS_IN_HALF_OPEN_STATE;

		private Duration maxWaitDurationInHalfOpenState = DEFAULT_MAX_WAIT_DURATION_IN_HALF_OPEN_STATE;

		private List<Class<? extends Throwable>> recordExceptions = List.of();

		private List<Class<? extends Throwable>> ignoreExceptions = List.of();

		private @Nullable Predicate<Throwable> recordExceptionPredicate;

		private @Nullable Predicate<Object> recordResultPredicate;

		private Ticker ticker = Ticker.system();

		private Builder() {
		}

		private Builder(CircuitBreakerConfig config) {
			this.failureRateThreshold = config.failureRateThreshold;
			this.slowCallRateThreshold = config.slowCallRateThreshold;
			this.slowCallDurationThreshold = config.slowCallDurationThreshold;
			this.slidingWindowType = config.slidingWindowType;
			this.slidingWindowSize = config.slidingWindowSize;
			this.minimumNumberOfCalls = config.minimumNumberOfCalls;
			this.consecutiveFailureThreshold = config.consecutiveFailureThreshold;
			this.waitDurationInOpenState = config.waitDurationInOpenState;
			this.openStateBackoffMultiplier = config.openStateBackoffMultiplier;
			this.openStateBackoffMax = config.openStateBackoffMax.equals(config.waitDurationInOpenState) ? null
					: config.openStateBackoffMax;
			this.openStateJitter = config.openStateJitter;
			this.permittedNumberOfCallsInHalfOpenState = config.permittedNumberOfCallsInHalfOpenState;
			this.maxWaitDurationInHalfOpenState = config.maxWaitDurationInHalfOpenState;
			this.recordExceptions = config.recordExceptions;
			this.ignoreExceptions = config.ignoreExceptions;
			this.recordExceptionPredicate = config.recordExceptionPredicate;
			this.recordResultPredicate = config.recordResultPredicate;
			this.ticker = config.ticker;
		}

		/**
		 * Sets the failure rate, in percent, at or above which the breaker trips. Default 50.
		 * @param percent a percentage in [1, 100]
		 * @return this builder
		 * @throws IllegalArgumentException if {@code percent} is outside [1, 100]
		 */
		public Builder failureRateThreshold(float percent) {
			Preconditions.checkArgument(percent >= 1 && percent <= 100, "failureRateThreshold", "in [1, 100]",
					percent);
			this.failureRateThreshold = percent;
			return this;
		}

		/**
		 * Sets the slow-call rate, in percent, at or above which the breaker trips. Default 100.
		 * @param percent a percentage in [1, 100]
		 * @return this builder
		 * @throws IllegalArgumentException if {@code percent} is outside [1, 100]
		 */
		public Builder slowCallRateThreshold(float percent) {
			Preconditions.checkArgument(percent >= 1 && percent <= 100, "slowCallRateThreshold", "in [1, 100]",
					percent);
			this.slowCallRateThreshold = percent;
			return this;
		}

		/**
		 * Sets the duration at or above which a call is slow. Default 60 s.
		 * @param threshold a positive duration
		 * @return this builder
		 * @throws IllegalArgumentException if {@code threshold} is null, zero or negative
		 */
		public Builder slowCallDurationThreshold(Duration threshold) {
			checkPositive(threshold, "slowCallDurationThreshold");
			this.slowCallDurationThreshold = threshold;
			return this;
		}

		/**
		 * Sets the sliding window's type and size. Default {@code COUNT_BASED}, 100.
		 * @param type the window type
		 * @param size calls for a count-based window, seconds for a time-based one, in [1, 1000000]
		 * @return this builder
		 * @throws IllegalArgumentException if {@code type} is null or {@code size} out of range
		 */
		public Builder slidingWindow(SlidingWindowType type, int size) {
			return slidingWindowType(type).slidingWindowSize(size);
		}

		/**
		 * Sets the sliding window's type, keeping its size. Default {@code COUNT_BASED}.
		 * @param type the window type
		 * @return this builder
		 * @throws IllegalArgumentException if {@code type} is null
		 */
		public Builder slidingWindowType(SlidingWindowType type) {
			this.slidingWindowType = Preconditions.checkNotNull(type, "slidingWindowType");
			return this;
		}

		/**
		 * Sets the sliding window's size, keeping its type. Default 100.
		 * @param size calls for a count-based window, seconds for a time-based one, in [1, 1000000]
		 * @return this builder
		 * @throws IllegalArgumentException if {@code size} is out of range
		 */
		public Builder slidingWindowSize(int size) {
			Preconditions.checkArgument(size >= 1 && size <= MAX_SLIDING_WINDOW_SIZE, "slidingWindowSize",
					"in [1, " + MAX_SLIDING_WINDOW_SIZE + "]", size);
			this.slidingWindowSize = size;
			return this;
		}

		/**
		 * Sets how many calls the window must hold before the rates are computed. Default 100. For a count-based
		 * window smaller than this, the window size is used instead.
		 * @param calls at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if {@code calls} is less than 1
		 */
		public Builder minimumNumberOfCalls(int calls) {
			Preconditions.checkArgument(calls >= 1, "minimumNumberOfCalls", "at least 1", calls);
			this.minimumNumberOfCalls = calls;
			return this;
		}

		/**
		 * Sets after how many failures in a row the breaker trips, whatever the window says. Default 0 (off).
		 * @param failures at least 0; 0 turns the rule off
		 * @return this builder
		 * @throws IllegalArgumentException if {@code failures} is negative
		 */
		public Builder consecutiveFailureThreshold(int failures) {
			Preconditions.checkArgument(failures >= 0, "consecutiveFailureThreshold", "at least 0 (0 = off)",
					failures);
			this.consecutiveFailureThreshold = failures;
			return this;
		}

		/**
		 * Sets how long the breaker stays {@code OPEN} before it lets trial calls through. Default 60 s.
		 * @param wait a positive duration
		 * @return this builder
		 * @throws IllegalArgumentException if {@code wait} is null, zero or negative
		 */
		public Builder waitDurationInOpenState(Duration wait) {
			checkPositive(wait, "waitDurationInOpenState");
			this.waitDurationInOpenState = wait;
			return this;
		}

		/**
		 * Sets exponential backoff of the open wait: each time the breaker opens again without having closed, the wait
		 * is multiplied by {@code multiplier}, up to {@code max}. Closing (or a reset) starts again from
		 * {@link #waitDurationInOpenState(Duration)}. Default: no backoff.
		 * @param multiplier at least 1
		 * @param max the longest wait, at least the wait duration in open state (checked by {@link #build()})
		 * @return this builder
		 * @throws IllegalArgumentException if {@code multiplier} is less than 1 or not finite, or {@code max} is not
		 * positive
		 */
		public Builder openStateBackoff(double multiplier, Duration max) {
			Preconditions.checkArgument(multiplier >= 1 && Double.isFinite(multiplier), "openStateBackoff multiplier",
					"a finite number at least 1.0", multiplier);
			checkPositive(max, "openStateBackoff max");
			this.openStateBackoffMultiplier = multiplier;
			this.openStateBackoffMax = max;
			return this;
		}

		/**
		 * Spreads each open wait at random by up to {@code fraction} of it either way, so that many instances do not
		 * probe a recovering dependency at the same instant. Default 0.
		 * @param fraction in [0, 1)
		 * @return this builder
		 * @throws IllegalArgumentException if {@code fraction} is outside [0, 1)
		 */
		public Builder openStateJitter(double fraction) {
			Preconditions.checkArgument(fraction >= 0 && fraction < 1, "openStateJitter", "in [0, 1)", fraction);
			this.openStateJitter = fraction;
			return this;
		}

		/**
		 * Sets how many trial calls may run at a time in {@code HALF_OPEN}, and how many must succeed to close.
		 * Default 10.
		 * @param calls at least 1
		 * @return this builder
		 * @throws IllegalArgumentException if {@code calls} is less than 1
		 */
		public Builder permittedNumberOfCallsInHalfOpenState(int calls) {
			Preconditions.checkArgument(calls >= 1, "permittedNumberOfCallsInHalfOpenState", "at least 1", calls);
			this.permittedNumberOfCallsInHalfOpenState = calls;
			return this;
		}

		/**
		 * Sets how long the breaker may stay {@code HALF_OPEN} before it opens again. Default 60 s.
		 * @param maxWait zero (forever) or a positive duration
		 * @return this builder
		 * @throws IllegalArgumentException if {@code maxWait} is null or negative
		 */
		public Builder maxWaitDurationInHalfOpenState(Duration maxWait) {
			Preconditions.checkNotNull(maxWait, "maxWaitDurationInHalfOpenState");
			Preconditions.checkArgument(!maxWait.isNegative(), "maxWaitDurationInHalfOpenState",
					"zero (forever) or positive", maxWait);
			this.maxWaitDurationInHalfOpenState = maxWait;
			return this;
		}

		/**
		 * Records exceptions of these types (and their subclasses) as failures. Replaces earlier types. Default: every
		 * exception is a failure.
		 * @param exceptions the types
		 * @return this builder
		 * @throws IllegalArgumentException if an element is null
		 */
		@SafeVarargs
		public final Builder recordExceptions(Class<? extends Throwable>... exceptions) {
			this.recordExceptions = copyOf(exceptions, "recordExceptions");
			return this;
		}

		/**
		 * Ignores exceptions of these types (and their subclasses): neither success nor failure. Replaces earlier
		 * types. Ignore wins over record.
		 * @param exceptions the types
		 * @return this builder
		 * @throws IllegalArgumentException if an element is null
		 */
		@SafeVarargs
		public final Builder ignoreExceptions(Class<? extends Throwable>... exceptions) {
			this.ignoreExceptions = copyOf(exceptions, "ignoreExceptions");
			return this;
		}

		/**
		 * Records exceptions matching this predicate as failures, in addition to {@link #recordExceptions}.
		 * @param predicate the predicate, or {@code null} to remove it
		 * @return this builder
		 */
		public Builder recordException(@Nullable Predicate<Throwable> predicate) {
			this.recordExceptionPredicate = predicate;
			return this;
		}

		/**
		 * Counts a returned value matching this predicate as a failure, for example an HTTP 503 response. The value is
		 * still returned to the caller.
		 * @param predicate the predicate, or {@code null} to remove it
		 * @return this builder
		 */
		public Builder recordResult(@Nullable Predicate<Object> predicate) {
			this.recordResultPredicate = predicate;
			return this;
		}

		/**
		 * Sets the time source of every duration, wait and window. Default {@link Ticker#system()}.
		 * @param ticker the ticker
		 * @return this builder
		 * @throws IllegalArgumentException if {@code ticker} is null
		 */
		public Builder ticker(Ticker ticker) {
			this.ticker = Preconditions.checkNotNull(ticker, "ticker");
			return this;
		}

		/**
		 * Builds the configuration.
		 * @return a new immutable configuration
		 * @throws IllegalArgumentException if the open-state backoff max is shorter than the wait duration in open
		 * state
		 */
		public CircuitBreakerConfig build() {
			if (this.openStateBackoffMax != null) {
				Preconditions.checkArgument(this.openStateBackoffMax.compareTo(this.waitDurationInOpenState) >= 0,
						"openStateBackoff max", "at least waitDurationInOpenState (" + this.waitDurationInOpenState + ")",
						this.openStateBackoffMax);
			}
			return new CircuitBreakerConfig(this);
		}

		private static void checkPositive(Duration duration, String name) {
			Preconditions.checkNotNull(duration, name);
			Preconditions.checkArgument(!duration.isNegative() && !duration.isZero(), name, "positive", duration);
		}

		private static List<Class<? extends Throwable>> copyOf(Class<? extends Throwable> @Nullable [] types,
				String name) {
			Preconditions.checkNotNull(types, name);
			for (Class<? extends Throwable> type : types) {
				Preconditions.checkNotNull(type, name + " element");
			}
			return List.of(types);
		}

	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof CircuitBreakerConfig that)) {
			return false;
		}
		return this.failureRateThreshold == that.failureRateThreshold
				&& this.slowCallRateThreshold == that.slowCallRateThreshold
				&& this.slowCallDurationThreshold.equals(that.slowCallDurationThreshold)
				&& this.slidingWindowType == that.slidingWindowType && this.slidingWindowSize == that.slidingWindowSize
				&& this.minimumNumberOfCalls == that.minimumNumberOfCalls
				&& this.consecutiveFailureThreshold == that.consecutiveFailureThreshold
				&& this.waitDurationInOpenState.equals(that.waitDurationInOpenState)
				&& this.openStateBackoffMultiplier == that.openStateBackoffMultiplier
				&& this.openStateBackoffMax.equals(that.openStateBackoffMax)
				&& this.openStateJitter == that.openStateJitter
				&& this.permittedNumberOfCallsInHalfOpenState == that.permittedNumberOfCallsInHalfOpenState
				&& this.maxWaitDurationInHalfOpenState.equals(that.maxWaitDurationInHalfOpenState)
				&& this.recordExceptions.equals(that.recordExceptions)
				&& this.ignoreExceptions.equals(that.ignoreExceptions)
				&& Objects.equals(this.recordExceptionPredicate, that.recordExceptionPredicate)
				&& Objects.equals(this.recordResultPredicate, that.recordResultPredicate)
				&& this.ticker.equals(that.ticker);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.failureRateThreshold, this.slidingWindowType, this.slidingWindowSize,
				this.minimumNumberOfCalls, this.waitDurationInOpenState);
	}

}
