package dev.breaker.core.internal;

import java.util.List;
import java.util.function.Predicate;

import dev.breaker.core.CircuitBreakerConfig;

/**
 * Decides whether an exception is a failure, a success or ignored, per the rules documented on
 * {@link CircuitBreakerConfig}: ignore wins, then the record list or predicate, and with neither configured every
 * throwable is a failure. Immutable and thread-safe.
 */
final class ExceptionClassifier {

	static final int IGNORED = -1;

	static final int SUCCESS = 0;

	static final int FAILURE = 1;

	private final List<Class<? extends Throwable>> ignore;

	private final List<Class<? extends Throwable>> record;

	private final Predicate<Throwable> recordPredicate;

	private final boolean recordEverything;

	ExceptionClassifier(CircuitBreakerConfig config) {
		this.ignore = config.getIgnoreExceptions();
		this.record = config.getRecordExceptions();
		this.recordPredicate = config.getRecordExceptionPredicate();
		this.recordEverything = this.record.isEmpty() && this.recordPredicate == null;
	}

	/**
	 * Classifies what a call threw.
	 * @param error the throwable
	 * @return {@link #FAILURE}, {@link #SUCCESS} or {@link #IGNORED}
	 * @throws RuntimeException if the configured record-exception predicate throws
	 */
	int classify(Throwable error) {
		for (int i = 0; i < this.ignore.size(); i++) {
			if (this.ignore.get(i).isInstance(error)) {
				return IGNORED;
			}
		}
		if (this.recordEverything) {
			return FAILURE;
		}
		for (int i = 0; i < this.record.size(); i++) {
			if (this.record.get(i).isInstance(error)) {
				return FAILURE;
			}
		}
		return (this.recordPredicate != null && this.recordPredicate.test(error)) ? FAILURE : SUCCESS;
	}

}
