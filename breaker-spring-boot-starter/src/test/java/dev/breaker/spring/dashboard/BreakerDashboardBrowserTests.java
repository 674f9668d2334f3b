package dev.breaker.spring.dashboard;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the dashboard page ({@link BreakerDashboardAutoConfiguration}) in headless Chromium, against a scripted
 * {@code circuitbreakers} endpoint under a non-default actuator base path, for the states real breakers reach only
 * with difficulty: refused writes, an application that stops answering.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.dashboard.enabled=true", "management.endpoints.web.base-path=/manage" })
class BreakerDashboardBrowserTests {

	private static DashboardPageDriver page;

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private ScriptedCircuitBreakersEndpoint endpoint;

	@BeforeEach
	void prepare() {
		if (page == null) {
			page = new DashboardPageDriver();
		}
		this.endpoint.reset();
	}

	@AfterAll
	static void stopBrowser() {
		if (page != null) {
			page.close();
			page = null;
		}
	}

	@Test
	void openDashboardWhenBreakerOpenShouldShowRedBadgeNextTrialRatesAndEvents() {
		this.endpoint.put("inventory", "CLOSED", 0.0, 0);
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		page.open(this.port);
		WebElement payment = page.waitForState("payment", "OPEN");
		assertThat(payment.findElement(By.className("badge")).getAttribute("class")).contains("state-open");
		assertThat(payment.findElement(By.className("trial")).getText()).startsWith("Next trial call in");
		page.waitForText(payment, ".rate.failure .rate-value", "70% / 50%");
		assertThat(payment.findElement(By.cssSelector(".rate.failure")).getAttribute("class")).contains("over");
		page.waitForText(payment, ".events", "IOException (12 ms): gateway answered 503");
		assertThat(payment.findElement(By.cssSelector(".events")).getText()).contains("CLOSED \u2192 OPEN");
		assertThat(page.waitForState("inventory", "CLOSED").findElement(By.className("badge")).getAttribute("class"))
			.contains("state-closed");
		assertThat(page.browser().findElement(By.id("connection")).getText()).startsWith("Live");
		page.screenshot("dashboard-open.png");
	}

	@Test
	void closeWhenConfirmedShouldPostClosedAndShowClosed() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		page.open(this.port);
		page.waitForState("payment", "OPEN");
		page.click("payment", "CLOSED");
		assertThat(page.browser().findElement(By.id("confirm-text")).getText()).contains("\u201cpayment\u201d");
		page.screenshot("dashboard-confirm.png");
		page.confirm();
		page.waitForState("payment", "CLOSED");
		assertThat(this.endpoint.received()).containsExactly(Map.of("state", "CLOSED"));
		assertThat(page.waitForNotice().getText()).contains("\u201cpayment\u201d is now CLOSED");
	}

	@Test
	void forceOpenWhenCancelledShouldPostNothing() {
		this.endpoint.put("payment", "CLOSED", 0.0, 0);
		page.open(this.port);
		page.waitForState("payment", "CLOSED");
		page.click("payment", "FORCED_OPEN");
		page.cancel();
		page.waitForState("payment", "CLOSED");
		assertThat(page.browser().findElement(By.id("confirm")).isDisplayed()).isFalse();
		assertThat(this.endpoint.received()).isEmpty();
	}

	@Test
	void resetWhenEndpointForbidsWritesShouldSaySoOnThePage() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		this.endpoint.refuseWritesWith(HttpStatus.FORBIDDEN);
		page.open(this.port);
		page.act("payment", "reset");
		WebElement notice = page.waitForNotice();
		assertThat(notice.getText()).contains("Reset \u201cpayment\u201d was refused (HTTP 403 Forbidden)");
		assertThat(notice.getAttribute("class")).contains("error");
		page.screenshot("dashboard-refused.png");
		assertThat(this.endpoint.received()).containsExactly(Map.of("action", "reset"));
	}

	@Test
	void disableWhenEndpointReadOnlyShouldExplainHowToAllowWrites() {
		this.endpoint.put("payment", "CLOSED", 0.0, 0);
		this.endpoint.refuseWritesWith(HttpStatus.METHOD_NOT_ALLOWED);
		page.open(this.port);
		page.act("payment", "DISABLED");
		assertThat(page.waitForNotice().getText()).contains("HTTP 405").contains("read-only");
	}

	@Test
	void closeWhenEndpointAnswersBadRequestShouldShowItsReason() {
		this.endpoint.put("payment", "DISABLED", 0.0, 0);
		this.endpoint.refuseWritesWith(HttpStatus.BAD_REQUEST);
		page.open(this.port);
		page.act("payment", "CLOSED");
		assertThat(page.waitForNotice().getText())
			.contains("(HTTP 400): Cannot transition circuit breaker 'payment'");
	}

	@Test
	void closeWhenActuatorNeedsSessionAndCsrfTokenShouldSendBoth() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		this.endpoint.requireSession("operator");
		page.open(this.port);
		page.waitForConnection("HTTP 401");
		page.browser().manage().addCookie(new Cookie("SESSION", "operator"));
		page.browser().manage().addCookie(new Cookie("XSRF-TOKEN", "4f1c-token"));
		page.waitForState("payment", "OPEN");
		page.act("payment", "CLOSED");
		page.waitForState("payment", "CLOSED");
		assertThat(page.waitForNotice().getText()).contains("is now CLOSED");
	}

	@Test
	void dashboardWhenApplicationTakesTooLongShouldShowStale() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		page.open(this.port);
		page.waitForState("payment", "OPEN");
		this.endpoint.hang();
		page.waitForConnection("did not answer within 3 s");
		assertThat(page.browser().findElement(By.tagName("body")).getAttribute("class")).contains("stale");
	}

	@Test
	void dashboardWhenApplicationStopsAnsweringShouldShowStale() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		page.open(this.port);
		page.waitForState("payment", "OPEN");
		this.endpoint.stopAnswering();
		page.waitForConnection("Stale");
		assertThat(page.browser().findElement(By.id("connection")).getText()).contains("HTTP 503");
		assertThat(page.browser().findElement(By.tagName("body")).getAttribute("class")).contains("stale");
		page.screenshot("dashboard-stale.png");
	}

}
