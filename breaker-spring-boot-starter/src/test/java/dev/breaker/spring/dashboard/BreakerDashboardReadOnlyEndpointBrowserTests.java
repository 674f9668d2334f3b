package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the dashboard page ({@link BreakerDashboardAutoConfiguration}) in headless Chromium against the real
 * {@code circuitbreakers} endpoint exposed read-only: an operator action is refused, and the page says why.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.dashboard.enabled=true", "management.endpoints.web.exposure.include=circuitbreakers",
				"management.endpoint.circuitbreakers.access=read-only",
				"breaker.instances.payment.consecutive-failure-threshold=3",
				"breaker.instances.payment.wait-duration-in-open-state=1m" })
class BreakerDashboardReadOnlyEndpointBrowserTests {

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private CircuitBreakerRegistry registry;

	private DashboardPageDriver page;

	@BeforeEach
	void startBrowser() {
		this.page = new DashboardPageDriver();
	}

	@AfterEach
	void stopBrowser() {
		if (this.page != null) {
			this.page.close();
		}
	}

	@Test
	void closeWhenEndpointReadOnlyShouldSaySoAndLeaveBreakerOpen() {
		CircuitBreaker payment = this.registry.find("payment").orElseThrow();
		BreakerDashboardEndpointBrowserTests.trip(payment);
		this.page.open(this.port);
		this.page.waitForState("payment", "OPEN");
		this.page.act("payment", "CLOSED");
		assertThat(this.page.waitForNotice().getText()).contains("was refused (HTTP 405 Method Not Allowed)")
			.contains("management.endpoint.circuitbreakers.access=unrestricted");
		assertThat(payment.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

}
