package dev.breaker.spring.fallback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fallback methods of one protected method, most specific first. Instances are immutable and thread-safe.
 */
public final class FallbackMethods {

	private static final FallbackMethods NONE = new FallbackMethods(List.of());

	private final List<FallbackMethod> candidates;

	private FallbackMethods(List<FallbackMethod> candidates) {
		this.candidates = candidates;
	}

	static FallbackMethods of(List<FallbackMethod> candidates) {
		List<FallbackMethod> sorted = new ArrayList<>(candidates);
		sorted.sort(Comparator.comparingInt(FallbackMethods::specificity).reversed());
		return new FallbackMethods(List.copyOf(sorted));
	}

	/**
	 * Returns the fallbacks of a method that declares none.
	 * @return an empty instance
	 */
	public static FallbackMethods none() {
		return NONE;
	}

	/**
	 * Returns the fallback that handles an exception: the one whose exception parameter is its most specific
	 * supertype, else one without exception parameter.
	 * @param failure what the call threw, or why it was refused
	 * @return the fallback, or {@code null} if none handles the exception
	 */
	public @Nullable FallbackMethod find(Throwable failure) {
		for (FallbackMethod candidate : this.candidates) {
			if (candidate.handles(failure)) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Returns every candidate, most specific first.
	 * @return an immutable list
	 */
	public List<FallbackMethod> getCandidates() {
		return this.candidates;
	}

	/**
	 * Returns whether there is no fallback at all.
	 * @return {@code true} if no fallback was declared
	 */
	public boolean isEmpty() {
		return this.candidates.isEmpty();
	}

	/**
	 * Exception types form a tree, so the candidates matching one exception lie on its superclass chain: the deeper
	 * the exception parameter's type, the more specific the candidate. No exception parameter comes last.
	 */
	private static int specificity(FallbackMethod candidate) {
		Class<?> type = candidate.getExceptionType();
		if (type == null) {
			return -1;
		}
		int depth = 0;
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			depth++;
		}
		return depth;
	}

}
