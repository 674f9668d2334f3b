package dev.breaker.core.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreaker.State;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link ListenerDispatcher}.
 */
class ListenerDispatcherTests {

	private final CircuitBreaker breaker = CircuitBreaker.of("listeners", CircuitBreakerConfig.ofDefaults());

	private final ListenerDispatcher dispatcher = new ListenerDispatcher();

	private final List<String> seen = new ArrayList<>();

	@Test
	void dispatchWhenAListenerThrowsAnythingButAVirtualMachineErrorShouldLogItAndCallTheOthers() {
		for (Throwable failure : List.of(new IllegalStateException("runtime"), new Error("error"),
				new IOException("checked, thrown from Kotlin"), new AssertionError("assertion"))) {
			this.dispatcher.add(throwing(failure));
		}
		this.dispatcher.add(recording());
		Logger logger = Logger.getLogger(ListenerDispatcher.class.getName());
		Level level = logger.getLevel();
		logger.setLevel(Level.OFF);
		try {
			this.dispatcher.stateTransition(this.breaker, State.CLOSED, State.OPEN);
			this.dispatcher.success(this.breaker, 1);
			this.dispatcher.error(this.breaker, 2, new IOException("call failed"));
			this.dispatcher.ignoredError(this.breaker, 3, new IOException("ignored"));
			this.dispatcher.callNotPermitted(this.breaker);
			this.dispatcher.slowCall(this.breaker, 4);
		}
		finally {
			logger.setLevel(level);
		}
		assertThat(this.seen).containsExactly("CLOSED->OPEN", "success 1", "error 2", "ignored 3", "not permitted",
				"slow 4");
	}

	@Test
	void dispatchWhenAListenerThrowsAVirtualMachineErrorShouldRethrowIt() {
		this.dispatcher.add(throwing(new OutOfMemoryError("simulated")));
		assertThatExceptionOfType(OutOfMemoryError.class)
			.isThrownBy(() -> this.dispatcher.success(this.breaker, 1))
			.withMessage("simulated");
	}

	private CircuitBreakerListener recording() {
		return new CircuitBreakerListener() {

			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				ListenerDispatcherTests.this.seen.add(from + "->" + to);
			}

			@Override
			public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
				ListenerDispatcherTests.this.seen.add("success " + durationNanos);
			}

			@Override
			public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				ListenerDispatcherTests.this.seen.add("error " + durationNanos);
			}

			@Override
			public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				ListenerDispatcherTests.this.seen.add("ignored " + durationNanos);
			}

			@Override
			public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
				ListenerDispatcherTests.this.seen.add("not permitted");
			}

			@Override
			public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
				ListenerDispatcherTests.this.seen.add("slow " + durationNanos);
			}

		};
	}

	private static CircuitBreakerListener throwing(Throwable failure) {
		return new CircuitBreakerListener() {

			@Override
			public void onStateTransition(CircuitBreaker circuitBreaker, State from, State to) {
				sneakyThrow(failure);
			}

			@Override
			public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
				sneakyThrow(failure);
			}

			@Override
			public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				sneakyThrow(failure);
			}

			@Override
			public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
				sneakyThrow(failure);
			}

			@Override
			public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
				sneakyThrow(failure);
			}

			@Override
			public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
				sneakyThrow(failure);
			}

		};
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> void sneakyThrow(Throwable throwable) throws T {
		throw (T) throwable;
	}

}
