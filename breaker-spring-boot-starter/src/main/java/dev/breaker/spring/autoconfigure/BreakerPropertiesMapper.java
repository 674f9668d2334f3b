package dev.breaker.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.autoconfigure.BreakerProperties.Instance;
import dev.breaker.spring.autoconfigure.ConfigLayers.Layer;
import org.jspecify.annotations.Nullable;

/**
 * The only bridge from {@link BreakerProperties} to {@link CircuitBreakerConfig}. The configuration of a circuit
 * breaker is layered: the core's defaults, then {@code breaker.configs.default}, then the {@code base-config} chain
 * from its root down, then the instance itself (the last value set wins; a list replaces the inherited list), then
 * every {@link CircuitBreakerConfigCustomizer}, then {@link CircuitBreakerConfig.Builder#build()}. The core builder
 * is the single source of validation: whatever it rejects is reported as an {@link InvalidBreakerPropertyException}
 * naming the property that supplied the value.
 */
final class BreakerPropertiesMapper {

	private static final String INSTANCES = "breaker.instances.";

	private static final List<Option<?>> OPTIONS = List.of(
			new Option<>("failure-rate-threshold", "a percentage", Instance::getFailureRateThreshold,
					CircuitBreakerConfig.Builder::failureRateThreshold),
			new Option<>("slow-call-rate-threshold", "a percentage", Instance::getSlowCallRateThreshold,
					CircuitBreakerConfig.Builder::slowCallRateThreshold),
			new Option<>("slow-call-duration-threshold", "a duration", Instance::getSlowCallDurationThreshold,
					CircuitBreakerConfig.Builder::slowCallDurationThreshold),
			new Option<>("sliding-window-type", "count-based or time-based", Instance::getSlidingWindowType,
					CircuitBreakerConfig.Builder::slidingWindowType),
			new Option<>("sliding-window-size", "an integer", Instance::getSlidingWindowSize,
					CircuitBreakerConfig.Builder::slidingWindowSize),
			new Option<>("minimum-number-of-calls", "an integer", Instance::getMinimumNumberOfCalls,
					CircuitBreakerConfig.Builder::minimumNumberOfCalls),
			new Option<>("consecutive-failure-threshold", "an integer", Instance::getConsecutiveFailureThreshold,
					CircuitBreakerConfig.Builder::consecutiveFailureThreshold),
			new Option<>("wait-duration-in-open-state", "a duration", Instance::getWaitDurationInOpenState,
					CircuitBreakerConfig.Builder::waitDurationInOpenState),
			new Option<>("open-state-jitter", "a fraction", Instance::getOpenStateJitter,
					CircuitBreakerConfig.Builder::openStateJitter),
			new Option<>("permitted-number-of-calls-in-half-open-state", "an integer",
					Instance::getPermittedNumberOfCallsInHalfOpenState,
					CircuitBreakerConfig.Builder::permittedNumberOfCallsInHalfOpenState),
			new Option<>("max-wait-duration-in-half-open-state", "a duration",
					Instance::getMaxWaitDurationInHalfOpenState,
					CircuitBreakerConfig.Builder::maxWaitDurationInHalfOpenState));

	private final BreakerProperties properties;

	private final List<CircuitBreakerConfigCustomizer> customizers;

	private final ClassLoader classLoader;

	private final ConfigLayers layers;

	BreakerPropertiesMapper(BreakerProperties properties, List<CircuitBreakerConfigCustomizer> customizers,
			ClassLoader classLoader) {
		this.properties = properties;
		this.customizers = List.copyOf(customizers);
		this.classLoader = classLoader;
		this.layers = new ConfigLayers(properties.getConfigs());
	}

	/**
	 * Creates the registry: its default configuration is {@code breaker.configs.default}, every other entry of
	 * {@code breaker.configs} is added as a named configuration, and every entry of {@code breaker.instances} is
	 * created now. Breakers created later by name get their configuration customized too.
	 * @return the registry
	 * @throws InvalidBreakerPropertyException if a property holds a value the core rejects
	 */
	CircuitBreakerRegistry createRegistry() {
		CircuitBreakerRegistry core = CircuitBreakerRegistry.of(configuration(CircuitBreakerRegistry.DEFAULT_CONFIG));
		for (String name : this.properties.getConfigs().keySet()) {
			if (!CircuitBreakerRegistry.DEFAULT_CONFIG.equals(name)) {
				core.addConfiguration(name, configuration(name));
			}
		}
		CircuitBreakerRegistry registry = new CustomizingCircuitBreakerRegistry(core, this::customize);
		for (String name : this.properties.getInstances().keySet()) {
			registry.circuitBreaker(name, instanceConfiguration(name));
		}
		return registry;
	}

	/**
	 * Builds the named configuration {@code breaker.configs.<name>} from the properties alone (customizers are
	 * applied per circuit breaker, when one is created from it).
	 * @param name the configuration's name
	 * @return the configuration
	 */
	CircuitBreakerConfig configuration(String name) {
		String path = ConfigLayers.CONFIGS + name;
		Instance config = this.properties.getConfigs().get(name);
		List<Layer> layers = (config != null) ? this.layers.of(path, config) : this.layers.inherited();
		CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.builder();
		String backoffMaxPath = applyLayers(layers, builder);
		return build(path, builder, backoffMaxPath);
	}

	/**
	 * Builds the configuration of the instance {@code breaker.instances.<name>}, customizers included.
	 * @param name the instance's name
	 * @return the configuration
	 */
	CircuitBreakerConfig instanceConfiguration(String name) {
		String path = INSTANCES + name;
		Instance instance = this.properties.getInstances().get(name);
		if (instance == null) {
			throw new IllegalArgumentException("No circuit breaker instance named '" + name + "' is configured");
		}
		CircuitBreakerConfig.Builder builder = CircuitBreakerConfig.builder();
		String backoffMaxPath = applyLayers(this.layers.of(path, instance), builder);
		applyCustomizers(name, builder);
		return build(path, builder, backoffMaxPath);
	}

	/**
	 * Applies every customizer to a configuration, for the circuit breaker of that name.
	 * @param breakerName the name of the circuit breaker being created
	 * @param config the configuration from the properties
	 * @return the customized configuration
	 */
	CircuitBreakerConfig customize(String breakerName, CircuitBreakerConfig config) {
		if (this.customizers.isEmpty()) {
			return config;
		}
		CircuitBreakerConfig.Builder builder = config.toBuilder();
		applyCustomizers(breakerName, builder);
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The CircuitBreakerConfigCustomizer beans made the configuration of "
					+ "circuit breaker '" + breakerName + "' invalid: " + ex.getMessage(), ex);
		}
	}

	private void applyCustomizers(String breakerName, CircuitBreakerConfig.Builder builder) {
		for (CircuitBreakerConfigCustomizer customizer : this.customizers) {
			try {
				customizer.customize(breakerName, builder);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("CircuitBreakerConfigCustomizer " + customizer.getClass().getName()
						+ " set an invalid value for circuit breaker '" + breakerName + "': " + ex.getMessage(), ex);
			}
		}
	}

	private static CircuitBreakerConfig build(String path, CircuitBreakerConfig.Builder builder,
			@Nullable String backoffMaxPath) {
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			// The only rule build() checks across options: the backoff max against the open wait.
			String maxPath = (backoffMaxPath != null) ? backoffMaxPath : path + ".open-state-backoff-max";
			throw new InvalidBreakerPropertyException(maxPath, InvalidValues.rejectedValue(ex.getMessage()),
					InvalidValues.allowed("a duration", ex.getMessage()), ex);
		}
	}

	/**
	 * Applies the layers to the builder, option by option (the most specific value wins).
	 * @return the property that supplied the open-state backoff max, if any
	 */
	private @Nullable String applyLayers(List<Layer> layers, CircuitBreakerConfig.Builder builder) {
		for (Option<?> option : OPTIONS) {
			apply(option, layers, builder);
		}
		String backoffMaxPath = applyBackoff(layers, builder);
		Sourced<List<String>> record = resolve(layers, "record-exceptions", Instance::getRecordExceptions);
		if (record != null) {
			builder.recordExceptions(exceptionClasses(record));
		}
		Sourced<List<String>> ignore = resolve(layers, "ignore-exceptions", Instance::getIgnoreExceptions);
		if (ignore != null) {
			builder.ignoreExceptions(exceptionClasses(ignore));
		}
		return backoffMaxPath;
	}

	private static <T> void apply(Option<T> option, List<Layer> layers, CircuitBreakerConfig.Builder builder) {
		Sourced<T> sourced = resolve(layers, option.key(), option.getter());
		if (sourced != null) {
			try {
				option.setter().accept(builder, sourced.value());
			}
			catch (IllegalArgumentException ex) {
				throw invalid(sourced.path(), sourced.value(), option.noun(), ex);
			}
		}
	}

	private static @Nullable String applyBackoff(List<Layer> layers, CircuitBreakerConfig.Builder builder) {
		Sourced<Double> multiplier = resolve(layers, "open-state-backoff-multiplier",
				Instance::getOpenStateBackoffMultiplier);
		Sourced<Duration> max = resolve(layers, "open-state-backoff-max", Instance::getOpenStateBackoffMax);
		if (max != null) {
			double factor = (multiplier != null) ? multiplier.value()
					: CircuitBreakerConfig.DEFAULT_OPEN_STATE_BACKOFF_MULTIPLIER;
			try {
				builder.openStateBackoff(factor, max.value());
			}
			catch (IllegalArgumentException ex) {
				boolean maxRejected = ex.getMessage() != null && ex.getMessage().startsWith("openStateBackoff max");
				throw (maxRejected || multiplier == null) ? invalid(max.path(), max.value(), "a duration", ex)
						: invalid(multiplier.path(), multiplier.value(), "a number", ex);
			}
			return max.path();
		}
		else if (multiplier != null) {
			try {
				// Validated by the core on a scratch builder: the core takes the multiplier only with a max.
				CircuitBreakerConfig.builder()
					.openStateBackoff(multiplier.value(), CircuitBreakerConfig.DEFAULT_WAIT_DURATION_IN_OPEN_STATE);
			}
			catch (IllegalArgumentException ex) {
				throw invalid(multiplier.path(), multiplier.value(), "a number", ex);
			}
			if (multiplier.value() > CircuitBreakerConfig.DEFAULT_OPEN_STATE_BACKOFF_MULTIPLIER) {
				String maxPath = layers.get(layers.size() - 1).path() + ".open-state-backoff-max";
				throw new InvalidBreakerPropertyException(maxPath, "",
						"a duration at least wait-duration-in-open-state, set when open-state-backoff-multiplier ("
								+ InvalidValues.format(multiplier.value()) + " at " + multiplier.path()
								+ ") is above 1",
						null);
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private Class<? extends Throwable>[] exceptionClasses(Sourced<List<String>> names) {
		List<Class<? extends Throwable>> classes = new ArrayList<>();
		for (int i = 0; i < names.value().size(); i++) {
			String name = names.value().get(i);
			String allowed = "the fully qualified name of a Throwable class on the classpath";
			Class<?> type;
			try {
				type = Class.forName((name != null) ? name.trim() : "", false, this.classLoader);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw new InvalidBreakerPropertyException(names.path() + "[" + i + "]", String.valueOf(name),
						allowed + " (no such class)", ex);
			}
			if (!Throwable.class.isAssignableFrom(type)) {
				throw new InvalidBreakerPropertyException(names.path() + "[" + i + "]", name,
						allowed + " (" + type.getName() + " is not a Throwable)", null);
			}
			classes.add((Class<? extends Throwable>) type);
		}
		return classes.toArray(new Class[0]);
	}

	private static <T> @Nullable Sourced<T> resolve(List<Layer> layers, String key,
			Function<Instance, @Nullable T> getter) {
		for (int i = layers.size() - 1; i >= 0; i--) {
			T value = getter.apply(layers.get(i).entry());
			if (value != null) {
				return new Sourced<>(value, layers.get(i).path() + "." + key);
			}
		}
		return null;
	}

	private static InvalidBreakerPropertyException invalid(String path, Object value, String noun,
			IllegalArgumentException ex) {
		return new InvalidBreakerPropertyException(path, InvalidValues.format(value),
				InvalidValues.allowed(noun, ex.getMessage()), ex);
	}

	/**
	 * A resolved value and the property that supplied it.
	 */
	private record Sourced<T>(T value, String path) {
	}

	/**
	 * A scalar option: its property key, what kind of value it takes, how to read it from the properties and how to
	 * set it on the builder.
	 */
	private record Option<T>(String key, String noun, Function<Instance, @Nullable T> getter,
			BiConsumer<CircuitBreakerConfig.Builder, T> setter) {
	}

}
