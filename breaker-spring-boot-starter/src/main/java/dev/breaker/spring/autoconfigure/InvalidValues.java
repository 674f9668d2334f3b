package dev.breaker.spring.autoconfigure;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns values and the core's {@code "<option> must be <allowed> but was <value>"} messages into the words of an
 * {@link InvalidBreakerPropertyException}: values as written in {@code application.yml} ({@code 120}, {@code 5s}) and
 * option names as property keys ({@code wait-duration-in-open-state}).
 */
final class InvalidValues {

	private static final String MUST_BE = " must be ";

	private static final String BUT_WAS = " but was ";

	private static final Pattern CAMEL_CASE_WORD = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]*)+\\b");

	private static final Pattern ISO_DURATION = Pattern.compile("-?PT[0-9HMS.\\-]+");

	private InvalidValues() {
	}

	/**
	 * Describes what an option allows, from the core's message.
	 * @param noun the kind of value, e.g. {@code a percentage}
	 * @param message the core's message, e.g. {@code failureRateThreshold must be in [1, 100] but was 120.0}
	 * @return e.g. {@code a percentage in [1, 100]}
	 */
	static String allowed(String noun, @Nullable String message) {
		String allowed = between(message, MUST_BE, BUT_WAS);
		if (allowed == null) {
			return noun;
		}
		allowed = kebabCase(isoDurations(allowed));
		if (allowed.startsWith("a ") || allowed.startsWith("an ")) {
			return allowed;
		}
		if (allowed.startsWith("in ") || allowed.startsWith("at least ")) {
			return noun + " " + allowed;
		}
		if (allowed.equals("positive")) {
			return noun.replaceFirst("^an? ", "a positive ");
		}
		return noun + " that is " + allowed;
	}

	/**
	 * Returns the rejected value named by the core's message.
	 * @param message the core's message
	 * @return the value after {@code but was}, as written in properties, or the whole message if it has no value
	 */
	static String rejectedValue(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int index = message.lastIndexOf(BUT_WAS);
		return (index < 0) ? message : isoDurations(message.substring(index + BUT_WAS.length()));
	}

	/**
	 * Formats a bound value as a user would write it: whole numbers without a fraction, durations as {@code 5s}.
	 * @param value the value
	 * @return the text
	 */
	static String format(Object value) {
		if (value instanceof Float || value instanceof Double) {
			double number = ((Number) value).doubleValue();
			if (number == Math.rint(number) && !Double.isInfinite(number) && Math.abs(number) < 1e15) {
				return Long.toString((long) number);
			}
			return value.toString();
		}
		if (value instanceof Duration duration) {
			return format(duration);
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
		return String.valueOf(value);
	}

	private static String format(Duration duration) {
		if (duration.getNano() % 1_000_000 != 0) {
			return duration.toString();
		}
		long millis = duration.toMillis();
		if (millis % 1000 != 0) {
			return millis + "ms";
		}
		long seconds = millis / 1000;
		if (seconds != 0 && seconds % 3600 == 0) {
			return (seconds / 3600) + "h";
		}
		if (seconds != 0 && seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

	private static String isoDurations(String text) {
		Matcher matcher = ISO_DURATION.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String replacement;
			try {
				replacement = format(Duration.parse(matcher.group()));
			}
			catch (RuntimeException ex) {
				replacement = matcher.group();
			}
			matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static String kebabCase(String text) {
		Matcher matcher = CAMEL_CASE_WORD.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String kebab = matcher.group().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
			matcher.appendReplacement(result, Matcher.quoteReplacement(kebab));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	private static @Nullable String between(@Nullable String message, String start, String end) {
		if (message == null) {
			return null;
		}
		int from = message.indexOf(start);
		int to = message.lastIndexOf(end);
		return (from < 0 || to < from) ? null : message.substring(from + start.length(), to);
	}

}
