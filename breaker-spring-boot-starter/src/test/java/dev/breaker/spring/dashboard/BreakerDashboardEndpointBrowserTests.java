package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of the dashboard page ({@link BreakerDashboardAutoConfiguration}) in headless Chromium against the real
 * {@code circuitbreakers} endpoint and a real breaker.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.dashboard.enabled=true", "management.endpoints.web.exposure.include=circuitbreakers",
				"breaker.instances.payment.consecutive-failure-threshold=3",
				"breaker.instances.payment.wait-duration-in-open-state=1m" })
class BreakerDashboardEndpointBrowserTests {

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
	void closeWhenBreakerOpenShouldCloseRealBreaker() {
		CircuitBreaker payment = this.registry.find("payment").orElseThrow();
		trip(payment);
		this.page.open(this.port);
		WebElement card = this.page.waitForState("payment", "OPEN");
		assertThat(card.findElement(By.className("trial")).getText()).startsWith("Next trial call in");
		this.page.waitForText(card, ".events", "CLOSED \u2192 OPEN");
		assertThat(card.findElement(By.className("events")).getText()).contains("IllegalStateException (")
			.contains("ms): gateway answered 503");
		this.page.act("payment", "CLOSED");
		this.page.waitForState("payment", "CLOSED");
		assertThat(this.page.waitForNotice().getText()).contains("\u201cpayment\u201d is now CLOSED");
		assertThat(payment.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	static void trip(CircuitBreaker breaker) {
		for (int i = 0; i < 3; i++) {
			assertThatIllegalStateException().isThrownBy(() -> breaker.run(() -> {
				throw new IllegalStateException("gateway answered 503");
			}));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

}
