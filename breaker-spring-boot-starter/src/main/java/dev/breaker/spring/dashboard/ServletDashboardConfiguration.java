package dev.breaker.spring.dashboard;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Serves the dashboard in a Spring MVC application through a functional route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.function.RouterFunction")
class ServletDashboardConfiguration {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	@Bean
	RouterFunction<ServerResponse> breakerDashboardRouterFunction(DashboardPage page) {
		return RouterFunctions.route()
			.GET(DashboardPage.PATH, (request) -> page(request, page))
			.GET(DashboardPage.PATH + "/", (request) -> page(request, page))
			.GET(DashboardPage.PATH + "/" + DashboardPage.SCRIPT, (request) -> asset(JAVASCRIPT, page.script()))
			.GET(DashboardPage.PATH + "/" + DashboardPage.STYLESHEET, (request) -> asset(CSS, page.stylesheet()))
			.build();
	}

	private static ServerResponse page(ServerRequest request, DashboardPage page) {
		return ServerResponse.ok()
			.contentType(HTML)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.body(page.html(request.requestPath().contextPath().value()));
	}

	private static ServerResponse asset(MediaType type, String content) {
		return ServerResponse.ok()
			.contentType(type)
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
