package dev.breaker.spring.fallback;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the fallback methods of a protected method: methods of the target class or its superclasses with the given
 * name, of any visibility, whose parameters are the protected method's parameters optionally followed by one
 * {@link Throwable} (sub)type, and whose return type is assignable to the protected method's (so an asynchronous or
 * reactive method needs a fallback with the same wrapper). A method overridden in a subclass counts once.
 *
 * <p>Results are cached per protected method and target class. This class is thread-safe.
 */
public final class FallbackMethodResolver {

	private final Map<Key, FallbackMethods> cache = new ConcurrentHashMap<>();

	/**
	 * Resolves the fallback methods of a protected method.
	 * @param method the protected method, as declared in or inherited by {@code targetClass}
	 * @param targetClass the class of the bean the method is called on (not a proxy class)
	 * @param fallbackName the {@code fallbackMethod} attribute; empty for none
	 * @return the candidates, most specific first; {@link FallbackMethods#none()} if {@code fallbackName} is empty
	 * @throws InvalidFallbackMethodException if {@code fallbackName} names no compatible method, or several handling
	 * the same exception type
	 */
	public FallbackMethods resolve(Method method, Class<?> targetClass, String fallbackName) {
		if (fallbackName.isEmpty()) {
			return FallbackMethods.none();
		}
		Key key = new Key(method, targetClass, fallbackName);
		FallbackMethods cached = this.cache.get(key);
		if (cached == null) {
			cached = doResolve(method, targetClass, fallbackName);
			this.cache.putIfAbsent(key, cached);
		}
		return cached;
	}

	private FallbackMethods doResolve(Method method, Class<?> targetClass, String fallbackName) {
		Class<?>[] parameterTypes = method.getParameterTypes();
		List<FallbackMethod> candidates = new ArrayList<>();
		List<Method> overridable = new ArrayList<>();
		List<String> misfits = new ArrayList<>();
		for (Class<?> type = targetClass; type != null && type != Object.class; type = type.getSuperclass()) {
			// getDeclaredMethods() returns fresh copies: making them accessible never touches a shared Method
			for (Method candidate : type.getDeclaredMethods()) {
				if (!candidate.getName().equals(fallbackName) || candidate.isBridge() || candidate.isSynthetic()) {
					continue;
				}
				String problem = incompatibility(method, candidate, targetClass);
				if (problem != null) {
					misfits.add(FallbackSignatures.describe(candidate) + " in " + type.getName() + ": " + problem);
				}
				else if (!isOverridden(candidate, overridable)) {
					ReflectionUtils.makeAccessible(candidate);
					candidates.add(new FallbackMethod(candidate, exceptionType(candidate, parameterTypes.length)));
					if (!Modifier.isPrivate(candidate.getModifiers()) && !Modifier.isStatic(candidate.getModifiers())) {
						overridable.add(candidate);
					}
				}
			}
		}
		if (candidates.isEmpty()) {
			throw new InvalidFallbackMethodException(noCompatibleMethod(method, targetClass, fallbackName, misfits));
		}
		checkUnambiguous(method, candidates);
		return FallbackMethods.of(candidates);
	}

	private static @Nullable String incompatibility(Method method, Method candidate, Class<?> targetClass) {
		Class<?>[] expected = method.getParameterTypes();
		Class<?>[] actual = candidate.getParameterTypes();
		boolean prefixMatches = (actual.length == expected.length || actual.length == expected.length + 1)
				&& Arrays.equals(actual, 0, expected.length, expected, 0, expected.length);
		if (!prefixMatches) {
			return "its parameters must be " + parameterList(expected)
					+ (expected.length > 0 ? ", optionally followed by one Throwable type" : " or one Throwable type");
		}
		if (actual.length > expected.length && !Throwable.class.isAssignableFrom(actual[expected.length])) {
			return "its last parameter must be a Throwable type, not " + actual[expected.length].getSimpleName();
		}
		return returnTypeIncompatibility(method, candidate, targetClass);
	}

	private static @Nullable String returnTypeIncompatibility(Method method, Method candidate, Class<?> targetClass) {
		Class<?> expected = method.getReturnType();
		Class<?> actual = candidate.getReturnType();
		String wanted = FallbackSignatures.typeName(method.getGenericReturnType());
		String found = FallbackSignatures.typeName(candidate.getGenericReturnType());
		if (expected == void.class || actual == void.class) {
			return (expected == actual) ? null : "it returns " + found + " but the protected method returns " + wanted;
		}
		if (!ClassUtils.isAssignable(expected, actual)) {
			return "it returns " + found + ", which is not assignable to " + wanted;
		}
		ResolvableType expectedType = ResolvableType.forMethodReturnType(method, targetClass);
		if (expectedType.hasGenerics()
				&& !expectedType.isAssignableFrom(ResolvableType.forMethodReturnType(candidate, targetClass))) {
			return "it returns " + found + ", which is not assignable to " + wanted;
		}
		return null;
	}

	private static boolean isOverridden(Method candidate, List<Method> overridable) {
		for (Method subclassMethod : overridable) {
			if (Arrays.equals(subclassMethod.getParameterTypes(), candidate.getParameterTypes())
					&& !Modifier.isPrivate(candidate.getModifiers())) {
				return true;
			}
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private static @Nullable Class<? extends Throwable> exceptionType(Method candidate, int protectedParameters) {
		Class<?>[] types = candidate.getParameterTypes();
		return (types.length > protectedParameters) ? (Class<? extends Throwable>) types[protectedParameters] : null;
	}

	private static void checkUnambiguous(Method method, List<FallbackMethod> candidates) {
		Map<@Nullable Class<?>, List<FallbackMethod>> byExceptionType = new LinkedHashMap<>();
		for (FallbackMethod candidate : candidates) {
			byExceptionType.computeIfAbsent(candidate.getExceptionType(), (type) -> new ArrayList<>()).add(candidate);
		}
		for (Map.Entry<@Nullable Class<?>, List<FallbackMethod>> entry : byExceptionType.entrySet()) {
			if (entry.getValue().size() > 1) {
				Class<?> type = entry.getKey();
				throw new InvalidFallbackMethodException("The fallback methods of " + FallbackSignatures.qualified(method)
						+ " are ambiguous: " + entry.getValue().size() + " candidates are equally specific for "
						+ ((type != null) ? type.getName() : "any exception (no exception parameter)") + ":"
						+ entry.getValue()
							.stream()
							.map((candidate) -> "\n    " + candidate + " in "
									+ candidate.getMethod().getDeclaringClass().getName())
							.collect(Collectors.joining())
						+ "\nKeep one of them, or give them different exception parameter types.");
			}
		}
	}

	private static String noCompatibleMethod(Method method, Class<?> targetClass, String fallbackName,
			List<String> misfits) {
		String returnType = FallbackSignatures.typeName(method.getGenericReturnType());
		String parameters = parameterList(method.getParameterTypes());
		String withException = parameters.substring(0, parameters.length() - 1)
				+ (method.getParameterCount() > 0 ? ", " : "") + "Throwable or a subclass)";
		StringBuilder message = new StringBuilder();
		message.append("No compatible fallback method named '")
			.append(fallbackName)
			.append("' for ")
			.append(FallbackSignatures.qualified(method))
			.append(" in ")
			.append(targetClass.getName())
			.append(" or its superclasses. These signatures would match (any visibility):\n    ")
			.append(returnType)
			.append(' ')
			.append(fallbackName)
			.append(parameters)
			.append("\n    ")
			.append(returnType)
			.append(' ')
			.append(fallbackName)
			.append(withException);
		if (!misfits.isEmpty()) {
			message.append("\nMethods named '").append(fallbackName).append("' that do not fit:");
			misfits.forEach((misfit) -> message.append("\n    ").append(misfit));
		}
		return message.toString();
	}

	private static String parameterList(Class<?>[] types) {
		return Arrays.stream(types).map(FallbackSignatures::typeName).collect(Collectors.joining(", ", "(", ")"));
	}

	private record Key(Method method, Class<?> targetClass, String fallbackName) {

	}

}
