package dev.breaker.spring.dashboard;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the dashboard in a Spring WebFlux application through a functional route.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(name = "org.springframework.web.reactive.function.server.RouterFunction")
class ReactiveDashboardConfiguration {

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

	private static Mono<ServerResponse> page(ServerRequest request, DashboardPage page) {
		return ServerResponse.ok()
			.contentType(HTML)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Content-Security-Policy", DashboardPage.CONTENT_SECURITY_POLICY)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.bodyValue(page.html(request.requestPath().contextPath().value()));
	}

	private static Mono<ServerResponse> asset(MediaType type, String content) {
		return ServerResponse.ok()
			.contentType(type)
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.header("X-Content-Type-Options", "nosniff")
			.bodyValue(content);
	}

}
