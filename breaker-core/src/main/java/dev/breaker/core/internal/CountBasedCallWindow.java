package dev.breaker.core.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A window of the last {@code size} calls: a ring of two bits per call (failed, slow) and one packed counter.
 *
 * <p>Recording claims a ring position with one {@code getAndIncrement}, swaps the call's two bits into the ring with
 * a CAS on the 64-bit word holding them, and applies the difference between the old and new bits to a single packed
 * {@code AtomicLong} of three signed 21-bit fields (buffered, failed, slow), so every reader sees the three counts
 * from one volatile read. In the steady state of a full window of successes, a success writes nothing at all: every
 * slot holds a success, so which one it would replace makes no difference to the window, and threads recording
 * successes on one breaker share no written cache line. The counts always equal the bits in the ring once writers are quiescent; while
 * more than {@code size} calls complete concurrently, two calls may race for the same slot and the slot keeps one of
 * them, consistently with the counts. A 100-call window takes 4 longs of ring: bits, not objects. Lock-free and
 * allocation-free.
 */
final class CountBasedCallWindow implements CallWindow {

	private static final int FIELD_BITS = 21;

	private static final long FIELD_MASK = (1L << FIELD_BITS) - 1;

	private static final long ONE_BUFFERED = 1L << (2 * FIELD_BITS);

	private static final long ONE_FAILED = 1L << FIELD_BITS;

	private static final long ONE_SLOW = 1L;

	private final int size;

	private final AtomicLong cursor = new AtomicLong();

	private final AtomicLongArray ring;

	private final AtomicLong counts = new AtomicLong();

	/** The packed counts of a full window of successes. */
	private final long fullOfSuccesses;

	CountBasedCallWindow(int size) {
		this.size = size;
		this.fullOfSuccesses = size * ONE_BUFFERED;
		this.ring = new AtomicLongArray((2 * size + 63) / 64);
	}

	@Override
	public boolean record(boolean failure, boolean slow, RateRule rule) {
		if (!failure && !slow && this.counts.get() == this.fullOfSuccesses) {
			// It would replace a success by a success: the window, and its verdict (no rate above 0), stay the same.
			return false;
		}
		long sequence = this.cursor.getAndIncrement();
		int slot = (int) (sequence % this.size);
		int word = slot >>> 5;
		int shift = (slot & 31) << 1;
		long bits = (failure ? 1L : 0L) | (slow ? 2L : 0L);
		long previous;
		for (;;) {
			long current = this.ring.get(word);
			previous = (current >>> shift) & 3L;
			if (previous == bits || this.ring.compareAndSet(word, current, (current & ~(3L << shift)) | (bits << shift))) {
				break;
			}
		}
		long delta = (sequence < this.size) ? ONE_BUFFERED : 0L;
		delta += ((bits & 1L) - (previous & 1L)) * ONE_FAILED;
		delta += ((bits >>> 1) - (previous >>> 1)) * ONE_SLOW;
		long packed = (delta != 0L) ? this.counts.addAndGet(delta) : this.counts.get();
		return rule.exceeded(buffered(packed), failed(packed), slow(packed));
	}

	@Override
	public WindowCounts counts() {
		long packed = this.counts.get();
		return new WindowCounts(buffered(packed), failed(packed), slow(packed));
	}

	// The three fields are signed digits: a writer may apply -1 to a field before another writer's +1 for the same
	// slot lands, so a field can be briefly negative; decoding undoes the borrow. Readers clamp to [0, buffered].

	private static long slow(long packed) {
		return clamp(signed(packed), buffered(packed));
	}

	private static long failed(long packed) {
		long rest = (packed - signed(packed)) >> FIELD_BITS;
		return clamp(signed(rest), buffered(packed));
	}

	private static long buffered(long packed) {
		long rest = (packed - signed(packed)) >> FIELD_BITS;
		rest = (rest - signed(rest)) >> FIELD_BITS;
		return Math.max(0L, rest);
	}

	private static long signed(long value) {
		return ((value & FIELD_MASK) << (64 - FIELD_BITS)) >> (64 - FIELD_BITS);
	}

	private static long clamp(long value, long max) {
		return Math.max(0L, Math.min(value, max));
	}

}
