package dev.breaker.spring.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakersEndpointPath}.
 */
class CircuitBreakersEndpointPathTests {

	@Test
	void resolveWhenNothingSetShouldUseActuatorDefault() {
		assertThat(CircuitBreakersEndpointPath.resolve(new MockEnvironment())).isEqualTo("/actuator/circuitbreakers");
	}

	@Test
	void resolveWhenBasePathSetShouldUseIt() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("management.endpoints.web.base-path", "/manage");
		assertThat(CircuitBreakersEndpointPath.resolve(environment)).isEqualTo("/manage/circuitbreakers");
	}

	@Test
	void resolveWhenBasePathLacksLeadingSlashOrHasTrailingSlashShouldNormalizeAsActuatorDoes() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("management.endpoints.web.base-path", "ops/admin/");
		assertThat(CircuitBreakersEndpointPath.resolve(environment)).isEqualTo("/ops/admin/circuitbreakers");
	}

	@Test
	void resolveWhenBasePathIsRootShouldMapEndpointAtRoot() {
		MockEnvironment environment = new MockEnvironment().withProperty("management.endpoints.web.base-path", "/");
		assertThat(CircuitBreakersEndpointPath.resolve(environment)).isEqualTo("/circuitbreakers");
	}

	@Test
	void resolveWhenEndpointPathMappedShouldUseMapping() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("management.endpoints.web.path-mapping.circuitbreakers", "breakers");
		assertThat(CircuitBreakersEndpointPath.resolve(environment)).isEqualTo("/actuator/breakers");
	}

	@Test
	void isOnSeparateManagementPortWhenPortsDifferShouldBeTrue() {
		MockEnvironment environment = new MockEnvironment().withProperty("management.server.port", "9090")
			.withProperty("server.port", "8080");
		assertThat(CircuitBreakersEndpointPath.isOnSeparateManagementPort(environment)).isTrue();
	}

	@Test
	void isOnSeparateManagementPortWhenUnsetOrSameShouldBeFalse() {
		assertThat(CircuitBreakersEndpointPath.isOnSeparateManagementPort(new MockEnvironment())).isFalse();
		MockEnvironment environment = new MockEnvironment().withProperty("management.server.port", "8080");
		assertThat(CircuitBreakersEndpointPath.isOnSeparateManagementPort(environment)).isFalse();
	}

}
