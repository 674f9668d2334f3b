package dev.breaker.spring.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the dashboard page ({@link BreakerDashboardAutoConfiguration}) in headless Chromium, against a scripted
 * {@code circuitbreakers} endpoint under a non-default actuator base path.
 */
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.dashboard.enabled=true", "management.endpoints.web.base-path=/manage" })
class BreakerDashboardBrowserTests {

	private static ChromeDriver browser;

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private ScriptedCircuitBreakersEndpoint endpoint;

	@BeforeEach
	void startBrowser() {
		if (browser == null) {
			browser = HeadlessChromium.start();
		}
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@BeforeEach
	void resetEndpoint() {
		this.endpoint.reset();
	}

	@Test
	void openDashboardWhenBreakerOpenShouldShowRedBadgeNextTrialRatesAndEvents() {
		this.endpoint.put("inventory", "CLOSED", 0.0, 0);
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		open();
		WebElement payment = waitForState("payment", "OPEN");
		assertThat(payment.findElement(By.className("badge")).getAttribute("class")).contains("state-open");
		assertThat(payment.findElement(By.className("trial")).getText()).startsWith("Next trial call in");
		waitForText(payment, ".rate.failure .rate-value", "70% / 50%");
		assertThat(payment.findElement(By.cssSelector(".rate.failure")).getAttribute("class")).contains("over");
		waitForText(payment, ".events", "IOException: gateway answered 503 (12 ms)");
		assertThat(payment.findElement(By.cssSelector(".events")).getText()).contains("CLOSED \u2192 OPEN");
		assertThat(waitForState("inventory", "CLOSED").findElement(By.className("badge")).getAttribute("class"))
			.contains("state-closed");
		assertThat(browser.findElement(By.id("connection")).getText()).startsWith("Live");
		screenshot("dashboard-open.png");
	}

	@Test
	void closeWhenConfirmedShouldPostClosedAndShowClosed() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		open();
		WebElement payment = waitForState("payment", "OPEN");
		payment.findElement(By.cssSelector("button[data-action='CLOSED']")).click();
		WebElement confirm = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")));
		assertThat(browser.findElement(By.id("confirm-text")).getText()).contains("\u201cpayment\u201d");
		confirm.click();
		waitForState("payment", "CLOSED");
		assertThat(this.endpoint.received()).containsExactly(Map.of("state", "CLOSED"));
		assertThat(browser.findElement(By.id("notice-text")).getText()).contains("\u201cpayment\u201d is now CLOSED");
	}

	@Test
	void forceOpenWhenCancelledShouldPostNothing() {
		this.endpoint.put("payment", "CLOSED", 0.0, 0);
		open();
		waitForState("payment", "CLOSED").findElement(By.cssSelector("button[data-action='FORCED_OPEN']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.id("confirm-cancel")))
			.click();
		waitForState("payment", "CLOSED");
		assertThat(browser.findElement(By.id("confirm")).isDisplayed()).isFalse();
		assertThat(this.endpoint.received()).isEmpty();
	}

	@Test
	void resetWhenEndpointForbidsWritesShouldSaySoOnThePage() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		this.endpoint.refuseWritesWith(HttpStatus.FORBIDDEN);
		open();
		act("payment", "reset");
		WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(notice.getText()).contains("Reset \u201cpayment\u201d was refused (HTTP 403 Forbidden)");
		assertThat(notice.getAttribute("class")).contains("error");
		assertThat(this.endpoint.received()).containsExactly(Map.of("action", "reset"));
	}

	@Test
	void disableWhenEndpointReadOnlyShouldExplainHowToAllowWrites() {
		this.endpoint.put("payment", "CLOSED", 0.0, 0);
		this.endpoint.refuseWritesWith(HttpStatus.METHOD_NOT_ALLOWED);
		open();
		act("payment", "DISABLED");
		WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(notice.getText()).contains("HTTP 405").contains("read-only");
	}

	@Test
	void closeWhenEndpointAnswersBadRequestShouldShowItsReason() {
		this.endpoint.put("payment", "DISABLED", 0.0, 0);
		this.endpoint.refuseWritesWith(HttpStatus.BAD_REQUEST);
		open();
		act("payment", "CLOSED");
		WebElement notice = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(notice.getText()).contains("(HTTP 400): Cannot transition circuit breaker 'payment'");
	}

	@Test
	void dashboardWhenApplicationStopsAnsweringShouldShowStale() {
		this.endpoint.put("payment", "OPEN", 70.0, 3800);
		open();
		waitForState("payment", "OPEN");
		this.endpoint.stopAnswering();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), "Stale"));
		assertThat(browser.findElement(By.id("connection")).getText()).contains("HTTP 503");
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("stale");
		screenshot("dashboard-stale.png");
	}

	private void open() {
		browser.get("http://localhost:" + this.port + "/breaker-dashboard");
	}

	private void act(String name, String action) {
		WebElement breaker = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".breaker[data-name='" + name + "']")));
		breaker.findElement(By.cssSelector("button[data-action='" + action + "']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")))
			.click();
	}

	private WebElement waitForState(String name, String state) {
		By badge = By.cssSelector(".breaker[data-name='" + name + "'] .badge");
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(badge, state));
		return browser.findElement(By.cssSelector(".breaker[data-name='" + name + "']"));
	}

	private void waitForText(WebElement element, String selector, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElement(element.findElement(By.cssSelector(selector)), text));
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", name);
			Files.createDirectories(target.getParent());
			Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save screenshot " + name, ex);
		}
	}

}
