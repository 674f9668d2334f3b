package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReactiveDashboardConfiguration}: the WebFlux routes serve what the Spring MVC ones do.
 */
class ReactiveDashboardConfigurationTests {

	private final WebTestClient client = WebTestClient
		.bindToRouterFunction(new ReactiveDashboardConfiguration()
			.breakerDashboardRouterFunction(new DashboardPage("/manage/circuitbreakers", "shop")))
		.build();

	@Test
	void getDashboardShouldServePagePointingAtEndpoint() {
		this.client.get()
			.uri("/breaker-dashboard")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*connect-src 'self'.*")
			.expectBody(String.class)
			.value((body) -> assertThat(body)
				.contains("content=\"/manage/circuitbreakers\"")
				.contains("src=\"/breaker-dashboard/dashboard.js\""));
	}

	@Test
	void getAssetsShouldServeScriptAndStylesheet() {
		this.client.get()
			.uri("/breaker-dashboard/dashboard.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(new MediaType("text", "javascript"));
		this.client.get()
			.uri("/breaker-dashboard/dashboard.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(new MediaType("text", "css"));
	}

	@Test
	void getUnknownFileShouldBeNotFound() {
		this.client.get().uri("/breaker-dashboard/index.html").exchange().expectStatus().isNotFound();
	}

}
