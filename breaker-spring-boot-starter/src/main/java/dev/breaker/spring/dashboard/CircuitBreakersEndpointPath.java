package dev.breaker.spring.dashboard;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where the {@code circuitbreakers} actuator endpoint lives, relative to the application's context path, as the
 * actuator maps it from {@code management.endpoints.web.base-path} and
 * {@code management.endpoints.web.path-mapping.circuitbreakers}.
 */
final class CircuitBreakersEndpointPath {

	static final String BASE_PATH_PROPERTY = "management.endpoints.web.base-path";

	static final String PATH_MAPPING_PROPERTY = "management.endpoints.web.path-mapping.circuitbreakers";

	private CircuitBreakersEndpointPath() {
	}

	/**
	 * Resolves the endpoint's path the way the actuator does: the base path gets a leading slash and loses a
	 * trailing one ({@code /} means the root), the path mapping defaults to the endpoint id.
	 * @param environment the application's environment
	 * @return the path, for example {@code /actuator/circuitbreakers}
	 */
	static String resolve(Environment environment) {
		String basePath = environment.getProperty(BASE_PATH_PROPERTY, "/actuator").trim();
		if (StringUtils.hasText(basePath) && !basePath.startsWith("/")) {
			basePath = "/" + basePath;
		}
		while (basePath.endsWith("/")) {
			basePath = basePath.substring(0, basePath.length() - 1);
		}
		String mapping = environment.getProperty(PATH_MAPPING_PROPERTY, "circuitbreakers").trim();
		while (mapping.startsWith("/")) {
			mapping = mapping.substring(1);
		}
		if (!StringUtils.hasText(mapping)) {
			mapping = "circuitbreakers";
		}
		return basePath + "/" + mapping;
	}

	/**
	 * Tells whether the actuator runs on its own management port, out of the dashboard's reach (the page reads the
	 * endpoint from the origin that served it).
	 * @param environment the application's environment
	 * @return {@code true} if {@code management.server.port} is set and differs from {@code server.port}
	 */
	static boolean isOnSeparateManagementPort(Environment environment) {
		String managementPort = environment.getProperty("management.server.port");
		if (!StringUtils.hasText(managementPort)) {
			return false;
		}
		return !managementPort.trim().equals(environment.getProperty("server.port", "8080").trim());
	}

}
