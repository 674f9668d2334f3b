package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerDashboardAutoConfiguration} in a running servlet application with a context path and an
 * actuator base path of its own.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.dashboard.enabled=true", "server.servlet.context-path=/shop",
				"management.endpoints.web.base-path=/manage", "spring.application.name=<shop>" })
class BreakerDashboardIntegrationTests {

	@Value("${local.server.port}")
	private int port;

	private RestClient client() {
		return RestClient.builder()
			.baseUrl("http://localhost:" + this.port + "/shop")
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@Test
	void getDashboardWhenEnabledShouldServePagePointingAtEndpointUnderContextAndBasePath() {
		ResponseEntity<String> response = client().get().uri("/breaker-dashboard").retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("connect-src 'self'");
		assertThat(response.getBody()).contains("<meta name=\"breaker-endpoint\" content=\"/shop/manage/circuitbreakers\">")
			.contains("src=\"/shop/breaker-dashboard/dashboard.js\"")
			.contains("href=\"/shop/breaker-dashboard/dashboard.css\"")
			.contains("<title>Circuit breakers \u00b7 &lt;shop&gt;</title>")
			.doesNotContain("{{");
	}

	@Test
	void getDashboardWithTrailingSlashShouldServeSamePage() {
		ResponseEntity<String> response = client().get().uri("/breaker-dashboard/").retrieve().toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(200);
		assertThat(response.getBody()).contains("/shop/manage/circuitbreakers");
	}

	@Test
	void getAssetsShouldServeScriptAndStylesheetWithTheirTypes() {
		ResponseEntity<String> script = client().get()
			.uri("/breaker-dashboard/dashboard.js")
			.retrieve()
			.toEntity(String.class);
		assertThat(script.getStatusCode().value()).isEqualTo(200);
		assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
		assertThat(script.getBody()).contains("breaker-endpoint");
		ResponseEntity<String> stylesheet = client().get()
			.uri("/breaker-dashboard/dashboard.css")
			.retrieve()
			.toEntity(String.class);
		assertThat(stylesheet.getStatusCode().value()).isEqualTo(200);
		assertThat(stylesheet.getHeaders().getContentType().toString()).startsWith("text/css");
	}

	@Test
	void getOtherFileUnderDashboardShouldBeNotFound() {
		ResponseEntity<String> response = client().get()
			.uri("/breaker-dashboard/index.html")
			.retrieve()
			.toEntity(String.class);
		assertThat(response.getStatusCode().value()).isEqualTo(404);
	}

}
