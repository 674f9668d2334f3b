package dev.breaker.spring.actuate.endpoint;

import dev.breaker.core.IllegalStateTransitionException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * The HTTP side of {@link CircuitBreakersEndpoint}'s write operation: 404 for a name the registry does not hold
 * (without creating a breaker), 400 with a {@link CircuitBreakerUpdateErrorDescriptor reason} for a body that is not
 * one of the accepted forms or for a transition the breaker refuses, 200 with the breaker's new view otherwise. The
 * read operations are the endpoint's own: a {@code null} read is already a 404. This class is thread-safe.
 */
@EndpointWebExtension(endpoint = CircuitBreakersEndpoint.class)
public class CircuitBreakersEndpointWebExtension {

	private final CircuitBreakersEndpoint delegate;

	/**
	 * Creates the extension.
	 * @param delegate the endpoint it extends
	 */
	public CircuitBreakersEndpointWebExtension(CircuitBreakersEndpoint delegate) {
		this.delegate = delegate;
	}

	/**
	 * Moves a breaker to {@code state}, or resets it when {@code action} is {@code reset}.
	 * @param name the breaker's name
	 * @param state the state to move to
	 * @param action {@code reset}
	 * @return 200 with the breaker's new view, 404, or 400 with a reason
	 */
	@WriteOperation
	public WebEndpointResponse<Object> updateCircuitBreaker(@Selector String name,
			@org.springframework.lang.Nullable @Nullable String state,
			@org.springframework.lang.Nullable @Nullable String action) {
		try {
			CircuitBreakerDetailsDescriptor updated = this.delegate.updateCircuitBreaker(name, state, action);
			if (updated == null) {
				return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
			}
			return new WebEndpointResponse<>(updated);
		}
		catch (InvalidEndpointRequestException ex) {
			return badRequest(ex.getReason());
		}
		catch (IllegalStateTransitionException ex) {
			return badRequest(ex.getMessage());
		}
	}

	private static WebEndpointResponse<Object> badRequest(String message) {
		return new WebEndpointResponse<>(new CircuitBreakerUpdateErrorDescriptor(
				WebEndpointResponse.STATUS_BAD_REQUEST, "Bad Request", message),
				WebEndpointResponse.STATUS_BAD_REQUEST);
	}

}
