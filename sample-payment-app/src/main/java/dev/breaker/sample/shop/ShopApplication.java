package dev.breaker.sample.shop;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * A small shop whose checkout charges orders through a payment gateway protected by a circuit breaker named
 * {@code payment}. While the gateway fails, orders are kept as {@code PAYMENT_PENDING} and settled once it recovers.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShopApplication.class, args);
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
