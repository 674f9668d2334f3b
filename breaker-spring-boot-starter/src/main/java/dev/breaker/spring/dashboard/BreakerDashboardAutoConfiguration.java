package dev.breaker.spring.dashboard;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the live circuit-breaker dashboard, served at {@code /breaker-dashboard} by a Spring MVC or
 * WebFlux application when {@code breaker.dashboard.enabled=true}. The page is static; it reads the application's
 * own {@code circuitbreakers} actuator endpoint from the browser, so the actuator's exposure and security apply to
 * it unchanged. Without the property nothing is served.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("breaker.dashboard.enabled")
@ConditionalOnWebApplication
@Import({ ServletDashboardConfiguration.class, ReactiveDashboardConfiguration.class })
public final class BreakerDashboardAutoConfiguration {

	private static final Log logger = LogFactory.getLog(BreakerDashboardAutoConfiguration.class);

	@Bean
	DashboardPage breakerDashboardPage(Environment environment) {
		String endpointPath = CircuitBreakersEndpointPath.resolve(environment);
		if (CircuitBreakersEndpointPath.isOnSeparateManagementPort(environment)) {
			logger.warn("The breaker dashboard at " + DashboardPage.PATH + " reads " + endpointPath
					+ " from the application's port, but management.server.port moves the actuator to another port: "
					+ "the page will report the endpoint as unreachable");
		}
		else if (logger.isInfoEnabled()) {
			logger.info("Breaker dashboard served at " + DashboardPage.PATH + ", reading " + endpointPath);
		}
		return new DashboardPage(endpointPath, environment.getProperty("spring.application.name", "application"));
	}

}
