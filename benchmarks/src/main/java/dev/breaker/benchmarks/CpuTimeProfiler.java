package dev.breaker.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the CPU time the benchmark JVM used per operation ({@code cpu.time.norm}), next to the
 * wall-clock score. On a machine shared with other work, wall-clock time per call also counts the time the benchmark
 * threads waited for a core; CPU time does not, so it shows whether a difference is the code's or the machine's.
 * Process CPU time includes the JIT compiler and GC threads, which are close to idle once warmed up.
 */
public final class CpuTimeProfiler implements InternalProfiler {

	/** The name of the secondary result. */
	public static final String RESULT_NAME = "cpu.time.norm";

	private final com.sun.management.OperatingSystemMXBean operatingSystem = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private long cpuNanosAtStart;

	@Override
	public String getDescription() {
		return "Process CPU time per operation";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		this.cpuNanosAtStart = this.operatingSystem.getProcessCpuTime();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
			IterationParams iterationParams, IterationResult result) {
		long cpuNanos = this.operatingSystem.getProcessCpuTime() - this.cpuNanosAtStart;
		long operations = result.getMetadata().getAllOps();
		double perOperation = (operations > 0) ? (double) cpuNanos / operations : Double.NaN;
		return List.of(new ScalarResult(RESULT_NAME, perOperation, "ns/op", AggregationPolicy.AVG));
	}

}
