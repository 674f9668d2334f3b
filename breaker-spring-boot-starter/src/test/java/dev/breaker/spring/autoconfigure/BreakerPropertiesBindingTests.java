package dev.breaker.spring.autoconfigure;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.SlidingWindowType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Tests for binding {@link BreakerProperties} into circuit breaker configurations through
 * {@link BreakerPropertiesMapper}.
 */
class BreakerPropertiesBindingTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	static Stream<Arguments> options() {
		return Stream.of(
				option("failure-rate-threshold=30", CircuitBreakerConfig::getFailureRateThreshold, 30f),
				option("failure-rate-threshold=12.5", CircuitBreakerConfig::getFailureRateThreshold, 12.5f),
				option("slow-call-rate-threshold=80", CircuitBreakerConfig::getSlowCallRateThreshold, 80f),
				option("slow-call-duration-threshold=2s", CircuitBreakerConfig::getSlowCallDurationThreshold,
						Duration.ofSeconds(2)),
				option("sliding-window-type=time-based", CircuitBreakerConfig::getSlidingWindowType,
						SlidingWindowType.TIME_BASED),
				option("sliding-window-type=count-based", CircuitBreakerConfig::getSlidingWindowType,
						SlidingWindowType.COUNT_BASED),
				option("sliding-window-size=20", CircuitBreakerConfig::getSlidingWindowSize, 20),
				option("minimum-number-of-calls=7", CircuitBreakerConfig::getMinimumNumberOfCalls, 7),
				option("consecutive-failure-threshold=3", CircuitBreakerConfig::getConsecutiveFailureThreshold, 3),
				option("wait-duration-in-open-state=5s", CircuitBreakerConfig::getWaitDurationInOpenState,
						Duration.ofSeconds(5)),
				option("wait-duration-in-open-state=PT0.5S", CircuitBreakerConfig::getWaitDurationInOpenState,
						Duration.ofMillis(500)),
				option("open-state-backoff-max=5m", CircuitBreakerConfig::getOpenStateBackoffMax,
						Duration.ofMinutes(5)),
				option("open-state-backoff-multiplier=1", CircuitBreakerConfig::getOpenStateBackoffMultiplier, 1.0),
				option("open-state-jitter=0.2", CircuitBreakerConfig::getOpenStateJitter, 0.2),
				option("permitted-number-of-calls-in-half-open-state=4",
						CircuitBreakerConfig::getPermittedNumberOfCallsInHalfOpenState, 4),
				option("max-wait-duration-in-half-open-state=0", CircuitBreakerConfig::getMaxWaitDurationInHalfOpenState,
						Duration.ZERO),
				option("max-wait-duration-in-half-open-state=90s",
						CircuitBreakerConfig::getMaxWaitDurationInHalfOpenState, Duration.ofSeconds(90)),
				option("record-exceptions=java.io.IOException,java.util.concurrent.TimeoutException",
						CircuitBreakerConfig::getRecordExceptions, List.of(IOException.class, TimeoutException.class)),
				option("ignore-exceptions=java.lang.IllegalArgumentException",
						CircuitBreakerConfig::getIgnoreExceptions, List.of(IllegalArgumentException.class)));
	}

	private static Arguments option(String property, Function<CircuitBreakerConfig, Object> getter, Object expected) {
		return arguments(property, getter, expected);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("options")
	void bindWhenInstanceOptionSetShouldReachTheConfig(String property, Function<CircuitBreakerConfig, Object> getter,
			Object expected) {
		this.contextRunner.withPropertyValues("breaker.instances.payment." + property)
			.run((context) -> assertThat(getter.apply(instanceConfig(context.getBean(CircuitBreakerRegistry.class))))
				.isEqualTo(expected));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("options")
	void bindWhenDefaultConfigOptionSetShouldReachBreakersCreatedByName(String property,
			Function<CircuitBreakerConfig, Object> getter, Object expected) {
		this.contextRunner.withPropertyValues("breaker.configs.default." + property)
			.run((context) -> assertThat(
					getter.apply(context.getBean(CircuitBreakerRegistry.class).circuitBreaker("any").getConfig()))
				.isEqualTo(expected));
	}

	@Test
	void bindWhenBackoffMultiplierAndMaxSetShouldReachTheConfig() {
		this.contextRunner
			.withPropertyValues("breaker.instances.payment.open-state-backoff-multiplier=2.5",
					"breaker.instances.payment.open-state-backoff-max=10m")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getOpenStateBackoffMultiplier()).isEqualTo(2.5);
				assertThat(config.getOpenStateBackoffMax()).isEqualTo(Duration.ofMinutes(10));
			});
	}

	@Test
	void bindWhenKeysAreCamelCaseShouldBindRelaxed() {
		this.contextRunner
			.withPropertyValues("breaker.instances.payment.failureRateThreshold=30",
					"breaker.instances.payment.slidingWindowType=TIME_BASED")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getFailureRateThreshold()).isEqualTo(30f);
				assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.TIME_BASED);
			});
	}

	@Test
	void bindWhenInstanceSetsNothingShouldInheritDefaultConfig() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.failure-rate-threshold=40",
					"breaker.instances.payment.minimum-number-of-calls=5")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getFailureRateThreshold()).isEqualTo(40f);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
				assertThat(config.getSlidingWindowSize()).isEqualTo(CircuitBreakerConfig.DEFAULT_SLIDING_WINDOW_SIZE);
			});
	}

	@Test
	void bindWhenBaseConfigChainShouldApplyMostSpecificValue() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.failure-rate-threshold=50",
					"breaker.configs.default.sliding-window-size=100", "breaker.configs.default.minimum-number-of-calls=50",
					"breaker.configs.fragile.base-config=default", "breaker.configs.fragile.sliding-window-size=10",
					"breaker.configs.fragile.consecutive-failure-threshold=3",
					"breaker.configs.very-fragile.base-config=fragile",
					"breaker.configs.very-fragile.consecutive-failure-threshold=2",
					"breaker.instances.payment.base-config=very-fragile",
					"breaker.instances.payment.failure-rate-threshold=20")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getFailureRateThreshold()).isEqualTo(20f);
				assertThat(config.getConsecutiveFailureThreshold()).isEqualTo(2);
				assertThat(config.getSlidingWindowSize()).isEqualTo(10);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(50);
			});
	}

	@Test
	void bindWhenBaseConfigIsNotDefaultShouldStillInheritDefaultFirst() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.failure-rate-threshold=40",
					"breaker.configs.default.minimum-number-of-calls=50", "breaker.configs.fragile.minimum-number-of-calls=5",
					"breaker.instances.payment.base-config=fragile")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getFailureRateThreshold()).isEqualTo(40f);
				assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
			});
	}

	@Test
	void bindWhenInstanceSetsListShouldReplaceInheritedList() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.record-exceptions=java.io.IOException,java.lang.IllegalStateException",
					"breaker.instances.payment.record-exceptions=java.util.concurrent.TimeoutException")
			.run((context) -> assertThat(instanceConfig(context.getBean(CircuitBreakerRegistry.class)).getRecordExceptions())
				.containsExactly(TimeoutException.class));
	}

	@Test
	void bindWhenInstanceSetsNoListShouldInheritList() {
		this.contextRunner
			.withPropertyValues("breaker.configs.fragile.ignore-exceptions=java.lang.IllegalArgumentException",
					"breaker.instances.payment.base-config=fragile",
					"breaker.instances.payment.record-exceptions=java.io.IOException")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getIgnoreExceptions()).containsExactly(IllegalArgumentException.class);
				assertThat(config.getRecordExceptions()).containsExactly(IOException.class);
			});
	}

	@Test
	void bindWhenInstanceSetsEmptyListShouldReplaceInheritedListWithNothing() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.record-exceptions=java.io.IOException",
					"breaker.instances.payment.record-exceptions=")
			.run((context) -> assertThat(instanceConfig(context.getBean(CircuitBreakerRegistry.class)).getRecordExceptions())
				.isEmpty());
	}

	@Test
	void bindWhenBackoffMaxInheritedAndWaitSetOnInstanceShouldCombineThem() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.open-state-backoff-multiplier=2",
					"breaker.configs.default.open-state-backoff-max=10m",
					"breaker.instances.payment.wait-duration-in-open-state=30s")
			.run((context) -> {
				CircuitBreakerConfig config = instanceConfig(context.getBean(CircuitBreakerRegistry.class));
				assertThat(config.getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(30));
				assertThat(config.getOpenStateBackoffMultiplier()).isEqualTo(2.0);
				assertThat(config.getOpenStateBackoffMax()).isEqualTo(Duration.ofMinutes(10));
			});
	}

	private static CircuitBreakerConfig instanceConfig(CircuitBreakerRegistry registry) {
		return registry.find("payment").orElseThrow().getConfig();
	}

}
