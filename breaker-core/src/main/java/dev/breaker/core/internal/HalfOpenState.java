package dev.breaker.core.internal;

import java.util.concurrent.atomic.AtomicInteger;

import dev.breaker.core.CircuitBreaker.State;

/**
 * {@code HALF_OPEN}: at most {@code permittedNumberOfCallsInHalfOpenState} trial calls run at a time. Permits are
 * taken with a CAS that never goes below zero, so however many threads race, no more than that many trials are in
 * flight. Each success uses its permit up; once that many trials have succeeded the breaker closes. The first trial
 * that fails or is slow opens it again, with a longer wait if backoff is configured. A trial that does not count
 * (ignored exception, released) gives its permit back. If {@code maxWaitDurationInHalfOpenState} elapses first, the
 * next call or state read opens the breaker again. Thread-safe.
 */
final class HalfOpenState extends BreakerState {

	private final int permitted;

	private final long maxWaitNanos;

	private final int openCount;

	private final AtomicInteger available;

	private final AtomicInteger successes = new AtomicInteger();

	private final AtomicInteger failures = new AtomicInteger();

	private final AtomicInteger slowCalls = new AtomicInteger();

	HalfOpenState(DefaultCircuitBreaker breaker, long enteredAtNanos, Cycle cycle, int openCount) {
		super(breaker, enteredAtNanos, cycle);
		this.permitted = breaker.getConfig().getPermittedNumberOfCallsInHalfOpenState();
		this.maxWaitNanos = DefaultCircuitBreaker
			.saturatedNanos(breaker.getConfig().getMaxWaitDurationInHalfOpenState());
		this.openCount = openCount;
		this.available = new AtomicInteger(this.permitted);
	}

	@Override
	State state() {
		return State.HALF_OPEN;
	}

	@Override
	long tryAcquire() {
		if (this.maxWaitNanos > 0 && expire(this.breaker.now())) {
			return RETRY;
		}
		for (;;) {
			int current = this.available.get();
			if (current <= 0) {
				return REFUSED;
			}
			if (this.available.compareAndSet(current, current - 1)) {
				return PERMITTED;
			}
		}
	}

	@Override
	boolean expire(long now) {
		if (this.maxWaitNanos <= 0 || now - this.enteredAtNanos < this.maxWaitNanos) {
			return false;
		}
		this.breaker.transition(this, OpenState.after(this, now));
		return true;
	}

	@Override
	void record(boolean failure, boolean slow) {
		if (failure || slow) {
			if (failure) {
				this.failures.incrementAndGet();
			}
			if (slow) {
				this.slowCalls.incrementAndGet();
			}
			if (!failure) {
				this.successes.incrementAndGet();
			}
			this.breaker.transition(this, OpenState.after(this, this.breaker.now()));
			return;
		}
		if (this.successes.incrementAndGet() == this.permitted) {
			this.breaker.transition(this, new ClosedState(this.breaker, this.breaker.now()));
		}
	}

	@Override
	void release() {
		this.available.incrementAndGet();
	}

	@Override
	WindowCounts counts() {
		int failed = this.failures.get();
		return new WindowCounts(this.successes.get() + failed, failed, this.slowCalls.get());
	}

	@Override
	int consecutiveFailures() {
		return this.failures.get();
	}

	@Override
	int minimumNumberOfCalls() {
		return this.permitted;
	}

	@Override
	int openCount() {
		return this.openCount;
	}

}
