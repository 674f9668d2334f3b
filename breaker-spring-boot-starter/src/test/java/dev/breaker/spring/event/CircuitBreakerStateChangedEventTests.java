package dev.breaker.spring.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.autoconfigure.BreakerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Tests for publishing {@link CircuitBreakerStateChangedEvent} from the registry bean's breakers.
 */
class CircuitBreakerStateChangedEventTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class))
		.withUserConfiguration(EventRecorderConfiguration.class);

	@Test
	void transitionWhenBreakerConfiguredShouldPublishEvent() {
		this.contextRunner.withPropertyValues("breaker.instances.payment.minimum-number-of-calls=5").run((context) -> {
			context.getBean(CircuitBreakerRegistry.class).find("payment").orElseThrow().transitionToOpenState();
			assertThat(context.getBean(EventRecorder.class).events).singleElement().satisfies((event) -> {
				assertThat(event.getName()).isEqualTo("payment");
				assertThat(event.getFrom()).isEqualTo(CircuitBreaker.State.CLOSED);
				assertThat(event.getTo()).isEqualTo(CircuitBreaker.State.OPEN);
			});
		});
	}

	@Test
	void transitionWhenFailuresTripBreakerShouldPublishEvent() {
		this.contextRunner.withPropertyValues("breaker.instances.payment.consecutive-failure-threshold=2")
			.run((context) -> {
				CircuitBreaker breaker = context.getBean(CircuitBreakerRegistry.class).find("payment").orElseThrow();
				for (int i = 0; i < 2; i++) {
					assertThatIllegalStateException().isThrownBy(() -> breaker.run(() -> {
						throw new IllegalStateException("down");
					}));
				}
				assertThat(context.getBean(EventRecorder.class).events)
					.extracting(CircuitBreakerStateChangedEvent::getTo)
					.containsExactly(CircuitBreaker.State.OPEN);
			});
	}

	@Test
	void transitionWhenBreakerCreatedLaterShouldPublishEvent() {
		this.contextRunner.run((context) -> {
			CircuitBreaker breaker = context.getBean(CircuitBreakerRegistry.class).circuitBreaker("created-later");
			breaker.transitionToForcedOpenState();
			breaker.transitionToClosedState();
			assertThat(context.getBean(EventRecorder.class).events)
				.extracting(CircuitBreakerStateChangedEvent::getName, CircuitBreakerStateChangedEvent::getFrom,
						CircuitBreakerStateChangedEvent::getTo)
				.containsExactly(
						tuple("created-later", CircuitBreaker.State.CLOSED,
								CircuitBreaker.State.FORCED_OPEN),
						tuple("created-later", CircuitBreaker.State.FORCED_OPEN,
								CircuitBreaker.State.CLOSED));
		});
	}

	@Test
	void transitionWhenUserDefinesRegistryShouldPublishEvent() {
		CircuitBreakerRegistry userRegistry = CircuitBreakerRegistry.ofDefaults();
		CircuitBreaker before = userRegistry.circuitBreaker("before");
		this.contextRunner.withBean(CircuitBreakerRegistry.class, () -> userRegistry).run((context) -> {
			before.transitionToDisabledState();
			userRegistry.circuitBreaker("after").transitionToOpenState();
			assertThat(context.getBean(EventRecorder.class).events).extracting(CircuitBreakerStateChangedEvent::getName)
				.containsExactly("before", "after");
		});
	}

	@Test
	void transitionWhenBreakerRemovedShouldNotPublishEvent() {
		this.contextRunner.withPropertyValues("breaker.instances.payment.minimum-number-of-calls=5").run((context) -> {
			CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
			CircuitBreaker removed = registry.remove("payment").orElseThrow();
			removed.transitionToOpenState();
			assertThat(context.getBean(EventRecorder.class).events).isEmpty();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class EventRecorderConfiguration {

		@Bean
		EventRecorder eventRecorder() {
			return new EventRecorder();
		}

	}

	static class EventRecorder {

		final List<CircuitBreakerStateChangedEvent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void onStateChanged(CircuitBreakerStateChangedEvent event) {
			this.events.add(event);
		}

	}

}
