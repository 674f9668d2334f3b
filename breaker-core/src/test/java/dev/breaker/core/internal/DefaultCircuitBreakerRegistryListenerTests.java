package dev.breaker.core.internal;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the isolation of {@link CircuitBreakerRegistryListener}s by {@link DefaultCircuitBreakerRegistry}.
 */
class DefaultCircuitBreakerRegistryListenerTests {

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.ofDefaults());

	private final List<String> seen = new CopyOnWriteArrayList<>();

	@Test
	void circuitBreakerWhenAListenerThrowsAnErrorOrACheckedExceptionShouldStillTellTheOthers() {
		this.registry.addListener(throwing(new Error("listener bug")));
		this.registry.addListener(throwing(new IOException("checked, thrown from Kotlin")));
		this.registry.addListener(new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				DefaultCircuitBreakerRegistryListenerTests.this.seen.add("added " + circuitBreaker.getName());
			}

			@Override
			public void onRemoved(CircuitBreaker circuitBreaker) {
				DefaultCircuitBreakerRegistryListenerTests.this.seen.add("removed " + circuitBreaker.getName());
			}
		});
		Logger logger = Logger.getLogger(DefaultCircuitBreakerRegistry.class.getName());
		Level level = logger.getLevel();
		logger.setLevel(Level.OFF);
		try {
			CircuitBreaker payment = this.registry.circuitBreaker("payment");
			assertThat(this.registry.find("payment")).containsSame(payment);
			assertThat(this.registry.remove("payment")).containsSame(payment);
		}
		finally {
			logger.setLevel(level);
		}
		assertThat(this.seen).containsExactly("added payment", "removed payment");
	}

	@Test
	void circuitBreakerWhenAListenerFailsFatallyShouldRethrowAfterTheBreakerWasAdded() {
		this.registry.addListener(throwing(new OutOfMemoryError("simulated")));
		assertThatExceptionOfType(OutOfMemoryError.class).isThrownBy(() -> this.registry.circuitBreaker("payment"));
		assertThat(this.registry.find("payment")).isPresent();
	}

	private static CircuitBreakerRegistryListener throwing(Throwable failure) {
		return new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				sneakyThrow(failure);
			}

			@Override
			public void onRemoved(CircuitBreaker circuitBreaker) {
				sneakyThrow(failure);
			}
		};
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> void sneakyThrow(Throwable throwable) throws T {
		throw (T) throwable;
	}

}
