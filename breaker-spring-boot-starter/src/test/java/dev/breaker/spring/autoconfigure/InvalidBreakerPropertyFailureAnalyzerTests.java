package dev.breaker.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link InvalidBreakerPropertyFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidBreakerPropertyFailureAnalyzerTests {

	@Test
	void analyzeWhenInvalidPropertyShouldDescribePropertyValueAndAllowed() {
		InvalidBreakerPropertyException failure = new InvalidBreakerPropertyException(
				"breaker.instances.payment.failure-rate-threshold", "120", "a percentage in [1, 100]", null);
		FailureAnalysis analysis = new InvalidBreakerPropertyFailureAnalyzer()
			.analyze(new IllegalStateException("wrapped", failure));
		assertThat(analysis.getDescription()).isEqualTo(String.format("Invalid circuit breaker configuration:%n%n"
				+ "    Property: breaker.instances.payment.failure-rate-threshold%n    Value: \"120\"%n"
				+ "    Allowed: a percentage in [1, 100]%n"));
		assertThat(analysis.getAction()).isEqualTo("Update your application's configuration: set "
				+ "breaker.instances.payment.failure-rate-threshold to a percentage in [1, 100].");
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@Test
	void analyzeWhenOtherFailureShouldReturnNull() {
		assertThat(new InvalidBreakerPropertyFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	@Test
	void runWhenPropertyInvalidShouldReportItAtStartUp(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--breaker.instances.payment.failure-rate-threshold=120"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: breaker.instances.payment.failure-rate-threshold")
			.contains("Value: \"120\"")
			.contains("Allowed: a percentage in [1, 100]");
	}

	static void run(String... args) {
		SpringApplication application = new SpringApplication(StartUpConfiguration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(BreakerAutoConfiguration.class)
	static class StartUpConfiguration {

	}

}
