package dev.breaker.spring.aop;

import dev.breaker.spring.annotation.CircuitBreaker;
import dev.breaker.spring.autoconfigure.BreakerAnnotationAutoConfiguration;
import dev.breaker.spring.autoconfigure.BreakerAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CircuitBreakerAnnotationValidator}: declarations that cannot work stop the application.
 */
class CircuitBreakerAnnotationValidatorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(BreakerAutoConfiguration.class, BreakerAnnotationAutoConfiguration.class));

	@Test
	void startWhenDeclarationsAreValidShouldStart() {
		this.contextRunner.withBean(ValidClient.class).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void startWhenFallbackMethodDoesNotExistShouldFailNamingClassMethodAndMatchingSignatures() {
		this.contextRunner.withBean(MissingFallbackClient.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.isInstanceOf(InvalidCircuitBreakerDeclarationException.class);
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessage("Found 1 invalid @CircuitBreaker declaration:\n\n1. @CircuitBreaker(name = \"payment\") on "
						+ MissingFallbackClient.class.getName() + ".charge(String, int) has an invalid fallbackMethod "
						+ "\"defer\". No compatible fallback method named 'defer' for "
						+ MissingFallbackClient.class.getName() + ".charge(String, int) in "
						+ MissingFallbackClient.class.getName() + " or its superclasses. These signatures would match "
						+ "(any visibility):\n    String defer(String, int)\n"
						+ "    String defer(String, int, Throwable or a subclass)\n"
						+ "Methods named 'defer' that do not fit:\n    private String defer(String) in "
						+ MissingFallbackClient.class.getName()
						+ ": its parameters must be (String, int), optionally followed by one Throwable type");
		});
	}

	@Test
	void startWhenFallbacksAreAmbiguousShouldFail() {
		this.contextRunner.withBean(AmbiguousClient.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(AmbiguousClient.class.getName() + ".charge(String)")
				.hasMessageContaining("2 candidates are equally specific for java.lang.RuntimeException");
		});
	}

	@Test
	void startWhenAnnotatedMethodIsPrivateFinalOrStaticShouldFailListingEach() {
		this.contextRunner.withBean(UninterceptableClient.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageStartingWith("Found 3 invalid @CircuitBreaker declarations:")
				.hasMessageContaining("@CircuitBreaker(name = \"a\") on " + UninterceptableClient.class.getName()
						+ ".hidden(String) cannot work: the method is private, and a Spring proxy cannot intercept "
						+ "private, final or static methods.")
				.hasMessageContaining(UninterceptableClient.class.getName() + ".sealed() cannot work: the method is "
						+ "final")
				.hasMessageContaining(UninterceptableClient.class.getName() + ".shared() cannot work: the method is "
						+ "static");
		});
	}

	@Test
	void startWhenAnnotatedClassHasPublicFinalMethodShouldFail() {
		this.contextRunner.withBean(AnnotatedClassWithFinalMethod.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
				.hasMessageContaining(AnnotatedClassWithFinalMethod.class.getName() + ".total() cannot work: the "
						+ "method is final")
				.hasMessageContaining("or annotate the methods to protect one by one.");
		});
	}

	@Test
	void startWhenInvalidBeanIsLazyShouldStillFail() {
		this.contextRunner.withBean(MissingFallbackClient.class, MissingFallbackClient::new,
				(definition) -> definition.setLazyInit(true))
			.run((context) -> assertThat(context).hasFailed());
	}

	static class ValidClient {

		@CircuitBreaker(name = "payment", fallbackMethod = "defer")
		public String charge(String orderId) {
			return orderId;
		}

		private String defer(String orderId, Exception ex) {
			return "deferred";
		}

	}

	static class MissingFallbackClient {

		@CircuitBreaker(name = "payment", fallbackMethod = "defer")
		public String charge(String orderId, int amount) {
			return orderId;
		}

		private String defer(String orderId) {
			return "deferred";
		}

	}

	static class AmbiguousBase {

		private String defer(String orderId, RuntimeException ex) {
			return "base";
		}

	}

	static class AmbiguousClient extends AmbiguousBase {

		@CircuitBreaker(name = "payment", fallbackMethod = "defer")
		public String charge(String orderId) {
			return orderId;
		}

		private String defer(String orderId, RuntimeException ex) {
			return "client";
		}

	}

	static class UninterceptableClient {

		@CircuitBreaker(name = "a")
		private String hidden(String value) {
			return value;
		}

		@CircuitBreaker(name = "b")
		public final String sealed() {
			return "";
		}

		@CircuitBreaker(name = "c")
		public static String shared() {
			return "";
		}

	}

	@CircuitBreaker(name = "inventory")
	static class AnnotatedClassWithFinalMethod {

		public int count() {
			return 1;
		}

		public final int total() {
			return 2;
		}

	}

}
