package dev.breaker.spring.fallback;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders method signatures for error messages, with simple type names.
 */
final class FallbackSignatures {

	private static final Pattern PACKAGE_PREFIX = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");

	private FallbackSignatures() {
	}

	static String describe(Method method) {
		String modifiers = Modifier.toString(method.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED
				| Modifier.PRIVATE | Modifier.STATIC | Modifier.FINAL));
		return (modifiers.isEmpty() ? "" : modifiers + " ") + typeName(method.getGenericReturnType()) + " "
				+ method.getName() + "(" + Arrays.stream(method.getGenericParameterTypes())
					.map(FallbackSignatures::typeName)
					.collect(Collectors.joining(", "))
				+ ")";
	}

	static String qualified(Method method) {
		return method.getDeclaringClass().getName() + "." + method.getName() + "("
				+ Arrays.stream(method.getGenericParameterTypes())
					.map(FallbackSignatures::typeName)
					.collect(Collectors.joining(", "))
				+ ")";
	}

	static String typeName(Type type) {
		return PACKAGE_PREFIX.matcher(type.getTypeName()).replaceAll("").replace('$', '.');
	}

}
