package dev.breaker.benchmarks;

import java.util.function.Supplier;

import dev.failsafe.function.CheckedSupplier;

/**
 * The protected calls the benchmarks run: preallocated, so a benchmark measures the breaker, not the call.
 */
final class Calls {

	/** A call that returns {@link EquivalentConfiguration#RESULT}. */
	static final Supplier<String> SUCCEEDING = () -> EquivalentConfiguration.RESULT;

	/** The same call, typed for Failsafe. */
	static final CheckedSupplier<String> SUCCEEDING_CHECKED = () -> EquivalentConfiguration.RESULT;

	private Calls() {
	}

	/**
	 * A call that fails every tenth time it runs. Not thread-safe: each benchmark thread has its own.
	 */
	static final class EveryTenthFails implements Supplier<String>, CheckedSupplier<String> {

		private int calls;

		@Override
		public String get() {
			if (++this.calls == 10) {
				this.calls = 0;
				throw DependencyFailure.INSTANCE;
			}
			return EquivalentConfiguration.RESULT;
		}

	}

	/**
	 * What a failing call throws: one preallocated exception without stack trace, so its cost stays out of the
	 * measurement.
	 */
	static final class DependencyFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final DependencyFailure INSTANCE = new DependencyFailure();

		private DependencyFailure() {
			super("dependency failed", null, false, false);
		}

	}

}
