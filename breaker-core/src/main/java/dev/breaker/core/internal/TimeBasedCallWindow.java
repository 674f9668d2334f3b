package dev.breaker.core.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import dev.breaker.core.Ticker;

/**
 * A window of the calls that completed in the last {@code size} seconds, measured with the breaker's {@link Ticker}:
 * one bucket per second in a ring, plus running totals.
 *
 * <p>A bucket holds its second and one packed counter (sealed bit, then calls, failures and slow calls in 21 bits
 * each). Recording adds to the current second's bucket with a CAS and then to the totals. A bucket leaves the window
 * when its second is {@code size} seconds old: whoever first seals it (an evictor advancing {@code evictedThrough}, or
 * a writer reusing its slot) subtracts its final counts from the totals; a writer that finds its bucket sealed
 * retries on a fresh one, so no call is counted twice or lost. A bucket is allocated once per second in use, nothing
 * per call. Calls beyond 2,097,151 in one second are not counted (the window's rates are unaffected at such volume).
 * Lock-free.
 */
final class TimeBasedCallWindow implements CallWindow {

	private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

	private static final int FIELD_BITS = 21;

	private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;

	private static final long SEALED = 1L << 63;

	private final int size;

	private final Ticker ticker;

	private final long origin;

	private final AtomicReferenceArray<Bucket> buckets;

	private final AtomicLong evictedThrough;

	private final AtomicLong totalCalls = new AtomicLong();

	private final AtomicLong totalFailed = new AtomicLong();

	private final AtomicLong totalSlow = new AtomicLong();

	TimeBasedCallWindow(int size, Ticker ticker) {
		this.size = size;
		this.ticker = ticker;
		this.origin = ticker.nanoTime();
		this.buckets = new AtomicReferenceArray<>(size);
		this.evictedThrough = new AtomicLong(-size);
	}

	@Override
	public boolean record(boolean failure, boolean slow, RateRule rule) {
		long second = currentSecond();
		evictThrough(second - this.size);
		long delta = 1L << (2 * FIELD_BITS) | (failure ? 1L << FIELD_BITS : 0L) | (slow ? 1L : 0L);
		if (addToBucket(second, delta)) {
			this.totalCalls.incrementAndGet();
			if (failure) {
				this.totalFailed.incrementAndGet();
			}
			if (slow) {
				this.totalSlow.incrementAndGet();
			}
		}
		// Calls first: a seal subtracts failed and slow before calls, so a reader that sees a bucket's calls gone
		// also sees its failures gone. Read the other way round, an eviction racing this read could pair the old
		// failures with the new, smaller call count and trip the breaker on a rate the window never had.
		long calls = this.totalCalls.get();
		long failed = this.totalFailed.get();
		long slowCalls = this.totalSlow.get();
		return rule.exceeded(calls, Math.min(failed, calls), Math.min(slowCalls, calls));
	}

	@Override
	public WindowCounts counts() {
		evictThrough(currentSecond() - this.size);
		long calls = Math.max(0L, this.totalCalls.get()); // calls first, as in record
		long failed = this.totalFailed.get();
		long slow = this.totalSlow.get();
		return new WindowCounts(calls, Math.max(0L, Math.min(failed, calls)), Math.max(0L, Math.min(slow, calls)));
	}

	private long currentSecond() {
		return Math.floorDiv(this.ticker.nanoTime() - this.origin, NANOS_PER_SECOND);
	}

	/** Adds to the bucket of {@code second}; returns false when the call falls outside the window or the bucket is full. */
	private boolean addToBucket(long second, long delta) {
		int slot = (int) Math.floorMod(second, (long) this.size);
		for (;;) {
			if (second <= this.evictedThrough.get()) {
				return false;
			}
			Bucket bucket = this.buckets.get(slot);
			if (bucket == null || bucket.second < second) {
				Bucket fresh = new Bucket(second);
				if (this.buckets.compareAndSet(slot, bucket, fresh)) {
					if (bucket != null) {
						seal(bucket);
					}
					if (second <= this.evictedThrough.get()) {
						// An evictor passed this second while we installed the bucket and may have missed it.
						seal(fresh);
						return false;
					}
				}
				continue;
			}
			if (bucket.second > second) {
				// A later call already moved this slot on; count this one in the newer second.
				second = bucket.second;
			}
			long current = bucket.counts.get();
			if ((current & SEALED) != 0) {
				continue;
			}
			if (((current >>> (2 * FIELD_BITS)) & FIELD_MASK) == FIELD_MASK) {
				return false;
			}
			if (bucket.counts.compareAndSet(current, current + delta)) {
				return true;
			}
		}
	}

	private void evictThrough(long target) {
		for (;;) {
			long evicted = this.evictedThrough.get();
			if (evicted >= target) {
				return;
			}
			if (this.evictedThrough.compareAndSet(evicted, target)) {
				long from = Math.max(evicted + 1, target - this.size + 1);
				for (long second = from; second <= target; second++) {
					Bucket bucket = this.buckets.get((int) Math.floorMod(second, (long) this.size));
					if (bucket != null && bucket.second <= target) {
						seal(bucket);
					}
				}
				return;
			}
		}
	}

	/** Seals a bucket; the one caller that seals it subtracts its counts from the totals. */
	private void seal(Bucket bucket) {
		for (;;) {
			long current = bucket.counts.get();
			if ((current & SEALED) != 0) {
				return;
			}
			if (bucket.counts.compareAndSet(current, current | SEALED)) {
				long calls = (current >>> (2 * FIELD_BITS)) & FIELD_MASK;
				long failed = (current >>> FIELD_BITS) & FIELD_MASK;
				long slow = current & FIELD_MASK;
				if (failed != 0) {
					this.totalFailed.addAndGet(-failed);
				}
				if (slow != 0) {
					this.totalSlow.addAndGet(-slow);
				}
				if (calls != 0) {
					this.totalCalls.addAndGet(-calls);
				}
				return;
			}
		}
	}

	private static final class Bucket {

		final long second;

		final AtomicLong counts = new AtomicLong();

		Bucket(long second) {
			this.second = second;
		}

	}

}
