package dev.breaker.spring.actuate.endpoint;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerListener;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.ErrorEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Event;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.StateTransitionEvent;
import dev.breaker.spring.actuate.endpoint.CircuitBreakerEventLog.Totals;
import org.jspecify.annotations.Nullable;

/**
 * Records one breaker's events in a bounded ring and counts its calls. Runs on the calling thread: successes only
 * bump a {@link LongAdder}; a failure or a transition allocates its event and claims a ring slot by sequence number
 * with a compare-and-set, so no lock is taken. This class is thread-safe.
 */
final class BreakerEventRecorder implements CircuitBreakerListener {

	static final int MAX_MESSAGE_LENGTH = 500;

	private final int capacity;

	private final Clock clock;

	private final AtomicReferenceArray<@Nullable Slot> ring;

	private final AtomicLong nextSequence = new AtomicLong();

	private final LongAdder calls = new LongAdder();

	private final LongAdder failures = new LongAdder();

	private final LongAdder notPermitted = new LongAdder();

	private final LongAdder slowCalls = new LongAdder();

	BreakerEventRecorder(int capacity, Clock clock) {
		this.capacity = capacity;
		this.clock = clock;
		this.ring = new AtomicReferenceArray<>(capacity);
	}

	@Override
	public void onStateTransition(CircuitBreaker circuitBreaker, CircuitBreaker.State from, CircuitBreaker.State to) {
		append(new StateTransitionEvent(this.clock.instant(), from, to));
	}

	@Override
	public void onSuccess(CircuitBreaker circuitBreaker, long durationNanos) {
		this.calls.increment();
	}

	@Override
	public void onError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
		this.calls.increment();
		this.failures.increment();
		append(new ErrorEvent(this.clock.instant(), error.getClass().getName(), shorten(error.getMessage()),
				Duration.ofNanos(durationNanos)));
	}

	@Override
	public void onIgnoredError(CircuitBreaker circuitBreaker, long durationNanos, Throwable error) {
		this.calls.increment();
	}

	@Override
	public void onCallNotPermitted(CircuitBreaker circuitBreaker) {
		this.notPermitted.increment();
	}

	@Override
	public void onSlowCall(CircuitBreaker circuitBreaker, long durationNanos) {
		this.slowCalls.increment();
	}

	private static @Nullable String shorten(@Nullable String message) {
		if (message == null || message.length() <= MAX_MESSAGE_LENGTH) {
			return message;
		}
		return message.substring(0, MAX_MESSAGE_LENGTH - 1) + "…";
	}

	private void append(Event event) {
		if (this.capacity == 0) {
			return;
		}
		long sequence = this.nextSequence.getAndIncrement();
		int index = (int) (sequence % this.capacity);
		Slot slot = new Slot(sequence, event);
		Slot current;
		do {
			current = this.ring.get(index);
			if (current != null && current.sequence() > sequence) {
				return; // a newer event already took the slot: this one has dropped out of the window
			}
		}
		while (!this.ring.compareAndSet(index, current, slot));
	}

	List<Event> newestFirst() {
		long next = this.nextSequence.get();
		long oldest = Math.max(0, next - this.capacity);
		List<Event> events = new ArrayList<>((int) (next - oldest));
		for (long sequence = next - 1; sequence >= oldest; sequence--) {
			Slot slot = this.ring.get((int) (sequence % this.capacity));
			// A slot still holding an older event belongs to a writer that has not stored yet: skip it.
			if (slot != null && slot.sequence() == sequence) {
				events.add(slot.event());
			}
		}
		return events;
	}

	Totals totals() {
		return new Totals(this.calls.sum(), this.failures.sum(), this.notPermitted.sum(), this.slowCalls.sum());
	}

	private record Slot(long sequence, Event event) {
	}

}
