package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.breaker.core.CallNotPermittedException;
import dev.breaker.core.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.Fallback;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 2: a call refused by an {@code OPEN} breaker, up to and including the fallback value the caller gets.
 *
 * <p>Each library's idiomatic refusal path: for breaker and Resilience4j, catching the refusal exception around
 * {@code execute}/{@code executeSupplier} (what application code writes); for Failsafe, a {@code Fallback} policy
 * composed around the breaker. Two variants are shown for reference: breaker's permit API ({@code acquirePermit()}
 * returning {@code NO_PERMIT}, the path the annotation's interceptor takes) and Resilience4j with stack traces turned
 * off ({@code writableStackTraceEnabled(false)}, not its default).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class OpenRefusalBenchmark {

	@Benchmark
	public String breaker(BreakerState state) {
		try {
			return state.breaker.execute(Calls.SUCCEEDING);
		}
		catch (CallNotPermittedException ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String breakerAcquirePermit(BreakerState state) {
		CircuitBreaker breaker = state.breaker;
		long permit = breaker.acquirePermit();
		if (permit == CircuitBreaker.NO_PERMIT) {
			return EquivalentConfiguration.FALLBACK;
		}
		long start = System.nanoTime();
		try {
			String result = Calls.SUCCEEDING.get();
			breaker.onSuccess(permit, System.nanoTime() - start);
			return result;
		}
		catch (RuntimeException ex) {
			breaker.onError(permit, System.nanoTime() - start, ex);
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String resilience4j(Resilience4jState state) {
		try {
			return state.breaker.executeSupplier(Calls.SUCCEEDING);
		}
		catch (io.github.resilience4j.circuitbreaker.CallNotPermittedException ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String resilience4jWithoutStackTrace(Resilience4jWithoutStackTraceState state) {
		try {
			return state.breaker.executeSupplier(Calls.SUCCEEDING);
		}
		catch (io.github.resilience4j.circuitbreaker.CallNotPermittedException ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String failsafe(FailsafeState state) {
		return state.executor.get(Calls.SUCCEEDING_CHECKED);
	}

	/**
	 * One opened breaker.
	 */
	@State(Scope.Benchmark)
	public static class BreakerState {

		CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void openBreaker() {
			this.breaker = Breakers.create("open");
			this.breaker.transitionToOpenState();
			checkStillOpen();
		}

		@TearDown(Level.Iteration)
		public void checkStillOpen() {
			StateChecks.expect("breaker", this.breaker.getState().name(), "OPEN");
		}

	}

	/**
	 * One opened Resilience4j breaker with Resilience4j's defaults.
	 */
	@State(Scope.Benchmark)
	public static class Resilience4jState {

		io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void openBreaker() {
			this.breaker = Resilience4jBreakers.create("open");
			this.breaker.transitionToOpenState();
			checkStillOpen();
		}

		@TearDown(Level.Iteration)
		public void checkStillOpen() {
			StateChecks.expect("Resilience4j", this.breaker.getState().name(), "OPEN");
		}

	}

	/**
	 * One opened Resilience4j breaker whose refusals capture no stack trace.
	 */
	@State(Scope.Benchmark)
	public static class Resilience4jWithoutStackTraceState {

		io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void openBreaker() {
			this.breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("open",
					Resilience4jBreakers.configWithoutStackTraces());
			this.breaker.transitionToOpenState();
			checkStillOpen();
		}

		@TearDown(Level.Iteration)
		public void checkStillOpen() {
			StateChecks.expect("Resilience4j", this.breaker.getState().name(), "OPEN");
		}

	}

	/**
	 * One opened Failsafe breaker behind a fallback policy.
	 */
	@State(Scope.Benchmark)
	public static class FailsafeState {

		dev.failsafe.CircuitBreaker<Object> breaker;

		FailsafeExecutor<Object> executor;

		@Setup(Level.Trial)
		public void openBreaker() {
			this.breaker = FailsafeBreakers.create();
			this.breaker.open();
			this.executor = Failsafe.with(Fallback.<Object>of(EquivalentConfiguration.FALLBACK)).compose(this.breaker);
			checkStillOpen();
		}

		@TearDown(Level.Iteration)
		public void checkStillOpen() {
			StateChecks.expect("Failsafe", this.breaker.getState().name(), "OPEN");
		}

	}

}
