package dev.breaker.core.internal;

/**
 * An immutable snapshot of the counts of a {@link CallWindow}.
 *
 * @param buffered the calls in the window
 * @param failed the failed calls in the window
 * @param slow the slow calls in the window
 */
record WindowCounts(long buffered, long failed, long slow) {

	static final WindowCounts EMPTY = new WindowCounts(0, 0, 0);

	float failureRate(int minimumNumberOfCalls) {
		return rate(this.failed, minimumNumberOfCalls);
	}

	float slowCallRate(int minimumNumberOfCalls) {
		return rate(this.slow, minimumNumberOfCalls);
	}

	private float rate(long count, int minimumNumberOfCalls) {
		if (this.buffered == 0 || this.buffered < minimumNumberOfCalls) {
			return -1f;
		}
		return count * 100f / this.buffered;
	}

}
