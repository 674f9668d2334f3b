package dev.breaker.sample.shop.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.spring.annotation.CircuitBreaker;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Charges orders through the payment gateway's HTTP API ({@code POST {payment.gateway.url}/gateway/charges} with an
 * {@code Idempotency-Key} header), protected by the {@code payment} circuit breaker.
 *
 * <p>Network errors ({@code ResourceAccessException}: refused connections, timeouts) and 5xx answers
 * ({@code HttpServerErrorException}) are failures the breaker records; once it opens, calls are refused without
 * touching the network. Either way the fallback {@code deferPayment} answers at once with a
 * {@link PaymentResult.Status#DEFERRED deferred} result, and the order waits as {@code PAYMENT_PENDING} for the
 * settlement job. A decline (402) is thrown as {@link CardDeclinedException}, which the breaker ignores and which
 * no fallback catches.
 *
 * <p>This class is thread-safe.
 */
@Component
public class PaymentClient {

	/** The name of the circuit breaker protecting the gateway, configured under {@code breaker.instances.payment}. */
	public static final String BREAKER_NAME = "payment";

	static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	private static final Log logger = LogFactory.getLog(PaymentClient.class);

	private final RestClient restClient;

	private final PaymentGatewayProperties properties;

	private final Environment environment;

	private final CircuitBreakerRegistry breakers;

	PaymentClient(ObjectProvider<RestClient.Builder> restClientBuilder, PaymentGatewayProperties properties,
			Environment environment, CircuitBreakerRegistry breakers) {
		this.properties = properties;
		this.environment = environment;
		this.breakers = breakers;
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(properties.getConnectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(properties.getReadTimeout());
		this.restClient = restClientBuilder.getIfAvailable(RestClient::builder).requestFactory(requestFactory).build();
	}

	/**
	 * Charges an order. Calling it again with the same idempotency key returns the first charge instead of taking a
	 * second one.
	 * @param request what to charge
	 * @return {@link PaymentResult#approved approved} with the gateway's reference, or
	 * {@link PaymentResult#deferred deferred} when the gateway is unavailable or the breaker is open
	 * @throws CardDeclinedException if the gateway declined the card
	 */
	@CircuitBreaker(name = BREAKER_NAME, fallbackMethod = "deferPayment")
	public PaymentResult charge(ChargeRequest request) {
		ChargeReceipt receipt = this.restClient.post()
			.uri(chargesUri())
			.header(IDEMPOTENCY_KEY_HEADER, request.idempotencyKey())
			.contentType(MediaType.APPLICATION_JSON)
			.body(new ChargeBody(request.orderId(), request.customer(), request.amount(), request.currency()))
			.retrieve()
			.onStatus((status) -> status.value() == 402, (httpRequest, response) -> {
				throw new CardDeclinedException("the card of " + request.customer() + " was declined");
			})
			.body(ChargeReceipt.class);
		if (receipt == null || receipt.reference() == null) {
			throw new IllegalStateException("the payment gateway answered without a charge reference");
		}
		return PaymentResult.approved(receipt.reference());
	}

	/**
	 * Fallback when the breaker refused the call: the gateway was not called at all.
	 */
	PaymentResult deferPayment(ChargeRequest request, CallNotPermittedException refusal) {
		logger.debug("Payment of order " + request.orderId() + " deferred: " + refusal.getMessage());
		return PaymentResult.deferred(refusal.getRetryAfter(), refusal.getMessage());
	}

	/**
	 * Fallback when the gateway call failed with an error the breaker records (network error, 5xx).
	 */
	PaymentResult deferPayment(ChargeRequest request, Exception failure) {
		logger.warn("Payment of order " + request.orderId() + " deferred after a gateway failure: " + failure);
		Duration retryAfter = this.breakers.find(BREAKER_NAME)
			.map((breaker) -> breaker.getMetrics().retryAfter())
			.orElse(Duration.ZERO);
		return PaymentResult.deferred(retryAfter, String.valueOf(failure.getMessage()));
	}

	private URI chargesUri() {
		URI base = this.properties.getUrl();
		if (base == null) {
			String port = this.environment.getProperty("local.server.port");
			if (port == null) {
				throw new IllegalStateException(
						"payment.gateway.url is not set and the application has no local server port to default to");
			}
			String contextPath = this.environment.getProperty("server.servlet.context-path", "");
			base = URI.create("http://localhost:" + port + contextPath);
		}
		return UriComponentsBuilder.fromUri(base).path("/gateway/charges").build().toUri();
	}

	/** The gateway's charge request body. */
	record ChargeBody(long orderId, String customer, BigDecimal amount, String currency) {
	}

	/** The part of the gateway's charge response this client reads. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ChargeReceipt(String reference) {
	}

}
