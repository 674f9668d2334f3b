package dev.breaker.spring.actuate.endpoint;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;

/**
 * The body of a 400 answer to {@code POST /actuator/circuitbreakers/{name}}.
 *
 * @param status the HTTP status, 400
 * @param error the status's reason phrase
 * @param message why the request was refused: the accepted bodies, or the breaker's reason for refusing the
 * transition
 */
public record CircuitBreakerUpdateErrorDescriptor(int status, String error, String message)
		implements OperationResponseBody {
}
