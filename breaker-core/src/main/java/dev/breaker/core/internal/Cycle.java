package dev.breaker.core.internal;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the states between two entries into {@code CLOSED} share: the count of refused calls, which
 * {@link dev.breaker.core.CircuitBreaker.Metrics#notPermittedCalls()} reports "since the last transition to CLOSED".
 * Thread-safe; a {@link LongAdder} so that refusals from many threads do not contend.
 */
final class Cycle {

	private final LongAdder notPermitted = new LongAdder();

	void refused() {
		this.notPermitted.increment();
	}

	long notPermitted() {
		return this.notPermitted.sum();
	}

}
