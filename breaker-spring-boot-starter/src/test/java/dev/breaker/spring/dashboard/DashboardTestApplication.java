package dev.breaker.spring.dashboard;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * A bare web application for the dashboard's tests: every auto-configuration on the test classpath plus a scripted
 * stand-in for the {@code circuitbreakers} endpoint, so the page can be tested in states that are hard to reach with
 * real breakers (an endpoint that refuses writes, an application that stops answering).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ScriptedCircuitBreakersEndpoint.class)
class DashboardTestApplication {

}
