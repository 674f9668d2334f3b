package dev.breaker.sample.shop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through its chromedriver for browser tests. Both paths are set explicitly, so
 * Selenium Manager never downloads anything. Without a browser the calling test is skipped with a message, unless
 * {@code CI=true}, where a missing browser fails it.
 */
final class HeadlessChromium {

	private static final Path BROWSER = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private HeadlessChromium() {
	}

	static ChromeDriver start() {
		boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		String missing = "No headless Chromium: " + BROWSER + " and " + DRIVER
				+ " must both exist (apt-get install -y chromium chromium-driver, "
				+ "or set CHROMIUM_BIN and CHROMEDRIVER)";
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(missing + "; CI=true, so the browser test cannot be skipped");
		}
		if (!installed) {
			String skipped = missing + "; skipping the browser test (it is required when CI=true)";
			System.getLogger(HeadlessChromium.class.getName()).log(System.Logger.Level.WARNING, skipped);
			Assumptions.abort(skipped);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,900", "--user-data-dir=" + freshProfile());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static Path freshProfile() {
		try {
			return Files.createTempDirectory("breaker-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a Chromium profile directory", ex);
		}
	}

}
