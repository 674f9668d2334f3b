package dev.breaker.spring.autoconfigure;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a {@code breaker.*} property whose text could not even be converted to its type (for example
 * {@code wait-duration-in-open-state: soon}): the property, its value and what is allowed. Ordered ahead of Spring
 * Boot's generic bind failure analysis, which does not say what a duration or a window type looks like. Failures of
 * other properties are left to Spring Boot.
 */
class BreakerBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final String PREFIX = "breaker.";

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		String name = cause.getName().toString();
		if (!name.startsWith(PREFIX)) {
			return null;
		}
		String allowed = allowed(cause.getTarget().getType().resolve());
		if (allowed == null) {
			return null;
		}
		ConfigurationProperty property = cause.getProperty();
		String value = (property != null) ? String.valueOf(property.getValue()) : "";
		return new FailureAnalysis(InvalidBreakerPropertyFailureAnalyzer.describe(name, value, allowed),
				InvalidBreakerPropertyFailureAnalyzer.action(name, allowed), cause);
	}

	static @Nullable String allowed(@Nullable Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type == Duration.class) {
			return "a duration such as 500ms, 5s, 2m or PT5S";
		}
		if (type == Float.class || type == float.class || type == Double.class || type == double.class) {
			return "a number";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "an integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
				.collect(Collectors.joining(", "));
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
