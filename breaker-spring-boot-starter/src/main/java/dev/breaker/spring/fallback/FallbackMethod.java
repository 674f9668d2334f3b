package dev.breaker.spring.fallback;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * One fallback method: a method that answers instead of a protected method, optionally taking the exception it
 * handles as its last parameter. Instances are immutable and thread-safe; the {@link Method} they hold is their own
 * copy, made accessible once when resolved.
 */
public final class FallbackMethod {

	private final Method method;

	private final @Nullable Class<? extends Throwable> exceptionType;

	FallbackMethod(Method method, @Nullable Class<? extends Throwable> exceptionType) {
		this.method = method;
		this.exceptionType = exceptionType;
	}

	/**
	 * Returns the method.
	 * @return the fallback method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * Returns the type of the exception parameter.
	 * @return the exception type, or {@code null} if the method has no exception parameter (it handles any exception)
	 */
	public @Nullable Class<? extends Throwable> getExceptionType() {
		return this.exceptionType;
	}

	/**
	 * Returns whether this fallback handles the exception.
	 * @param failure what the call threw, or why it was refused
	 * @return whether the exception parameter accepts it (always, without an exception parameter)
	 */
	public boolean handles(Throwable failure) {
		return this.exceptionType == null || this.exceptionType.isInstance(failure);
	}

	/**
	 * Calls the fallback with the protected call's arguments (and the exception, if it takes one).
	 * @param target the bean the protected method was called on
	 * @param arguments the protected call's arguments
	 * @param failure what the call threw, or why it was refused
	 * @return what the fallback returned
	 * @throws Throwable what the fallback threw, with {@code failure} attached as suppressed
	 */
	public @Nullable Object invoke(@Nullable Object target, @Nullable Object[] arguments, Throwable failure)
			throws Throwable {
		Object[] actual = arguments;
		if (this.exceptionType != null) {
			actual = Arrays.copyOf(arguments, arguments.length + 1);
			actual[arguments.length] = failure;
		}
		try {
			return this.method.invoke(Modifier.isStatic(this.method.getModifiers()) ? null : target, actual);
		}
		catch (InvocationTargetException ex) {
			throw withSuppressed(ex.getCause() != null ? ex.getCause() : ex, failure);
		}
	}

	/**
	 * Attaches the original failure to an exception thrown by a fallback, unless it is that failure.
	 * @param thrown what the fallback threw
	 * @param failure the protected call's failure
	 * @return {@code thrown}
	 */
	public static Throwable withSuppressed(Throwable thrown, Throwable failure) {
		if (thrown != failure) {
			thrown.addSuppressed(failure);
		}
		return thrown;
	}

	@Override
	public String toString() {
		return FallbackSignatures.describe(this.method);
	}

}
