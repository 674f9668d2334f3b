package dev.breaker.sample.shop.payment;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the {@link PaymentClient} reaches the payment gateway.
 */
@ConfigurationProperties("payment.gateway")
public class PaymentGatewayProperties {

	/**
	 * Base URL of the payment gateway, e.g. https://payments.example.com. When not set, the simulated gateway of this
	 * application is used: http://localhost:{local server port}{context path}.
	 */
	private @Nullable URI url;

	/**
	 * How long to wait for a connection to the gateway.
	 */
	private Duration connectTimeout = Duration.ofSeconds(1);

	/**
	 * How long to wait for the gateway's response once connected.
	 */
	private Duration readTimeout = Duration.ofSeconds(2);

	public @Nullable URI getUrl() {
		return this.url;
	}

	public void setUrl(@Nullable URI url) {
		this.url = url;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

}
