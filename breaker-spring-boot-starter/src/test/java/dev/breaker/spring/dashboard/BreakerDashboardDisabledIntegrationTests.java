package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerDashboardAutoConfiguration} in a running servlet application that did not enable the
 * dashboard: none of its files may be reachable, not even through Spring Boot's static resource locations.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class BreakerDashboardDisabledIntegrationTests {

	@Value("${local.server.port}")
	private int port;

	@Test
	void getDashboardFilesWhenNotEnabledShouldBeNotFound() {
		RestClient client = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
		for (String path : new String[] { "/breaker-dashboard", "/breaker-dashboard/", "/breaker-dashboard/dashboard.js",
				"/breaker-dashboard/dashboard.css", "/dev/breaker/spring/dashboard/index.html",
				"/dev/breaker/spring/dashboard/dashboard.js" }) {
			assertThat(client.get().uri(path).retrieve().toBodilessEntity().getStatusCode().value()).as(path)
				.isEqualTo(404);
		}
	}

}
