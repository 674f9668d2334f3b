package dev.breaker.core.internal;

/**
 * What {@code OPEN} and {@code FORCED_OPEN} share: they refuse calls, record nothing, and keep showing the counts of
 * the state they replaced (what the breaker saw when it stopped permitting calls) and how many times in a row it has
 * opened. Immutable.
 */
abstract sealed class RefusingState extends BreakerState permits OpenState, ForcedOpenState {

	private final WindowCounts counts;

	private final int consecutiveFailures;

	private final int minimumNumberOfCalls;

	private final int openCount;

	RefusingState(BreakerState previous, long enteredAtNanos, int openCount) {
		super(previous.breaker, enteredAtNanos, previous.cycle);
		this.counts = previous.counts();
		this.consecutiveFailures = previous.consecutiveFailures();
		this.minimumNumberOfCalls = previous.minimumNumberOfCalls();
		this.openCount = openCount;
	}

	@Override
	final void record(boolean failure, boolean slow) {
	}

	@Override
	final WindowCounts counts() {
		return this.counts;
	}

	@Override
	final int consecutiveFailures() {
		return this.consecutiveFailures;
	}

	@Override
	final int minimumNumberOfCalls() {
		return this.minimumNumberOfCalls;
	}

	@Override
	final int openCount() {
		return this.openCount;
	}

}
