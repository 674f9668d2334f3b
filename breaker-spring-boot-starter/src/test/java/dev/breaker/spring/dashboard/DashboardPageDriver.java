package dev.breaker.spring.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the dashboard page in headless Chromium the way an operator would: waits for a breaker's badge, clicks an
 * action and confirms it, reads the page's notice.
 */
final class DashboardPageDriver implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(6);

	private final ChromeDriver browser = HeadlessChromium.start();

	ChromeDriver browser() {
		return this.browser;
	}

	void open(int port) {
		this.browser.get("http://localhost:" + port + "/breaker-dashboard");
	}

	WebElement waitForState(String name, String state) {
		new WebDriverWait(this.browser, TIMEOUT)
			.until(ExpectedConditions.textToBe(By.cssSelector(card(name) + " .badge"), state));
		return this.browser.findElement(By.cssSelector(card(name)));
	}

	void waitForText(WebElement element, String selector, String text) {
		new WebDriverWait(this.browser, TIMEOUT)
			.until(ExpectedConditions.textToBePresentInElement(element.findElement(By.cssSelector(selector)), text));
	}

	void click(String name, String action) {
		new WebDriverWait(this.browser, TIMEOUT)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(card(name))))
			.findElement(By.cssSelector("button[data-action='" + action + "']"))
			.click();
		new WebDriverWait(this.browser, TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok")));
	}

	void confirm() {
		this.browser.findElement(By.id("confirm-ok")).click();
	}

	void cancel() {
		this.browser.findElement(By.id("confirm-cancel")).click();
	}

	void act(String name, String action) {
		click(name, action);
		confirm();
	}

	WebElement waitForNotice() {
		return new WebDriverWait(this.browser, TIMEOUT)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
	}

	void waitForConnection(String text) {
		new WebDriverWait(this.browser, TIMEOUT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection"), text));
	}

	void screenshot(String name) {
		try {
			Path target = Path.of("target", name);
			Files.createDirectories(target.getParent());
			Files.write(target, this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot save screenshot " + name, ex);
		}
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private static String card(String name) {
		return ".breaker[data-name='" + name + "']";
	}

}
