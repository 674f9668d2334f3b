package dev.breaker.core;

/**
 * The only assertion helper of the core: argument checks whose messages name the parameter, the allowed values and
 * the bad value.
 */
final class Preconditions {

	private Preconditions() {
	}

	/**
	 * Throws {@link IllegalArgumentException} with the message {@code "<name> must be <allowed> but was <value>"}
	 * unless {@code condition} holds.
	 */
	static void checkArgument(boolean condition, String name, String allowed, Object value) {
		if (!condition) {
			throw new IllegalArgumentException(name + " must be " + allowed + " but was " + value);
		}
	}

	static <T> T checkNotNull(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

}
