package dev.breaker.sample.shop;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the shop listens once it is ready, with the first commands to try.
 */
@Component
class ShopReadyLogger {

	private static final Log logger = LogFactory.getLog(ShopReadyLogger.class);

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String base = "http://localhost:" + port + environment.getProperty("server.servlet.context-path", "");
		logger.info("Shop ready on " + base + " : GET " + base + "/api/products, POST " + base
				+ "/api/orders, PUT " + base + "/gateway/mode, GET " + base + "/actuator/circuitbreakers");
	}

}
