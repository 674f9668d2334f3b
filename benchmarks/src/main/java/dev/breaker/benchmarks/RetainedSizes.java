package dev.breaker.benchmarks;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.breaker.core.CircuitBreaker;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import org.openjdk.jol.info.GraphLayout;

/**
 * Scenario 4, footprint: the bytes a breaker retains once 100 calls (every tenth failing) went through it, measured
 * with JOL's {@link GraphLayout}.
 *
 * <p>Two numbers per library. <em>Per breaker</em> is what one more breaker costs an application: the size of the
 * object graph of two breakers built from one shared configuration minus that of one, so the configuration and
 * JVM-wide singletons (clocks, schedulers) are not counted. <em>Whole graph</em> is everything reachable from a
 * single breaker, configuration included.
 */
final class RetainedSizes {

	private static final int CALLS = 100;

	private static final dev.breaker.core.CircuitBreakerConfig BREAKER_CONFIG = Breakers.config();

	private static final io.github.resilience4j.circuitbreaker.CircuitBreakerConfig RESILIENCE4J_CONFIG = Resilience4jBreakers
		.config();

	private RetainedSizes() {
	}

	static List<RetainedSize> measure() {
		// Lambdas are hidden classes whose field offsets Unsafe refuses; JOL then reads them its own way.
		System.setProperty("jol.magicFieldOffset", "true");
		return List.of(measure("breaker", RetainedSizes::breaker), measure("Resilience4j", RetainedSizes::resilience4j),
				measure("Failsafe", RetainedSizes::failsafe));
	}

	private static RetainedSize measure(String library, Function<String, Object> breakerAfterCalls) {
		try {
			return measureGraphs(library, breakerAfterCalls);
		}
		catch (RuntimeException ex) {
			System.err.println("Retained size of " + library + "'s breaker not measured: " + ex);
			ex.printStackTrace();
			return new RetainedSize(library, -1, -1);
		}
	}

	private static RetainedSize measureGraphs(String library, Function<String, Object> breakerAfterCalls) {
		Object first = breakerAfterCalls.apply("breaker-1");
		Object second = breakerAfterCalls.apply("breaker-2");
		long one = GraphLayout.parseInstance(first).totalSize();
		long two = GraphLayout.parseInstance(first, second).totalSize();
		return new RetainedSize(library, two - one, one);
	}

	private static Object breaker(String name) {
		CircuitBreaker breaker = CircuitBreaker.of(name, BREAKER_CONFIG);
		Calls.EveryTenthFails call = new Calls.EveryTenthFails();
		runCalls(() -> breaker.execute(call));
		StateChecks.expect("breaker", breaker.getState().name(), "CLOSED");
		return breaker;
	}

	private static Object resilience4j(String name) {
		io.github.resilience4j.circuitbreaker.CircuitBreaker breaker = io.github.resilience4j.circuitbreaker.CircuitBreaker
			.of(name, RESILIENCE4J_CONFIG);
		Calls.EveryTenthFails call = new Calls.EveryTenthFails();
		runCalls(() -> breaker.executeSupplier(call));
		StateChecks.expect("Resilience4j", breaker.getState().name(), "CLOSED");
		return breaker;
	}

	private static Object failsafe(String name) {
		dev.failsafe.CircuitBreaker<Object> breaker = FailsafeBreakers.create();
		FailsafeExecutor<Object> executor = Failsafe.with(breaker);
		Calls.EveryTenthFails call = new Calls.EveryTenthFails();
		runCalls(() -> executor.get((dev.failsafe.function.CheckedSupplier<String>) call));
		StateChecks.expect("Failsafe", breaker.getState().name(), "CLOSED");
		return breaker;
	}

	private static void runCalls(Supplier<String> call) {
		for (int i = 0; i < CALLS; i++) {
			try {
				call.get();
			}
			catch (Calls.DependencyFailure ex) {
				// every tenth call fails by design
			}
		}
	}

	/**
	 * The retained size of one library's breaker.
	 * @param library the library
	 * @param perBreakerBytes what one more breaker with a shared configuration retains, or -1 if not measured
	 * @param wholeGraphBytes everything reachable from one breaker, or -1 if not measured
	 */
	record RetainedSize(String library, long perBreakerBytes, long wholeGraphBytes) {
	}

}
