package dev.breaker.spring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.breaker.core.SlidingWindowType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;

/**
 * Configuration properties of breaker, bound from {@code breaker.*}.
 *
 * <p>Circuit breakers are configured per instance under {@code breaker.instances.<name>}. An instance inherits from
 * the named configuration given by its {@code base-config} (configurations may themselves have a base), and every
 * breaker inherits from {@code breaker.configs.default}. An option left unset inherits; a list set on an instance
 * replaces the inherited list. Values are validated by the core's {@code CircuitBreakerConfig.Builder} at start-up,
 * and an unknown key under {@code breaker.*} (a typo such as {@code failure-rate-treshold}) stops start-up too.
 * Not thread-safe: it is a mutable JavaBean for binding.
 */
@ConfigurationProperties(prefix = "breaker", ignoreUnknownFields = false)
public class BreakerProperties {

	/**
	 * Default order of the circuit breaker advice: just above the lowest precedence, so that an advice with a
	 * higher order (for example a transaction at the lowest precedence) runs inside the breaker, while a retry advice
	 * ordered ahead of it wraps it and each attempt is one call the breaker sees.
	 */
	public static final int DEFAULT_ASPECT_ORDER = Ordered.LOWEST_PRECEDENCE - 3;

	/**
	 * Named configurations that instances inherit from through base-config. The configuration named 'default'
	 * applies to every circuit breaker, including those created on demand by name.
	 */
	private final Map<String, Instance> configs = new LinkedHashMap<>();

	/**
	 * Circuit breakers, by name, created at start-up with these options.
	 */
	private final Map<String, Instance> instances = new LinkedHashMap<>();

	/**
	 * Order of the circuit breaker advice among the other advices on a bean; lower values run first (outside).
	 */
	private int aspectOrder = DEFAULT_ASPECT_ORDER;

	private final Health health = new Health();

	private final Events events = new Events();

	private final Dashboard dashboard = new Dashboard();

	public Map<String, Instance> getConfigs() {
		return this.configs;
	}

	public Map<String, Instance> getInstances() {
		return this.instances;
	}

	public int getAspectOrder() {
		return this.aspectOrder;
	}

	public void setAspectOrder(int aspectOrder) {
		this.aspectOrder = aspectOrder;
	}

	public Health getHealth() {
		return this.health;
	}

	public Events getEvents() {
		return this.events;
	}

	public Dashboard getDashboard() {
		return this.dashboard;
	}

	/**
	 * The options of one circuit breaker or named configuration. Every option is nullable: {@code null} inherits the
	 * value of the base configuration, of the 'default' configuration, or else the core's default.
	 */
	public static class Instance {

		/**
		 * Name of the configuration under breaker.configs to inherit unset options from.
		 */
		private @Nullable String baseConfig;

		/**
		 * Failure rate, in percent, at or above which the circuit breaker opens.
		 */
		private @Nullable Float failureRateThreshold;

		/**
		 * Slow-call rate, in percent, at or above which the circuit breaker opens.
		 */
		private @Nullable Float slowCallRateThreshold;

		/**
		 * Duration at or above which a call counts as slow.
		 */
		private @Nullable Duration slowCallDurationThreshold;

		/**
		 * Type of the sliding window: count-based (the last sliding-window-size calls) or time-based (the calls of
		 * the last sliding-window-size seconds).
		 */
		private @Nullable SlidingWindowType slidingWindowType;

		/**
		 * Size of the sliding window: calls when count-based, seconds when time-based.
		 */
		private @Nullable Integer slidingWindowSize;

		/**
		 * Number of calls the sliding window must hold before the rates are computed and may open the circuit
		 * breaker.
		 */
		private @Nullable Integer minimumNumberOfCalls;

		/**
		 * Number of failures in a row after which the circuit breaker opens, whatever the rates; 0 turns this off.
		 */
		private @Nullable Integer consecutiveFailureThreshold;

		/**
		 * How long the circuit breaker stays open before it lets trial calls through.
		 */
		private @Nullable Duration waitDurationInOpenState;

		/**
		 * Factor by which the open wait grows each time the circuit breaker opens again without having closed; 1
		 * means no backoff. A multiplier above 1 requires open-state-backoff-max.
		 */
		private @Nullable Double openStateBackoffMultiplier;

		/**
		 * Longest open wait that the backoff can reach; at least wait-duration-in-open-state. Defaults to
		 * wait-duration-in-open-state.
		 */
		private @Nullable Duration openStateBackoffMax;

		/**
		 * Fraction, in [0, 1), by which each open wait is spread at random either way, so that many instances do not
		 * probe a recovering dependency at the same instant.
		 */
		private @Nullable Double openStateJitter;

		/**
		 * Number of trial calls that may run at a time when half-open, and that must succeed to close the circuit
		 * breaker.
		 */
		private @Nullable Integer permittedNumberOfCallsInHalfOpenState;

		/**
		 * How long the circuit breaker may stay half-open before it opens again; 0 means forever.
		 */
		private @Nullable Duration maxWaitDurationInHalfOpenState;

		/**
		 * Fully qualified class names of the exceptions (and their subclasses) recorded as failures. When empty,
		 * every exception is a failure. Replaces the inherited list.
		 */
		private @Nullable List<String> recordExceptions;

		/**
		 * Fully qualified class names of the exceptions (and their subclasses) ignored: neither success nor failure.
		 * Ignoring wins over recording. Replaces the inherited list.
		 */
		private @Nullable List<String> ignoreExceptions;

		public @Nullable String getBaseConfig() {
			return this.baseConfig;
		}

		public void setBaseConfig(@Nullable String baseConfig) {
			this.baseConfig = baseConfig;
		}

		public @Nullable Float getFailureRateThreshold() {
			return this.failureRateThreshold;
		}

		public void setFailureRateThreshold(@Nullable Float failureRateThreshold) {
			this.failureRateThreshold = failureRateThreshold;
		}

		public @Nullable Float getSlowCallRateThreshold() {
			return this.slowCallRateThreshold;
		}

		public void setSlowCallRateThreshold(@Nullable Float slowCallRateThreshold) {
			this.slowCallRateThreshold = slowCallRateThreshold;
		}

		public @Nullable Duration getSlowCallDurationThreshold() {
			return this.slowCallDurationThreshold;
		}

		public void setSlowCallDurationThreshold(@Nullable Duration slowCallDurationThreshold) {
			this.slowCallDurationThreshold = slowCallDurationThreshold;
		}

		public @Nullable SlidingWindowType getSlidingWindowType() {
			return this.slidingWindowType;
		}

		public void setSlidingWindowType(@Nullable SlidingWindowType slidingWindowType) {
			this.slidingWindowType = slidingWindowType;
		}

		public @Nullable Integer getSlidingWindowSize() {
			return this.slidingWindowSize;
		}

		public void setSlidingWindowSize(@Nullable Integer slidingWindowSize) {
			this.slidingWindowSize = slidingWindowSize;
		}

		public @Nullable Integer getMinimumNumberOfCalls() {
			return this.minimumNumberOfCalls;
		}

		public void setMinimumNumberOfCalls(@Nullable Integer minimumNumberOfCalls) {
			this.minimumNumberOfCalls = minimumNumberOfCalls;
		}

		public @Nullable Integer getConsecutiveFailureThreshold() {
			return this.consecutiveFailureThreshold;
		}

		public void setConsecutiveFailureThreshold(@Nullable Integer consecutiveFailureThreshold) {
			this.consecutiveFailureThreshold = consecutiveFailureThreshold;
		}

		public @Nullable Duration getWaitDurationInOpenState() {
			return this.waitDurationInOpenState;
		}

		public void setWaitDurationInOpenState(@Nullable Duration waitDurationInOpenState) {
			this.waitDurationInOpenState = waitDurationInOpenState;
		}

		public @Nullable Double getOpenStateBackoffMultiplier() {
			return this.openStateBackoffMultiplier;
		}

		public void setOpenStateBackoffMultiplier(@Nullable Double openStateBackoffMultiplier) {
			this.openStateBackoffMultiplier = openStateBackoffMultiplier;
		}

		public @Nullable Duration getOpenStateBackoffMax() {
			return this.openStateBackoffMax;
		}

		public void setOpenStateBackoffMax(@Nullable Duration openStateBackoffMax) {
			this.openStateBackoffMax = openStateBackoffMax;
		}

		public @Nullable Double getOpenStateJitter() {
			return this.openStateJitter;
		}

		public void setOpenStateJitter(@Nullable Double openStateJitter) {
			this.openStateJitter = openStateJitter;
		}

		public @Nullable Integer getPermittedNumberOfCallsInHalfOpenState() {
			return this.permittedNumberOfCallsInHalfOpenState;
		}

		public void setPermittedNumberOfCallsInHalfOpenState(@Nullable Integer permittedNumberOfCallsInHalfOpenState) {
			this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
		}

		public @Nullable Duration getMaxWaitDurationInHalfOpenState() {
			return this.maxWaitDurationInHalfOpenState;
		}

		public void setMaxWaitDurationInHalfOpenState(@Nullable Duration maxWaitDurationInHalfOpenState) {
			this.maxWaitDurationInHalfOpenState = maxWaitDurationInHalfOpenState;
		}

		public @Nullable List<String> getRecordExceptions() {
			return this.recordExceptions;
		}

		public void setRecordExceptions(@Nullable List<String> recordExceptions) {
			this.recordExceptions = recordExceptions;
		}

		public @Nullable List<String> getIgnoreExceptions() {
			return this.ignoreExceptions;
		}

		public void setIgnoreExceptions(@Nullable List<String> ignoreExceptions) {
			this.ignoreExceptions = ignoreExceptions;
		}

	}

	/**
	 * Health contributor options.
	 */
	public static class Health {

		/**
		 * Whether to contribute the circuit breakers' states to the health endpoint.
		 */
		private boolean enabled = false;

		/**
		 * Names of the circuit breakers whose open state makes the health DOWN; the others are reported without
		 * affecting the status.
		 */
		private Set<String> downWhenOpen = new LinkedHashSet<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Set<String> getDownWhenOpen() {
			return this.downWhenOpen;
		}

		public void setDownWhenOpen(Set<String> downWhenOpen) {
			this.downWhenOpen = downWhenOpen;
		}

	}

	/**
	 * Options of the recent events kept per circuit breaker for the actuator endpoint.
	 */
	public static class Events {

		/**
		 * Maximum number of recent events (state transitions and errors) kept per circuit breaker.
		 */
		private int maxPerBreaker = 100;

		public int getMaxPerBreaker() {
			return this.maxPerBreaker;
		}

		public void setMaxPerBreaker(int maxPerBreaker) {
			this.maxPerBreaker = maxPerBreaker;
		}

	}

	/**
	 * Dashboard options.
	 */
	public static class Dashboard {

		/**
		 * Whether to serve the circuit breaker dashboard.
		 */
		private boolean enabled = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
