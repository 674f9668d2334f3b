package dev.breaker.sample.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breaker dashboard of the shop in headless Chromium during a payment outage: the operator sees {@code payment}
 * open while the gateway is down and closes it by hand once the gateway is back.
 */
@ShopIntegrationTest
class PaymentOutageDashboardBrowserTests {

	@Value("${local.server.port}")
	private int port;

	private ChromeDriver browser;

	private RestClient shop;

	@BeforeEach
	void start() {
		this.browser = HeadlessChromium.start();
		this.shop = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	@AfterEach
	void stop() {
		if (this.browser != null) {
			this.browser.quit();
		}
		if (this.shop != null) {
			gateway("UP");
		}
	}

	@Test
	void dashboardWhenGatewayGoesDownShouldShowPaymentOpenAndCloseItOnConfirmedRequest() {
		// Given the dashboard, with a few paid orders behind it
		gateway("UP");
		this.browser.get("http://localhost:" + this.port + "/breaker-dashboard");
		waitForPayment("CLOSED", Duration.ofSeconds(10));
		for (int i = 0; i < 4; i++) {
			placeOrder();
		}

		// When the gateway goes down and checkouts keep coming
		gateway("DOWN");
		for (int i = 0; i < 4; i++) {
			placeOrder();
		}

		// Then payment turns OPEN within a few seconds, with its next trial call and the gateway's errors
		WebElement payment = waitForPayment("OPEN", Duration.ofSeconds(5));
		assertThat(payment.findElement(By.className("badge")).getAttribute("class")).contains("state-open");
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions
			.textToBePresentInElement(payment.findElement(By.className("events")), "CLOSED \u2192 OPEN"));
		screenshot("dashboard-payment-outage.png");

		// When the gateway is back and the operator closes the breaker
		gateway("UP");
		payment.findElement(By.cssSelector("button[data-action='CLOSED']")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")))
			.click();

		// Then the page and the endpoint both say CLOSED
		waitForPayment("CLOSED", Duration.ofSeconds(5));
		assertThat(this.browser.findElement(By.id("notice-text")).getText())
			.contains("\u201cpayment\u201d is now CLOSED");
		Map<?, ?> endpoint = this.shop.get().uri("/actuator/circuitbreakers/payment").retrieve().body(Map.class);
		assertThat(endpoint.get("state")).isEqualTo("CLOSED");
		screenshot("dashboard-payment-closed.png");
	}

	private WebElement waitForPayment(String state, Duration timeout) {
		By badge = By.cssSelector(".breaker[data-name='payment'] .badge");
		new WebDriverWait(this.browser, timeout).until(ExpectedConditions.textToBe(badge, state));
		return this.browser.findElement(By.cssSelector(".breaker[data-name='payment']"));
	}

	private void placeOrder() {
		int status = this.shop.post()
			.uri("/api/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("customer", "dashboard-test", "items", List.of(Map.of("sku", "MUG", "quantity", 1))))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).as("checkout status").isIn(201, 202);
	}

	private void gateway(String mode) {
		int status = this.shop.put()
			.uri("/gateway/mode")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("mode", mode))
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value();
		assertThat(status).as("PUT /gateway/mode " + mode).isEqualTo(200);
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", name);
			Files.createDirectories(target.getParent());
			Files.write(target, this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save screenshot " + name, ex);
		}
	}

}
