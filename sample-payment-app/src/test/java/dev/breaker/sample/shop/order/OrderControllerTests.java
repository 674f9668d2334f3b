package dev.breaker.sample.shop.order;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link OrderController}.
 */
class OrderControllerTests {

	@Test
	void retryAfterSecondsShouldRoundUpToWholeSeconds() {
		assertThat(OrderController.retryAfterSeconds(Duration.ofMillis(2001))).isEqualTo(3);
		assertThat(OrderController.retryAfterSeconds(Duration.ofSeconds(5))).isEqualTo(5);
	}

	@Test
	void retryAfterSecondsWhenZeroOrTinyShouldBeOne() {
		assertThat(OrderController.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
		assertThat(OrderController.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
	}

}
