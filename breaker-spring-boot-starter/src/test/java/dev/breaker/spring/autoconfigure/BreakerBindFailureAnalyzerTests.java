package dev.breaker.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link BreakerBindFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class BreakerBindFailureAnalyzerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			failure-rate-threshold                       | abc    | a number
			open-state-jitter                            | little | a number
			sliding-window-size                          | 1.5    | an integer
			permitted-number-of-calls-in-half-open-state | many   | an integer
			wait-duration-in-open-state                  | soon   | a duration such as 500ms, 5s, 2m or PT5S
			slow-call-duration-threshold                 | 5 s    | a duration such as 500ms, 5s, 2m or PT5S
			sliding-window-type                          | sliding | one of count-based, time-based
			""")
	void startWhenValueNotConvertibleShouldFailNamingPropertyValueAndAllowed(String key, String value,
			String allowed) {
		String property = "breaker.instances.payment." + key;
		this.contextRunner.withPropertyValues(property + "=" + value).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new BreakerBindFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("Property: " + property)
				.contains("Value: \"" + value + "\"")
				.contains("Allowed: " + allowed);
		});
	}

	@Test
	void startWhenTopLevelValueNotConvertibleShouldFailNamingIt() {
		this.contextRunner.withPropertyValues("breaker.events.max-per-breaker=lots").run((context) -> {
			FailureAnalysis analysis = new BreakerBindFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("Property: breaker.events.max-per-breaker")
				.contains("Allowed: an integer");
		});
	}

	@Test
	void analyzeWhenPropertyOutsideBreakerShouldLeaveItToSpringBoot() {
		new ApplicationContextRunner().withUserConfiguration(OtherPropertiesConfiguration.class)
			.withPropertyValues("other.size=abc")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(new BreakerBindFailureAnalyzer().analyze(context.getStartupFailure())).isNull();
			});
	}

	@Test
	void runWhenValueNotConvertibleShouldReportItAheadOfSpringBootAnalyzer(CapturedOutput output) {
		assertThatException().isThrownBy(
				() -> InvalidBreakerPropertyFailureAnalyzerTests.run("--breaker.instances.payment.wait-duration-in-open-state=soon"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: breaker.instances.payment.wait-duration-in-open-state")
			.contains("Value: \"soon\"")
			.contains("Allowed: a duration such as 500ms, 5s, 2m or PT5S");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OtherProperties.class)
	static class OtherPropertiesConfiguration {

	}

	@ConfigurationProperties("other")
	static class OtherProperties {

		private int size;

		public int getSize() {
			return this.size;
		}

		public void setSize(int size) {
			this.size = size;
		}

	}

}
