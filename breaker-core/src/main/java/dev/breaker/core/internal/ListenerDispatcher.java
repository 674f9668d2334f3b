package dev.breaker.core.internal;

import java.util.Arrays;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerListener;

/**
 * Delivers events to a breaker's listeners. The listeners live in a copy-on-write array read with one volatile load
 * and walked by index, so an event with no listener costs a length check and allocates nothing. A listener that
 * throws is isolated: its exception is logged through {@link System.Logger} and the other listeners still run.
 * This class is thread-safe.
 */
final class ListenerDispatcher {

	private static final System.Logger logger = System.getLogger(ListenerDispatcher.class.getName());

	private static final CircuitBreakerListener[] NONE = new CircuitBreakerListener[0];

	private volatile CircuitBreakerListener[] listeners = NONE;

	synchronized void add(CircuitBreakerListener listener) {
		if (listener == null) {
			throw new IllegalArgumentException("listener must not be null");
		}
		CircuitBreakerListener[] current = this.listeners;
		CircuitBreakerListener[] next = Arrays.copyOf(current, current.length + 1);
		next[current.length] = listener;
		this.listeners = next;
	}

	synchronized boolean remove(CircuitBreakerListener listener) {
		CircuitBreakerListener[] current = this.listeners;
		for (int i = 0; i < current.length; i++) {
			if (current[i] == listener) {
				CircuitBreakerListener[] next = new CircuitBreakerListener[current.length - 1];
				System.arraycopy(current, 0, next, 0, i);
				System.arraycopy(current, i + 1, next, i, current.length - i - 1);
				this.listeners = next;
				return true;
			}
		}
		return false;
	}

	boolean isEmpty() {
		return this.listeners.length == 0;
	}

	void stateTransition(CircuitBreaker breaker, CircuitBreaker.State from, CircuitBreaker.State to) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onStateTransition(breaker, from, to);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onStateTransition", ex);
			}
		}
	}

	void success(CircuitBreaker breaker, long durationNanos) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onSuccess(breaker, durationNanos);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onSuccess", ex);
			}
		}
	}

	void error(CircuitBreaker breaker, long durationNanos, Throwable error) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onError(breaker, durationNanos, error);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onError", ex);
			}
		}
	}

	void ignoredError(CircuitBreaker breaker, long durationNanos, Throwable error) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onIgnoredError(breaker, durationNanos, error);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onIgnoredError", ex);
			}
		}
	}

	void callNotPermitted(CircuitBreaker breaker) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onCallNotPermitted(breaker);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onCallNotPermitted", ex);
			}
		}
	}

	void slowCall(CircuitBreaker breaker, long durationNanos) {
		for (CircuitBreakerListener listener : this.listeners) {
			try {
				listener.onSlowCall(breaker, durationNanos);
			}
			catch (Throwable ex) {
				failed(breaker, listener, "onSlowCall", ex);
			}
		}
	}

	/**
	 * Logs a listener's failure, whatever it threw: an {@link Error} or a checked exception (thrown from Kotlin, or
	 * sneakily) is as much a listener bug as a {@link RuntimeException}, and must no more reach the caller or stop
	 * the breaker from recording the call. Only a {@link VirtualMachineError} is rethrown: the JVM itself is failing.
	 */
	private static void failed(CircuitBreaker breaker, CircuitBreakerListener listener, String event, Throwable ex) {
		if (ex instanceof VirtualMachineError fatal) {
			throw fatal;
		}
		logger.log(System.Logger.Level.ERROR, "Listener " + listener + " of circuit breaker '" + breaker.getName()
				+ "' threw from " + event + "; the call and the other listeners go on", ex);
	}

}
