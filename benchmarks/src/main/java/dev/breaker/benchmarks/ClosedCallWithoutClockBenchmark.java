package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.breaker.core.CircuitBreaker;
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
 * Scenario 1 with the clock taken out, for reference next to the target: the same successful call through a
 * {@code CLOSED} breaker, one thread, but breaker and Resilience4j each given a time source that always reads zero
 * (breaker's {@code Ticker}, Resilience4j's {@code currentTimestampFunction}). What remains is each library's own cost
 * per call. Failsafe takes no time source, so it has no row here. Not a configuration for production: every call
 * then lasts 0 ns, so slow calls would go unseen.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class ClosedCallWithoutClockBenchmark {

	@Benchmark
	public String breaker(BreakerState state) {
		return state.breaker.execute(Calls.SUCCEEDING);
	}

	@Benchmark
	public String resilience4j(Resilience4jState state) {
		return state.breaker.executeSupplier(Calls.SUCCEEDING);
	}

	/**
	 * One breaker whose ticker always reads zero.
	 */
	@State(Scope.Benchmark)
	public static class BreakerState {

		CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void createBreaker() {
			this.breaker = CircuitBreaker.of("closed-without-clock", Breakers.configWithoutClock());
		}

		@TearDown(Level.Trial)
		public void checkStillClosed() {
			StateChecks.expect("breaker", this.breaker.getState().name(), "CLOSED");
		}

	}

	/**
	 * One Resilience4j breaker whose timestamp function always returns zero.
	 */
	@State(Scope.Benchmark)
	public static class Resilience4jState {

		io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;

		@Setup(Level.Trial)
		public void createBreaker() {
			this.breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker.of("closed-without-clock",
					Resilience4jBreakers.configWithoutClock());
		}

		@TearDown(Level.Trial)
		public void checkStillClosed() {
			StateChecks.expect("Resilience4j", this.breaker.getState().name(), "CLOSED");
		}

	}

}
