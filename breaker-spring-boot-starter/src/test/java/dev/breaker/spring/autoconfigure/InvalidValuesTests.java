package dev.breaker.spring.autoconfigure;

import java.time.Duration;

import dev.breaker.core.SlidingWindowType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link InvalidValues}.
 */
class InvalidValuesTests {

	@Test
	void formatWhenWholeNumberShouldDropTheFraction() {
		assertThat(InvalidValues.format(120f)).isEqualTo("120");
		assertThat(InvalidValues.format(2.0)).isEqualTo("2");
	}

	@Test
	void formatWhenFractionShouldKeepIt() {
		assertThat(InvalidValues.format(0.5f)).isEqualTo("0.5");
	}

	@Test
	void formatWhenDurationShouldUseTheLargestWholeUnit() {
		assertThat(InvalidValues.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
		assertThat(InvalidValues.format(Duration.ofSeconds(5))).isEqualTo("5s");
		assertThat(InvalidValues.format(Duration.ofMinutes(2))).isEqualTo("2m");
		assertThat(InvalidValues.format(Duration.ofHours(3))).isEqualTo("3h");
		assertThat(InvalidValues.format(Duration.ZERO)).isEqualTo("0s");
		assertThat(InvalidValues.format(Duration.ofNanos(1500))).isEqualTo("PT0.0000015S");
	}

	@Test
	void formatWhenEnumShouldUseKebabCase() {
		assertThat(InvalidValues.format(SlidingWindowType.TIME_BASED)).isEqualTo("time-based");
	}

	@Test
	void allowedWhenRangeShouldPrefixTheNoun() {
		assertThat(InvalidValues.allowed("a percentage", "failureRateThreshold must be in [1, 100] but was 120.0"))
			.isEqualTo("a percentage in [1, 100]");
	}

	@Test
	void allowedWhenCoreNamesAnOptionShouldUsePropertyNameAndWrittenDuration() {
		assertThat(InvalidValues.allowed("a duration",
				"openStateBackoff max must be at least waitDurationInOpenState (PT1M) but was PT10S"))
			.isEqualTo("a duration at least wait-duration-in-open-state (1m)");
	}

	@Test
	void allowedWhenPositiveShouldReadAsAdjective() {
		assertThat(InvalidValues.allowed("a duration", "waitDurationInOpenState must be positive but was PT0S"))
			.isEqualTo("a positive duration");
	}

	@Test
	void allowedWhenMessageHasNoRuleShouldFallBackToTheNoun() {
		assertThat(InvalidValues.allowed("a duration", "ticker must not be null")).isEqualTo("a duration");
	}

	@Test
	void rejectedValueShouldBeWhatFollowsButWas() {
		assertThat(InvalidValues.rejectedValue("openStateBackoff max must be at least x but was PT10S"))
			.isEqualTo("10s");
	}

}
