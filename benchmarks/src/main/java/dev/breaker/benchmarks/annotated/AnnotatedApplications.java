package dev.breaker.benchmarks.annotated;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the small application contexts of the annotated scenario. Both libraries' auto-configurations are on the
 * class path; each context excludes the other library's, so each proxy carries exactly one circuit-breaker advice.
 */
public final class AnnotatedApplications {

	/** The breaker name both annotated beans use. */
	public static final String BREAKER_NAME = "annotated";

	private static final String BREAKER_PACKAGE = "dev.breaker.";

	private static final String RESILIENCE4J_PACKAGE = "io.github.resilience4j.";

	private AnnotatedApplications() {
	}

	/**
	 * Starts the application whose bean uses breaker's annotation, configured like the other benchmarks.
	 * @return the running context
	 */
	public static ConfigurableApplicationContext startBreaker() {
		String instance = "breaker.instances." + BREAKER_NAME + ".";
		return start(BreakerAnnotatedApplication.class, RESILIENCE4J_PACKAGE, instance + "sliding-window-type=count-based",
				instance + "sliding-window-size=100", instance + "failure-rate-threshold=50",
				instance + "minimum-number-of-calls=10", instance + "wait-duration-in-open-state=1h");
	}

	/**
	 * Starts the application whose bean uses Resilience4j's annotation, configured like the other benchmarks.
	 * @return the running context
	 */
	public static ConfigurableApplicationContext startResilience4j() {
		String instance = "resilience4j.circuitbreaker.instances." + BREAKER_NAME + ".";
		return start(Resilience4jAnnotatedApplication.class, BREAKER_PACKAGE,
				instance + "sliding-window-type=COUNT_BASED", instance + "sliding-window-size=100",
				instance + "failure-rate-threshold=50", instance + "minimum-number-of-calls=10",
				instance + "wait-duration-in-open-state=1h");
	}

	private static ConfigurableApplicationContext start(Class<?> application, String excludedPackage,
			String... properties) {
		List<String> allProperties = new ArrayList<>(List.of(properties));
		allProperties.add("spring.autoconfigure.exclude=" + String.join(",", autoConfigurationsIn(excludedPackage)));
		allProperties.add("logging.level.root=WARN");
		allProperties.add("spring.main.banner-mode=off");
		return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(allProperties.toArray(String[]::new))
			.run();
	}

	private static List<String> autoConfigurationsIn(String packagePrefix) {
		List<String> found = new ArrayList<>();
		ImportCandidates.load(AutoConfiguration.class, AnnotatedApplications.class.getClassLoader())
			.forEach((candidate) -> {
				if (candidate.startsWith(packagePrefix)) {
					found.add(candidate);
				}
			});
		return found;
	}

}
