package dev.breaker.sample.shop.web;

import java.lang.reflect.Method;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Finds the path of the field ({@code items[0].quantity}) that a JSON binding error points at.
 *
 * <p>Spring Boot 3.5 binds with Jackson 2 ({@code com.fasterxml.jackson}) and Spring Boot 4.0 with Jackson 3
 * ({@code tools.jackson}). Both exceptions expose the same public {@code getPath()} list of references with
 * {@code getIndex()}, but the property name accessor is {@code getFieldName()} in Jackson 2 and
 * {@code getPropertyName()} in Jackson 3, so this class reads them reflectively instead of compiling against
 * either.
 */
final class JsonErrorPath {

	private static final Log logger = LogFactory.getLog(JsonErrorPath.class);

	private JsonErrorPath() {
	}

	/**
	 * Returns the path of the field a binding error points at.
	 * @param ex the error, or any exception wrapping it
	 * @return the path, or {@code null} when the error names no field (e.g. a syntax error before the first field)
	 */
	static @Nullable String of(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			List<?> references = references(cause);
			if (references != null && !references.isEmpty()) {
				return describe(references);
			}
		}
		return null;
	}

	private static @Nullable List<?> references(Throwable ex) {
		Object path = invoke(ex, "getPath");
		return (path instanceof List<?> list) ? list : null;
	}

	private static @Nullable String describe(List<?> references) {
		StringBuilder path = new StringBuilder();
		for (Object reference : references) {
			Object name = invoke(reference, "getPropertyName");
			if (name == null) {
				name = invoke(reference, "getFieldName");
			}
			if (name != null) {
				path.append((path.length() > 0) ? "." : "").append(name);
			}
			else if (invoke(reference, "getIndex") instanceof Integer index && index >= 0) {
				path.append('[').append(index).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : null;
	}

	private static @Nullable Object invoke(Object target, String methodName) {
		try {
			Method method = target.getClass().getMethod(methodName);
			return method.invoke(target);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// A public, argument-less getter of a Jackson type: failing here is unexpected, and only costs the
			// field name in the error response.
			logger.debug("Could not read " + methodName + " of " + target.getClass().getName(), ex);
			return null;
		}
	}

}
