package dev.breaker.spring.aop;

import java.util.List;
import java.util.function.Predicate;

import dev.breaker.core.CircuitBreakerConfig;

/**
 * Tells whether a breaker records an exception as a failure, following the rules documented on
 * {@link CircuitBreakerConfig}: ignored exceptions never are; otherwise an exception is a failure if it is one of
 * the record exceptions or matches the record predicate, and every exception is when neither is configured. Only
 * recorded failures (and refusals) lead to a fallback.
 */
final class FailureClassifier {

	private FailureClassifier() {
	}

	static boolean isRecordedFailure(CircuitBreakerConfig config, Throwable error) {
		for (Class<? extends Throwable> ignored : config.getIgnoreExceptions()) {
			if (ignored.isInstance(error)) {
				return false;
			}
		}
		List<Class<? extends Throwable>> recorded = config.getRecordExceptions();
		Predicate<Throwable> predicate = config.getRecordExceptionPredicate();
		if (recorded.isEmpty() && predicate == null) {
			return true;
		}
		for (Class<? extends Throwable> type : recorded) {
			if (type.isInstance(error)) {
				return true;
			}
		}
		return predicate != null && predicate.test(error);
	}

}
