package dev.breaker.spring.fallback;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker.State;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link FallbackMethodResolver}: every signature rule and every error message.
 */
class FallbackMethodResolverTests {

	private final FallbackMethodResolver resolver = new FallbackMethodResolver();

	private FallbackMethods resolve(Class<?> type, String methodName, String fallbackName) {
		return this.resolver.resolve(method(type, methodName), type, fallbackName);
	}

	private static Method method(Class<?> type, String name) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				if (method.getName().equals(name)) {
					return method;
				}
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static String nameOf(FallbackMethod fallback) {
		Class<?> type = fallback.getExceptionType();
		return (type != null) ? type.getSimpleName() : "any";
	}

	@Test
	void findWhenSeveralCandidatesHandleTheExceptionShouldPickTheMostSpecificSupertype() {
		FallbackMethods fallbacks = resolve(Specific.class, "load", "recover");
		assertThat(nameOf(fallbacks.find(new FileNotFoundException()))).isEqualTo("IOException");
		assertThat(nameOf(fallbacks.find(new IOException()))).isEqualTo("IOException");
		assertThat(nameOf(fallbacks.find(new IllegalStateException()))).isEqualTo("RuntimeException");
		assertThat(nameOf(fallbacks.find(new CallNotPermittedException("b", State.OPEN, Duration.ZERO))))
			.isEqualTo("CallNotPermittedException");
	}

	@Test
	void findWhenOnlyTheCandidateWithoutExceptionParameterMatchesShouldPickItLast() {
		FallbackMethods fallbacks = resolve(Specific.class, "load", "recover");
		assertThat(nameOf(fallbacks.find(new Exception()))).isEqualTo("any");
		assertThat(nameOf(fallbacks.find(new AssertionError()))).isEqualTo("any");
		assertThat(fallbacks.getCandidates()).last().satisfies((last) -> assertThat(last.getExceptionType()).isNull());
	}

	@Test
	void findWhenNoCandidateHandlesTheExceptionShouldReturnNull() {
		FallbackMethods fallbacks = resolve(OnlyIo.class, "load", "recover");
		assertThat(fallbacks.find(new IllegalStateException())).isNull();
		assertThat(fallbacks.find(new IOException())).isNotNull();
	}

	@Test
	void invokeWhenFallbackIsPrivateShouldCallItWithArgumentsAndException() throws Throwable {
		FallbackMethods fallbacks = resolve(Specific.class, "load", "recover");
		IOException failure = new IOException("disk");
		assertThat(fallbacks.find(failure).invoke(new Specific(), new Object[] { "k", 2 }, failure))
			.isEqualTo("io k 2 disk");
	}

	@Test
	void invokeWhenFallbackHasNoExceptionParameterShouldCallItWithArgumentsOnly() throws Throwable {
		FallbackMethods fallbacks = resolve(Specific.class, "load", "recover");
		assertThat(fallbacks.find(new Exception()).invoke(new Specific(), new Object[] { "k", 2 }, new Exception()))
			.isEqualTo("any k 2");
	}

	@Test
	void invokeWhenFallbackThrowsShouldThrowItsExceptionWithTheOriginalSuppressed() {
		FallbackMethods fallbacks = resolve(Throwing.class, "load", "recover");
		IllegalStateException original = new IllegalStateException("original");
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> fallbacks.find(original).invoke(new Throwing(), new Object[] { "k" }, original))
			.withMessage("fallback failed")
			.satisfies((ex) -> assertThat(ex.getSuppressed()).containsExactly(original));
	}

	@Test
	void resolveWhenFallbackIsDeclaredInASuperclassShouldFindIt() throws Throwable {
		FallbackMethods fallbacks = resolve(Child.class, "load", "recover");
		assertThat(fallbacks.getCandidates()).hasSize(1);
		assertThat(fallbacks.find(new Exception()).invoke(new Child(), new Object[] { "k" }, new Exception()))
			.isEqualTo("parent k");
	}

	@Test
	void resolveWhenSubclassOverridesTheFallbackShouldCountItOnceAndCallTheOverride() throws Throwable {
		FallbackMethods fallbacks = resolve(OverridingChild.class, "load", "recover");
		assertThat(fallbacks.getCandidates()).hasSize(1);
		assertThat(fallbacks.find(new Exception()).invoke(new OverridingChild(), new Object[] { "k" }, new Exception()))
			.isEqualTo("override k");
	}

	@Test
	void resolveWhenTwoCandidatesAreEquallySpecificShouldFailNamingBoth() {
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(AmbiguousChild.class, "load", "recover"))
			.withMessage("The fallback methods of " + AmbiguousChild.class.getName() + ".load(String) are ambiguous: "
					+ "2 candidates are equally specific for java.io.IOException:\n"
					+ "    private String recover(String, IOException) in " + AmbiguousChild.class.getName() + "\n"
					+ "    private String recover(String, IOException) in " + AmbiguousParent.class.getName() + "\n"
					+ "Keep one of them, or give them different exception parameter types.");
	}

	@Test
	void resolveWhenNoMethodHasTheNameShouldFailListingTheSignaturesThatWouldMatch() {
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Specific.class, "load", "missing"))
			.withMessage("No compatible fallback method named 'missing' for " + Specific.class.getName()
					+ ".load(String, int) in " + Specific.class.getName()
					+ " or its superclasses. These signatures would match (any visibility):\n"
					+ "    String missing(String, int)\n"
					+ "    String missing(String, int, Throwable or a subclass)");
	}

	@Test
	void resolveWhenReturnTypeDoesNotFitShouldFailNamingTheMisfit() {
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Misfits.class, "load", "wrongReturn"))
			.withMessageContaining("String wrongReturn(String)\n")
			.withMessageContaining("Methods named 'wrongReturn' that do not fit:\n"
					+ "    private Integer wrongReturn(String) in " + Misfits.class.getName()
					+ ": it returns Integer, which is not assignable to String");
	}

	@Test
	void resolveWhenParametersDoNotFitShouldFailNamingTheMisfits() {
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Misfits.class, "load", "wrongParameters"))
			.withMessageContaining("private String wrongParameters(Integer) in " + Misfits.class.getName()
					+ ": its parameters must be (String), optionally followed by one Throwable type")
			.withMessageContaining("private String wrongParameters(String, String) in " + Misfits.class.getName()
					+ ": its last parameter must be a Throwable type, not String");
	}

	@Test
	void resolveWhenMethodReturnsVoidShouldOnlyAcceptVoidFallbacks() {
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Misfits.class, "send", "valueForVoid"))
			.withMessageContaining("it returns String but the protected method returns void");
		assertThat(resolve(Misfits.class, "send", "voidForVoid").getCandidates()).hasSize(1);
	}

	@Test
	void resolveWhenFallbackReturnsASubtypeShouldAcceptIt() {
		assertThat(resolve(Misfits.class, "number", "integerForNumber").getCandidates()).hasSize(1);
	}

	@Test
	void resolveWhenAsyncMethodShouldRequireTheSameWrapperAndTypeArgument() {
		assertThat(resolve(Async.class, "load", "stage").getCandidates()).hasSize(1);
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Async.class, "load", "plain"))
			.withMessageContaining("it returns String, which is not assignable to CompletableFuture<String>");
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Async.class, "load", "otherType"))
			.withMessageContaining(
					"it returns CompletableFuture<Integer>, which is not assignable to CompletableFuture<String>");
		assertThat(resolve(Async.class, "loadStage", "future").getCandidates()).hasSize(1);
	}

	@Test
	void resolveWhenReactiveMethodShouldRequireTheSamePublisherType() {
		assertThat(resolve(Reactive.class, "load", "mono").getCandidates()).hasSize(1);
		assertThatExceptionOfType(InvalidFallbackMethodException.class)
			.isThrownBy(() -> resolve(Reactive.class, "load", "flux"))
			.withMessageContaining("it returns Flux<String>, which is not assignable to Mono<String>");
		assertThat(resolve(Reactive.class, "loadAll", "flux").getCandidates()).hasSize(1);
	}

	@Test
	void resolveWhenNoFallbackIsNamedShouldReturnNone() {
		assertThat(resolve(Specific.class, "load", "").isEmpty()).isTrue();
	}

	@Test
	void resolveWhenCalledTwiceShouldReturnTheCachedResult() {
		assertThat(resolve(Specific.class, "load", "recover")).isSameAs(resolve(Specific.class, "load", "recover"));
	}

	@Test
	@SuppressWarnings("deprecation") // isAccessible() reads the flag setAccessible sets
	void resolveShouldMakeOnlyItsOwnMethodCopiesAccessible() {
		FallbackMethods fallbacks = resolve(Specific.class, "load", "recover");
		Method shared = ReflectionUtils.findMethod(Specific.class, "recover", String.class, int.class);
		assertThat(shared.isAccessible()).isFalse();
		assertThat(fallbacks.getCandidates())
			.allSatisfy((fallback) -> assertThat(fallback.getMethod().isAccessible()).isTrue());
	}

	static class Specific {

		String load(String key, int version) {
			return key;
		}

		private String recover(String key, int version, IOException ex) {
			return "io " + key + " " + version + " " + ex.getMessage();
		}

		private String recover(String key, int version, RuntimeException ex) {
			return "runtime " + key;
		}

		private String recover(String key, int version, CallNotPermittedException ex) {
			return "refused " + key;
		}

		private String recover(String key, int version) {
			return "any " + key + " " + version;
		}

	}

	static class OnlyIo {

		String load(String key) {
			return key;
		}

		private String recover(String key, IOException ex) {
			return "io";
		}

	}

	static class Throwing {

		String load(String key) {
			return key;
		}

		private String recover(String key) throws IOException {
			throw new IOException("fallback failed");
		}

	}

	static class Parent {

		String recover(String key) {
			return "parent " + key;
		}

	}

	static class Child extends Parent {

		String load(String key) {
			return key;
		}

	}

	static class OverridingChild extends Parent {

		String load(String key) {
			return key;
		}

		@Override
		String recover(String key) {
			return "override " + key;
		}

	}

	static class AmbiguousParent {

		private String recover(String key, IOException ex) {
			return "parent";
		}

	}

	static class AmbiguousChild extends AmbiguousParent {

		String load(String key) {
			return key;
		}

		private String recover(String key, IOException ex) {
			return "child";
		}

	}

	static class Misfits {

		String load(String key) {
			return key;
		}

		void send(String message) {
		}

		Number number(String key) {
			return 1;
		}

		private Integer wrongReturn(String key) {
			return 1;
		}

		private String wrongParameters(Integer key) {
			return "";
		}

		private String wrongParameters(String key, String other) {
			return "";
		}

		private String valueForVoid(String message) {
			return "";
		}

		private void voidForVoid(String message, Exception ex) {
		}

		private Integer integerForNumber(String key) {
			return 2;
		}

	}

	static class Async {

		CompletableFuture<String> load(String key) {
			return CompletableFuture.completedFuture(key);
		}

		CompletionStage<String> loadStage(String key) {
			return CompletableFuture.completedFuture(key);
		}

		private CompletableFuture<String> stage(String key, Throwable ex) {
			return CompletableFuture.completedFuture("fallback");
		}

		private String plain(String key) {
			return "fallback";
		}

		private CompletableFuture<Integer> otherType(String key) {
			return CompletableFuture.completedFuture(1);
		}

		private CompletableFuture<String> future(String key) {
			return CompletableFuture.completedFuture("fallback");
		}

	}

	static class Reactive {

		Mono<String> load(String key) {
			return Mono.just(key);
		}

		Flux<String> loadAll(String key) {
			return Flux.just(key);
		}

		private Mono<String> mono(String key) {
			return Mono.just("fallback");
		}

		private Flux<String> flux(String key) {
			return Flux.just("fallback");
		}

	}

}
