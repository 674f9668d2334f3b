package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.breaker.core.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
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
 * Scenario 1: a successful call through a {@code CLOSED} breaker, one thread. Each library runs the call the way its
 * documentation shows: {@code breaker.execute(supplier)}, Resilience4j's {@code executeSupplier(supplier)}, and
 * Failsafe's {@code get(supplier)} on an executor built once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class ClosedCallBenchmark {

	@Benchmark
	public String breaker(BreakerState state) {
		return state.breaker.execute(Calls.SUCCEEDING);
	}

	@Benchmark
	public String resilience4j(Resilience4jState state) {
		return state.breaker.executeSupplier(Calls.SUCCEEDING);
	}

	@Benchmark
	public String failsafe(FailsafeState state) {
		return state.executor.get(Calls.SUCCEEDING_CHECKED);
	}

	/**
	 * One breaker shared by all benchmark threads.
	 */
	@State(Scope.Benchmark)
	public static class BreakerState {

		CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void createBreaker() {
			this.breaker = Breakers.create("closed");
		}

		@TearDown(Level.Trial)
		public void checkStillClosed() {
			StateChecks.expect("breaker", this.breaker.getState().name(), "CLOSED");
		}

	}

	/**
	 * One Resilience4j breaker shared by all benchmark threads.
	 */
	@State(Scope.Benchmark)
	public static class Resilience4jState {

		io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void createBreaker() {
			this.breaker = Resilience4jBreakers.create("closed");
		}

		@TearDown(Level.Trial)
		public void checkStillClosed() {
			StateChecks.expect("Resilience4j", this.breaker.getState().name(), "CLOSED");
		}

	}

	/**
	 * One Failsafe breaker, and the executor that runs calls through it, shared by all benchmark threads.
	 */
	@State(Scope.Benchmark)
	public static class FailsafeState {

		dev.failsafe.CircuitBreaker<Object> breaker;

		FailsafeExecutor<Object> executor;

		@Setup(Level.Trial)
		public void createBreaker() {
			this.breaker = FailsafeBreakers.create();
			this.executor = Failsafe.with(this.breaker);
		}

		@TearDown(Level.Trial)
		public void checkStillClosed() {
			StateChecks.expect("Failsafe", this.breaker.getState().name(), "CLOSED");
		}

	}

}
