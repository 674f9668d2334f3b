package dev.breaker.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ContextConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that every bad {@code breaker.*} value stops start-up with an {@link InvalidBreakerPropertyException} that
 * {@link InvalidBreakerPropertyFailureAnalyzer} explains.
 */
class InvalidBreakerPropertyTests {

	private static final String PAYMENT = "breaker.instances.payment.";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			failure-rate-threshold                       | 120   | 120   | a percentage in [1, 100]
			failure-rate-threshold                       | 0     | 0     | a percentage in [1, 100]
			failure-rate-threshold                       | 0.5   | 0.5   | a percentage in [1, 100]
			slow-call-rate-threshold                     | 101   | 101   | a percentage in [1, 100]
			slow-call-duration-threshold                 | 0s    | 0s    | a positive duration
			slow-call-duration-threshold                 | -2s   | -2s   | a positive duration
			sliding-window-size                          | 0     | 0     | an integer in [1, 1000000]
			sliding-window-size                          | 1000001 | 1000001 | an integer in [1, 1000000]
			minimum-number-of-calls                      | 0     | 0     | an integer at least 1
			consecutive-failure-threshold                | -1    | -1    | an integer at least 0 (0 = off)
			wait-duration-in-open-state                  | 0ms   | 0s    | a positive duration
			open-state-backoff-multiplier                | 0.5   | 0.5   | a finite number at least 1.0
			open-state-backoff-max                       | 0s    | 0s    | a positive duration
			open-state-jitter                            | 1     | 1     | a fraction in [0, 1)
			open-state-jitter                            | -0.1  | -0.1  | a fraction in [0, 1)
			permitted-number-of-calls-in-half-open-state | 0     | 0     | an integer at least 1
			max-wait-duration-in-half-open-state         | -1s   | -1s   | a duration that is zero (forever) or positive
			""")
	void startWhenInstanceValueOutOfRangeShouldFailNamingPropertyValueAndAllowed(String key, String value,
			String shownValue, String allowed) {
		this.contextRunner.withPropertyValues(PAYMENT + key + "=" + value)
			.run(failsWith(PAYMENT + key, shownValue, allowed));
	}

	@Test
	void startWhenDefaultConfigValueOutOfRangeShouldFailNamingDefaultConfigProperty() {
		this.contextRunner.withPropertyValues("breaker.configs.default.failure-rate-threshold=120")
			.run(failsWith("breaker.configs.default.failure-rate-threshold", "120", "a percentage in [1, 100]"));
	}

	@Test
	void startWhenInheritedValueOutOfRangeShouldFailNamingPropertyThatSetIt() {
		this.contextRunner
			.withPropertyValues("breaker.configs.fragile.minimum-number-of-calls=0",
					PAYMENT + "base-config=fragile")
			.run(failsWith("breaker.configs.fragile.minimum-number-of-calls", "0", "an integer at least 1"));
	}

	@Test
	void startWhenBackoffMaxShorterThanWaitShouldFailNamingBackoffMax() {
		this.contextRunner
			.withPropertyValues(PAYMENT + "wait-duration-in-open-state=5s", PAYMENT + "open-state-backoff-max=1s")
			.run(failsWith(PAYMENT + "open-state-backoff-max", "1s",
					"a duration at least wait-duration-in-open-state (5s)"));
	}

	@Test
	void startWhenInheritedBackoffMaxShorterThanInstanceWaitShouldFailNamingInheritedBackoffMax() {
		this.contextRunner
			.withPropertyValues("breaker.configs.default.open-state-backoff-max=10s",
					PAYMENT + "wait-duration-in-open-state=1m")
			.run(failsWith("breaker.configs.default.open-state-backoff-max", "10s",
					"a duration at least wait-duration-in-open-state (1m)"));
	}

	@Test
	void startWhenBackoffMultiplierSetWithoutMaxShouldFailNamingBackoffMax() {
		this.contextRunner.withPropertyValues(PAYMENT + "open-state-backoff-multiplier=2")
			.run(failsWith(PAYMENT + "open-state-backoff-max", "",
					"a duration at least wait-duration-in-open-state, set when open-state-backoff-multiplier (2 at "
							+ PAYMENT + "open-state-backoff-multiplier) is above 1"));
	}

	@Test
	void startWhenExceptionClassUnknownShouldFailNamingListElement() {
		this.contextRunner
			.withPropertyValues(PAYMENT + "record-exceptions=java.io.IOException,com.example.NoSuchException")
			.run(failsWith(PAYMENT + "record-exceptions[1]", "com.example.NoSuchException",
					"the fully qualified name of a Throwable class on the classpath (no such class)"));
	}

	@Test
	void startWhenExceptionClassNotThrowableShouldFailNamingListElement() {
		this.contextRunner.withPropertyValues(PAYMENT + "ignore-exceptions=java.lang.String")
			.run(failsWith(PAYMENT + "ignore-exceptions[0]", "java.lang.String",
					"the fully qualified name of a Throwable class on the classpath (java.lang.String is not a "
							+ "Throwable)"));
	}

	@Test
	void startWhenBaseConfigUnknownShouldFailNamingKnownConfigs() {
		this.contextRunner
			.withPropertyValues("breaker.configs.fragile.consecutive-failure-threshold=3", PAYMENT + "base-config=fragil")
			.run(failsWith(PAYMENT + "base-config", "fragil",
					"the name of a configuration under breaker.configs [fragile]"));
	}

	@Test
	void startWhenBaseConfigChainIsCycleShouldFailNamingCycle() {
		this.contextRunner
			.withPropertyValues("breaker.configs.a.base-config=b", "breaker.configs.b.base-config=c",
					"breaker.configs.c.base-config=a", PAYMENT + "base-config=a")
			.run(failsWith("breaker.configs.c.base-config", "a",
					"a configuration that does not inherit from itself, but the chain is a cycle: "
							+ "breaker.configs.a -> breaker.configs.b -> breaker.configs.c -> breaker.configs.a"));
	}

	@Test
	void startWhenConfigIsItsOwnBaseShouldFailNamingCycle() {
		this.contextRunner.withPropertyValues("breaker.configs.fragile.base-config=fragile")
			.run(failsWith("breaker.configs.fragile.base-config", "fragile",
					"a configuration that does not inherit from itself, but the chain is a cycle: "
							+ "breaker.configs.fragile -> breaker.configs.fragile"));
	}

	@Test
	void startWhenKeyMisspelledShouldFailNamingIt() {
		this.contextRunner.withPropertyValues(PAYMENT + "failure-rate-treshold=30").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(UnboundConfigurationPropertiesException.class)
				.hasMessageContaining(PAYMENT + "failure-rate-treshold");
		});
	}

	private static ContextConsumer<AssertableApplicationContext> failsWith(String property, String value,
			String allowed) {
		return (context) -> {
			assertThat(context).hasFailed();
			assertThat(invalidPropertyException(context.getStartupFailure()))
				.hasMessage(property + " was '" + value + "' but must be " + allowed);
			FailureAnalysis analysis = new InvalidBreakerPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("Property: " + property)
				.contains("Value: \"" + value + "\"")
				.contains("Allowed: " + allowed);
			assertThat(analysis.getAction()).contains(property);
		};
	}

	private static InvalidBreakerPropertyException invalidPropertyException(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidBreakerPropertyException invalid) {
				return invalid;
			}
		}
		throw new AssertionError("No InvalidBreakerPropertyException in the causes of " + failure, failure);
	}

}
