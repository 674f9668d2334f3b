package dev.breaker.core.internal;

/**
 * A sliding window of call outcomes. Implementations are lock-free and allocate nothing when recording.
 */
interface CallWindow {

	/**
	 * Records one call and judges the window as it stands right after it.
	 * @param failure whether the call failed
	 * @param slow whether the call was slow
	 * @param rule the thresholds
	 * @return whether the rates over the window, including this call, reach a threshold
	 */
	boolean record(boolean failure, boolean slow, RateRule rule);

	/**
	 * Returns the window's counts now.
	 * @return a snapshot
	 */
	WindowCounts counts();

}
