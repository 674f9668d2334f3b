package dev.breaker.benchmarks;

import java.util.function.Supplier;

import dev.breaker.core.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the three libraries' breakers, built from {@link EquivalentConfiguration}, behave alike where the
 * scenarios rely on it, and documents where Failsafe cannot.
 */
class EquivalentConfigurationTests {

	@Test
	void callsWhenEveryTenthFailsShouldLeaveEveryLibraryClosed() {
		CircuitBreaker breaker = Breakers.create("test");
		io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j = Resilience4jBreakers.create("test");
		dev.failsafe.CircuitBreaker<Object> failsafe = FailsafeBreakers.create();
		FailsafeExecutor<Object> failsafeExecutor = Failsafe.with(failsafe);
		Calls.EveryTenthFails breakerCall = new Calls.EveryTenthFails();
		Calls.EveryTenthFails resilience4jCall = new Calls.EveryTenthFails();
		Calls.EveryTenthFails failsafeCall = new Calls.EveryTenthFails();
		for (int i = 0; i < 1000; i++) {
			runIgnoringFailure(() -> breaker.execute(breakerCall));
			runIgnoringFailure(() -> resilience4j.executeSupplier(resilience4jCall));
			runIgnoringFailure(() -> failsafeExecutor.get((dev.failsafe.function.CheckedSupplier<String>) failsafeCall));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(breaker.getMetrics().bufferedCalls()).isEqualTo(100);
		assertThat(breaker.getMetrics().failedCalls()).isEqualTo(10);
		assertThat(resilience4j.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
		assertThat(resilience4j.getMetrics().getNumberOfBufferedCalls()).isEqualTo(100);
		assertThat(resilience4j.getMetrics().getNumberOfFailedCalls()).isEqualTo(10);
		assertThat(failsafe.isClosed()).isTrue();
		assertThat(failsafe.getExecutionCount()).isEqualTo(100);
		assertThat(failsafe.getFailureCount()).isEqualTo(10);
	}

	@Test
	void callsWhenHalfOfTenFailShouldOpenBreakerAndResilience4j() {
		CircuitBreaker breaker = Breakers.create("test");
		io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j = Resilience4jBreakers.create("test");
		for (int i = 0; i < 10; i++) {
			Supplier<String> call = (i % 2 == 0) ? Calls.SUCCEEDING : EquivalentConfigurationTests::fail;
			runIgnoringFailure(() -> breaker.execute(call));
			runIgnoringFailure(() -> resilience4j.executeSupplier(call));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(resilience4j.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
	}

	@Test
	void failsafeWhenHalfOfTenCallsFailShouldStayClosedForWantOfMinimumCalls() {
		// Failsafe's count-based threshold has no minimum number of calls: it opens at 50 failures in the last 100.
		dev.failsafe.CircuitBreaker<Object> failsafe = FailsafeBreakers.create();
		FailsafeExecutor<Object> executor = Failsafe.with(failsafe);
		for (int i = 0; i < 10; i++) {
			dev.failsafe.function.CheckedSupplier<String> call = (i % 2 == 0) ? Calls.SUCCEEDING_CHECKED
					: EquivalentConfigurationTests::fail;
			runIgnoringFailure(() -> executor.get(call));
		}
		assertThat(failsafe.isClosed()).isTrue();
	}

	@Test
	void clockFreeBreakersShouldKeepTheEquivalentSettings() {
		CircuitBreaker breaker = CircuitBreaker.of("test", Breakers.configWithoutClock());
		io.github.resilience4j.circuitbreaker.CircuitBreaker resilience4j = io.github.resilience4j.circuitbreaker.CircuitBreaker
			.of("test", Resilience4jBreakers.configWithoutClock());
		for (int i = 0; i < 10; i++) {
			Supplier<String> call = (i % 2 == 0) ? Calls.SUCCEEDING : EquivalentConfigurationTests::fail;
			runIgnoringFailure(() -> breaker.execute(call));
			runIgnoringFailure(() -> resilience4j.executeSupplier(call));
		}
		assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(breaker.getConfig().getSlidingWindowSize()).isEqualTo(EquivalentConfiguration.WINDOW_SIZE);
		assertThat(breaker.getConfig().getTicker().nanoTime()).isZero();
		assertThat(resilience4j.getState()).isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.OPEN);
		assertThat(resilience4j.getCurrentTimestamp()).isZero();
	}

	@Test
	void clockFreeBenchmarkShouldRunTheSucceedingCallThroughBothLibraries() {
		ClosedCallWithoutClockBenchmark benchmark = new ClosedCallWithoutClockBenchmark();
		ClosedCallWithoutClockBenchmark.BreakerState breaker = new ClosedCallWithoutClockBenchmark.BreakerState();
		breaker.createBreaker();
		ClosedCallWithoutClockBenchmark.Resilience4jState resilience4j = new ClosedCallWithoutClockBenchmark.Resilience4jState();
		resilience4j.createBreaker();
		assertThat(benchmark.breaker(breaker)).isEqualTo(EquivalentConfiguration.RESULT);
		assertThat(benchmark.resilience4j(resilience4j)).isEqualTo(EquivalentConfiguration.RESULT);
		assertThat(breaker.breaker.getMetrics().successfulCalls()).isEqualTo(1);
		assertThat(resilience4j.breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
		breaker.checkStillClosed();
		resilience4j.checkStillClosed();
	}

	@Test
	void openedBreakersShouldRefuseWithTheFallbackPathsTheBenchmarksMeasure() {
		OpenRefusalBenchmark benchmark = new OpenRefusalBenchmark();
		OpenRefusalBenchmark.BreakerState breaker = new OpenRefusalBenchmark.BreakerState();
		breaker.openBreaker();
		OpenRefusalBenchmark.Resilience4jState resilience4j = new OpenRefusalBenchmark.Resilience4jState();
		resilience4j.openBreaker();
		OpenRefusalBenchmark.Resilience4jWithoutStackTraceState resilience4jWithoutStackTrace = new OpenRefusalBenchmark.Resilience4jWithoutStackTraceState();
		resilience4jWithoutStackTrace.openBreaker();
		OpenRefusalBenchmark.FailsafeState failsafe = new OpenRefusalBenchmark.FailsafeState();
		failsafe.openBreaker();
		assertThat(benchmark.breaker(breaker)).isEqualTo(EquivalentConfiguration.FALLBACK);
		assertThat(benchmark.breakerAcquirePermit(breaker)).isEqualTo(EquivalentConfiguration.FALLBACK);
		assertThat(benchmark.resilience4j(resilience4j)).isEqualTo(EquivalentConfiguration.FALLBACK);
		assertThat(benchmark.resilience4jWithoutStackTrace(resilience4jWithoutStackTrace))
			.isEqualTo(EquivalentConfiguration.FALLBACK);
		assertThat(benchmark.failsafe(failsafe)).isEqualTo(EquivalentConfiguration.FALLBACK);
		assertThat(breaker.breaker.getMetrics().notPermittedCalls()).isEqualTo(2);
	}

	private static String fail() {
		throw Calls.DependencyFailure.INSTANCE;
	}

	private static void runIgnoringFailure(Runnable call) {
		try {
			call.run();
		}
		catch (Calls.DependencyFailure ex) {
			// the calls fail by design
		}
	}

}
