package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 3: calls through a {@code CLOSED} breaker of which every tenth fails (well under the 50% threshold, so
 * the breaker stays closed). The caller catches the failure and returns its fallback value. The failure is one
 * preallocated exception without stack trace, so the measurement is of recording it, not of creating it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class ClosedTenPercentFailuresBenchmark {

	@Benchmark
	public String breaker(ClosedCallBenchmark.BreakerState state, Caller caller) {
		try {
			return state.breaker.execute(caller.call);
		}
		catch (Calls.DependencyFailure ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String resilience4j(ClosedCallBenchmark.Resilience4jState state, Caller caller) {
		try {
			return state.breaker.executeSupplier(caller.call);
		}
		catch (Calls.DependencyFailure ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	@Benchmark
	public String failsafe(ClosedCallBenchmark.FailsafeState state, Caller caller) {
		try {
			return state.executor.get((dev.failsafe.function.CheckedSupplier<String>) caller.call);
		}
		catch (Calls.DependencyFailure ex) {
			return EquivalentConfiguration.FALLBACK;
		}
	}

	/**
	 * Each thread's own failing-every-tenth-time call.
	 */
	@State(Scope.Thread)
	public static class Caller {

		Calls.EveryTenthFails call;

		@Setup(Level.Trial)
		public void createCall() {
			this.call = new Calls.EveryTenthFails();
		}

	}

}
