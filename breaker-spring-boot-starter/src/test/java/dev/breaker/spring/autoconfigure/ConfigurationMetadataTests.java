package dev.breaker.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the configuration metadata ({@code META-INF/spring-configuration-metadata.json}) that
 * spring-boot-configuration-processor generates from {@link BreakerProperties} and
 * {@code additional-spring-configuration-metadata.json}.
 */
class ConfigurationMetadataTests {

	/** Options with no fixed default: the base has none, the backoff max follows the open wait. */
	private static final Set<String> WITHOUT_DEFAULT = Set.of("base-config", "open-state-backoff-max");

	/** Keys whose value is a map of user-chosen names: documented, but with no default. */
	private static final Set<String> MAPS = Set.of("breaker.configs", "breaker.instances");

	private static final String METADATA = "META-INF/spring-configuration-metadata.json";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerAutoConfiguration.class));

	@Test
	void metadataWhenGeneratedShouldDescribeEveryProperty() throws IOException {
		Map<String, Map<String, Object>> properties = breakerProperties();
		assertThat(properties).isNotEmpty();
		properties.forEach((name, property) -> assertThat((String) property.get("description")).as(name)
			.isNotBlank()
			.endsWith("."));
	}

	@Test
	void metadataWhenGeneratedShouldGiveDefaultOfEveryPropertyThatHasOne() throws IOException {
		Map<String, Map<String, Object>> properties = breakerProperties();
		properties.forEach((name, property) -> {
			boolean exempt = MAPS.contains(name) || WITHOUT_DEFAULT.contains(name.substring(name.lastIndexOf('.') + 1));
			if (!exempt) {
				assertThat(property).as(name).containsKey("defaultValue");
			}
		});
	}

	@Test
	void metadataWhenGeneratedShouldListEveryOptionOfTheDefaultConfig() throws IOException {
		Map<String, Map<String, Object>> properties = breakerProperties();
		List<String> expected = Arrays.stream(BreakerProperties.Instance.class.getDeclaredFields())
			.filter((field) -> !Modifier.isStatic(field.getModifiers()))
			.map(Field::getName)
			.map(ConfigurationMetadataTests::kebabCase)
			.filter((key) -> !key.equals("base-config"))
			.map((key) -> "breaker.configs.default." + key)
			.toList();
		assertThat(properties).containsKeys(expected.toArray(new String[0]));
	}

	@Test
	void metadataWhenDefaultsBoundShouldGiveTheCoreDefaults() throws IOException {
		List<String> pairs = new ArrayList<>();
		breakerProperties().forEach((name, property) -> {
			if (name.startsWith("breaker.configs.default.") && property.containsKey("defaultValue")) {
				Object value = property.get("defaultValue");
				pairs.add(name + "=" + ((value instanceof List<?> list) ? String.join(",", list.stream()
					.map(String::valueOf)
					.toList()) : value));
			}
		});
		assertThat(pairs).hasSize(14);
		this.contextRunner.withPropertyValues(pairs.toArray(new String[0]))
			.run((context) -> assertThat(context.getBean(CircuitBreakerRegistry.class).getDefaultConfig())
				.isEqualTo(CircuitBreakerConfig.ofDefaults()));
	}

	@Test
	void metadataWhenAspectOrderDefaultShouldMatchTheConstant() throws IOException {
		assertThat(breakerProperties().get("breaker.aspect-order")).containsEntry("defaultValue",
				BreakerProperties.DEFAULT_ASPECT_ORDER);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> breakerProperties() throws IOException {
		String json;
		try (InputStream input = metadata().openStream()) {
			json = new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
		for (Object property : (List<Object>) JsonParserFactory.getJsonParser().parseMap(json).get("properties")) {
			Map<String, Object> map = (Map<String, Object>) property;
			String name = (String) map.get("name");
			if (name.startsWith("breaker.")) {
				properties.put(name, map);
			}
		}
		return properties;
	}

	/**
	 * Returns this module's metadata, not that of a dependency at the same path.
	 */
	private static URL metadata() throws IOException {
		String classes = BreakerProperties.class.getProtectionDomain().getCodeSource().getLocation().toString();
		Enumeration<URL> urls = ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA);
		while (urls.hasMoreElements()) {
			URL url = urls.nextElement();
			if (url.toString().startsWith(classes)) {
				return url;
			}
		}
		throw new AssertionError("No " + METADATA + " under " + classes);
	}

	private static String kebabCase(String camelCase) {
		return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
	}

}
