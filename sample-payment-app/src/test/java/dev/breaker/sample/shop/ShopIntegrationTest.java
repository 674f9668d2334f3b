package dev.breaker.sample.shop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole shop on a random port, with the times shortened so that the end-to-end tests run in seconds: the gateway
 * client gives up after 1 s (instead of 2 s), the settlement sweep runs every 200 ms (instead of 5 s) and the open
 * wait backs off to at most 10 s (instead of 1 min). The open wait stays at 5 s: the tests check what happens while
 * the breaker is open, and on a busy machine a shorter wait could end before they are done. Prometheus export stays on. Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "breaker.instances.payment.open-state-backoff-max=10s", "payment.gateway.read-timeout=1s",
				"shop.settlement.sweep-interval=200ms", "spring.datasource.url=jdbc:h2:mem:shop-tests",
				// Spring Boot's tests switch metrics exporters off by default; this one is part of what we test.
				"management.prometheus.metrics.export.enabled=true" })
@interface ShopIntegrationTest {

}
