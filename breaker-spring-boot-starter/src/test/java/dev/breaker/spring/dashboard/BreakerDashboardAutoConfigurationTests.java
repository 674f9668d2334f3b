package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link BreakerDashboardAutoConfiguration}.
 */
class BreakerDashboardAutoConfigurationTests {

	private final WebApplicationContextRunner servletRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerDashboardAutoConfiguration.class));

	private final ReactiveWebApplicationContextRunner reactiveRunner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(BreakerDashboardAutoConfiguration.class));

	@Test
	void servletAppWhenPropertyMissingShouldServeNothing() {
		this.servletRunner.run((context) -> assertThat(context).doesNotHaveBean(DashboardPage.class)
			.doesNotHaveBean("breakerDashboardRouterFunction"));
	}

	@Test
	void servletAppWhenDisabledShouldServeNothing() {
		this.servletRunner.withPropertyValues("breaker.dashboard.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DashboardPage.class)
				.doesNotHaveBean("breakerDashboardRouterFunction"));
	}

	@Test
	void servletAppWhenEnabledShouldRouteDashboardThroughSpringMvc() {
		this.servletRunner.withPropertyValues("breaker.dashboard.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(DashboardPage.class)
				.getBean("breakerDashboardRouterFunction")
				.isInstanceOf(org.springframework.web.servlet.function.RouterFunction.class));
	}

	@Test
	void reactiveAppWhenEnabledShouldRouteDashboardThroughWebFlux() {
		this.reactiveRunner.withPropertyValues("breaker.dashboard.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(DashboardPage.class)
				.getBean("breakerDashboardRouterFunction")
				.isInstanceOf(org.springframework.web.reactive.function.server.RouterFunction.class));
	}

	@Test
	void reactiveAppWhenPropertyMissingShouldServeNothing() {
		this.reactiveRunner.run((context) -> assertThat(context).doesNotHaveBean(DashboardPage.class)
			.doesNotHaveBean("breakerDashboardRouterFunction"));
	}

	@Test
	void nonWebAppWhenEnabledShouldServeNothing() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(BreakerDashboardAutoConfiguration.class))
			.withPropertyValues("breaker.dashboard.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(DashboardPage.class));
	}

	@Test
	void enabledWhenBasePathSetShouldReadEndpointUnderIt() {
		this.servletRunner
			.withPropertyValues("breaker.dashboard.enabled=true", "management.endpoints.web.base-path=/manage")
			.run((context) -> assertThat(context.getBean(DashboardPage.class).endpointPath())
				.isEqualTo("/manage/circuitbreakers"));
	}

}
