package dev.breaker.core.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import dev.breaker.core.CircuitBreaker.State;

/**
 * A deliberately naive, single-threaded reference of the circuit-breaker rules of issue 2, for
 * {@link DefaultCircuitBreakerModelTests}: a deque of outcomes for the count-based window, plain fields for the rest.
 * Slow and fast, written to be obviously right rather than efficient.
 */
final class ReferenceModel {

	record Settings(int windowSize, int minimumNumberOfCalls, float failureRateThreshold, float slowCallRateThreshold,
			int consecutiveFailureThreshold, long waitNanos, double backoffMultiplier, long backoffMaxNanos,
			int permittedInHalfOpen, long maxWaitInHalfOpenNanos, long slowNanos) {
	}

	record Counts(int buffered, int failed, int slow, int minimum) {

		float failureRate() {
			return (this.buffered == 0 || this.buffered < this.minimum) ? -1f : this.failed * 100f / this.buffered;
		}

		float slowCallRate() {
			return (this.buffered == 0 || this.buffered < this.minimum) ? -1f : this.slow * 100f / this.buffered;
		}

	}

	private final Settings settings;

	State state = State.CLOSED;

	long generation;

	private long enteredAt;

	private final Deque<boolean[]> window = new ArrayDeque<>();

	int inARow;

	long notPermitted;

	private int openCount;

	private long openUntil;

	private int halfOpenAvailable;

	private int halfOpenSuccesses;

	private int halfOpenFailures;

	private int halfOpenSlow;

	private Counts frozen = new Counts(0, 0, 0, 1);

	private int frozenInARow;

	ReferenceModel(Settings settings, long now) {
		this.settings = settings;
		this.enteredAt = now;
	}

	private int effectiveMinimum() {
		return Math.min(this.settings.minimumNumberOfCalls(), this.settings.windowSize());
	}

	Counts counts() {
		return switch (this.state) {
			case CLOSED, METRICS_ONLY -> windowCounts();
			case OPEN, FORCED_OPEN -> this.frozen;
			case HALF_OPEN -> new Counts(this.halfOpenSuccesses + this.halfOpenFailures, this.halfOpenFailures,
					this.halfOpenSlow, this.settings.permittedInHalfOpen());
			case DISABLED -> new Counts(0, 0, 0, effectiveMinimum());
		};
	}

	int consecutiveFailures() {
		return switch (this.state) {
			case CLOSED, METRICS_ONLY -> this.inARow;
			case OPEN, FORCED_OPEN -> this.frozenInARow;
			case HALF_OPEN -> this.halfOpenFailures;
			case DISABLED -> 0;
		};
	}

	private Counts windowCounts() {
		int failed = 0;
		int slow = 0;
		for (boolean[] outcome : this.window) {
			failed += outcome[0] ? 1 : 0;
			slow += outcome[1] ? 1 : 0;
		}
		return new Counts(this.window.size(), failed, slow, effectiveMinimum());
	}

	private int openCountOfCurrentState() {
		return switch (this.state) {
			case OPEN, HALF_OPEN, FORCED_OPEN -> this.openCount;
			default -> 0;
		};
	}

	/** OPEN whose wait elapsed becomes HALF_OPEN; HALF_OPEN past its maximum wait becomes OPEN. */
	void refresh(long now) {
		if (this.state == State.OPEN && now >= this.openUntil) {
			enterHalfOpen(now, this.openCount);
		}
		else if (this.state == State.HALF_OPEN && this.settings.maxWaitInHalfOpenNanos() > 0
				&& now - this.enteredAt >= this.settings.maxWaitInHalfOpenNanos()) {
			enterOpen(now);
		}
	}

	/** @return the generation of the permit, or -1 when refused */
	long acquire(long now) {
		refresh(now);
		switch (this.state) {
			case CLOSED, DISABLED, METRICS_ONLY:
				return this.generation;
			case HALF_OPEN:
				if (this.halfOpenAvailable > 0) {
					this.halfOpenAvailable--;
					return this.generation;
				}
				this.notPermitted++;
				return -1;
			default:
				this.notPermitted++;
				return -1;
		}
	}

	void record(long permit, boolean failure, long durationNanos, long now) {
		if (this.state == State.DISABLED || permit != this.generation) {
			return;
		}
		boolean slow = durationNanos >= this.settings.slowNanos();
		switch (this.state) {
			case CLOSED, METRICS_ONLY -> {
				this.window.addLast(new boolean[] { failure, slow });
				if (this.window.size() > this.settings.windowSize()) {
					this.window.removeFirst();
				}
				this.inARow = failure ? this.inARow + 1 : 0;
				if (this.state == State.CLOSED && shouldTrip()) {
					enterOpen(now);
				}
			}
			case HALF_OPEN -> {
				if (failure) {
					this.halfOpenFailures++;
				}
				else {
					this.halfOpenSuccesses++;
				}
				if (slow) {
					this.halfOpenSlow++;
				}
				if (failure || slow) {
					enterOpen(now);
				}
				else if (this.halfOpenSuccesses == this.settings.permittedInHalfOpen()) {
					enterClosed(now);
				}
			}
			default -> {
			}
		}
	}

	void ignore(long permit) {
		if (this.state == State.HALF_OPEN && permit == this.generation) {
			this.halfOpenAvailable++;
		}
	}

	private boolean shouldTrip() {
		if (this.settings.consecutiveFailureThreshold() > 0 && this.inARow >= this.settings.consecutiveFailureThreshold()) {
			return true;
		}
		Counts counts = windowCounts();
		if (counts.buffered() < effectiveMinimum()) {
			return false;
		}
		return counts.failed() * 100f / counts.buffered() >= this.settings.failureRateThreshold()
				|| counts.slow() * 100f / counts.buffered() >= this.settings.slowCallRateThreshold();
	}

	void enterClosed(long now) {
		this.state = State.CLOSED;
		this.window.clear();
		this.inARow = 0;
		this.notPermitted = 0;
		newGeneration(now);
	}

	void enterOpen(long now) {
		this.frozen = counts();
		this.frozenInARow = consecutiveFailures();
		this.openCount = openCountOfCurrentState() + 1;
		double wait = this.settings.waitNanos();
		if (this.settings.backoffMultiplier() > 1 && this.openCount > 1) {
			wait = Math.min(this.settings.backoffMaxNanos(),
					wait * Math.pow(this.settings.backoffMultiplier(), this.openCount - 1));
		}
		this.openUntil = now + Math.max(1L, (long) Math.min(wait, this.settings.backoffMaxNanos()));
		this.state = State.OPEN;
		newGeneration(now);
	}

	void enterHalfOpen(long now, int openCount) {
		this.openCount = openCount;
		this.state = State.HALF_OPEN;
		this.halfOpenAvailable = this.settings.permittedInHalfOpen();
		this.halfOpenSuccesses = 0;
		this.halfOpenFailures = 0;
		this.halfOpenSlow = 0;
		newGeneration(now);
	}

	void enterForcedOpen(long now) {
		this.frozen = counts();
		this.frozenInARow = consecutiveFailures();
		this.openCount = openCountOfCurrentState();
		this.state = State.FORCED_OPEN;
		newGeneration(now);
	}

	void enterDisabled(long now) {
		this.state = State.DISABLED;
		newGeneration(now);
	}

	void enterMetricsOnly(long now) {
		this.state = State.METRICS_ONLY;
		this.window.clear();
		this.inARow = 0;
		newGeneration(now);
	}

	int openCountForHalfOpen() {
		return openCountOfCurrentState();
	}

	boolean canEnterHalfOpenByHand() {
		return this.state == State.OPEN || this.state == State.FORCED_OPEN || this.state == State.HALF_OPEN;
	}

	long retryAfterNanos(long now) {
		return (this.state == State.OPEN) ? Math.max(0L, this.openUntil - now) : 0L;
	}

	long timeInState(long now) {
		return now - this.enteredAt;
	}

	private void newGeneration(long now) {
		this.generation++;
		this.enteredAt = now;
	}

}
