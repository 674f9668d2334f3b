package dev.breaker.spring.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.SlidingWindowType;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for binding {@link BreakerProperties} from {@code application.yml} documents, as users write them.
 */
class BreakerPropertiesYamlTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	@Test
	void bindWhenIssueExampleShouldBuildPaymentFromTheWholeChain() {
		this.contextRunner.withInitializer(yaml("""
				breaker:
				  configs:
				    default:
				      failure-rate-threshold: 50
				      sliding-window-type: count-based
				      sliding-window-size: 100
				    fragile:
				      base-config: default
				      consecutive-failure-threshold: 3
				  instances:
				    payment:
				      base-config: fragile
				      wait-duration-in-open-state: 5s
				      record-exceptions: [java.io.IOException, org.springframework.web.client.ResourceAccessException]
				      ignore-exceptions: [dev.breaker.spring.autoconfigure.BreakerPropertiesYamlTests$CardDeclinedException]
				""")).run((context) -> {
			CircuitBreakerConfig config = context.getBean(CircuitBreakerRegistry.class)
				.find("payment")
				.orElseThrow()
				.getConfig();
			assertThat(config.getFailureRateThreshold()).isEqualTo(50f);
			assertThat(config.getSlidingWindowType()).isEqualTo(SlidingWindowType.COUNT_BASED);
			assertThat(config.getSlidingWindowSize()).isEqualTo(100);
			assertThat(config.getConsecutiveFailureThreshold()).isEqualTo(3);
			assertThat(config.getWaitDurationInOpenState()).isEqualTo(Duration.ofSeconds(5));
			assertThat(config.getRecordExceptions()).containsExactly(IOException.class,
					ResourceAccessException.class);
			assertThat(config.getIgnoreExceptions()).containsExactly(CardDeclinedException.class);
		});
	}

	@Test
	void bindWhenInstanceListIsEmptyYamlSequenceShouldClearInheritedList() {
		this.contextRunner.withInitializer(yaml("""
				breaker:
				  configs:
				    default:
				      record-exceptions: [java.io.IOException]
				  instances:
				    payment:
				      record-exceptions: []
				""")).run((context) -> {
			CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
			assertThat(registry.getDefaultConfig().getRecordExceptions()).containsExactly(IOException.class);
			assertThat(registry.find("payment").orElseThrow().getConfig().getRecordExceptions()).isEmpty();
		});
	}

	private static ApplicationContextInitializer<ConfigurableApplicationContext> yaml(String document) {
		return (context) -> {
			try {
				new YamlPropertySourceLoader()
					.load("application.yml", new ByteArrayResource(document.getBytes(StandardCharsets.UTF_8)))
					.forEach(context.getEnvironment().getPropertySources()::addFirst);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	static class CardDeclinedException extends RuntimeException {

	}

}
