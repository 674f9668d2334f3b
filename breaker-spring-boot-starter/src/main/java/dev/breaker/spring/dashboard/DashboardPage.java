package dev.breaker.spring.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's three files (page, script, stylesheet), read once from the starter's own classpath location (never
 * one that Spring Boot serves by itself), and the page rendered with the paths of its assets and of the endpoint it
 * reads. Immutable and thread-safe.
 */
final class DashboardPage {

	/** Where the application serves the dashboard, relative to its context path. */
	static final String PATH = "/breaker-dashboard";

	static final String SCRIPT = "dashboard.js";

	static final String STYLESHEET = "dashboard.css";

	/** The page loads nothing but its own script and stylesheet and talks to nothing but its own origin. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

	private static final String LOCATION = "dev/breaker/spring/dashboard/";

	private final String endpointPath;

	private final String applicationName;

	private final String template;

	private final String script;

	private final String stylesheet;

	/**
	 * Creates the page.
	 * @param endpointPath the path of the {@code circuitbreakers} endpoint relative to the context path, for example
	 * {@code /actuator/circuitbreakers}
	 * @param applicationName the name shown in the page's title ({@code spring.application.name})
	 */
	DashboardPage(String endpointPath, String applicationName) {
		this.endpointPath = endpointPath;
		this.applicationName = applicationName;
		this.template = read("index.html");
		this.script = read(SCRIPT);
		this.stylesheet = read(STYLESHEET);
	}

	String endpointPath() {
		return this.endpointPath;
	}

	/**
	 * Renders the page for a request.
	 * @param contextPath the request's context path (with the dispatcher's servlet path, if any), or {@code ""}
	 * @return the HTML page
	 */
	String html(String contextPath) {
		return this.template.replace("{{assets}}", HtmlUtils.htmlEscape(contextPath + PATH + "/"))
			.replace("{{endpoint}}", HtmlUtils.htmlEscape(contextPath + this.endpointPath))
			.replace("{{application}}", HtmlUtils.htmlEscape(this.applicationName));
	}

	String script() {
		return this.script;
	}

	String stylesheet() {
		return this.stylesheet;
	}

	private static String read(String name) {
		ClassPathResource resource = new ClassPathResource(LOCATION + name, DashboardPage.class.getClassLoader());
		try (InputStream input = resource.getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Breaker dashboard file " + resource + " is missing from the starter jar",
					ex);
		}
	}

}
