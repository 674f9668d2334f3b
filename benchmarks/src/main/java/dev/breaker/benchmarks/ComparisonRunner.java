package dev.breaker.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every scenario in one go and prints the ratio table: the JMH benchmarks (with JMH's GC profiler for the bytes
 * allocated per call and {@link CpuTimeProfiler} for the CPU time per call), then the JOL retained-size measurement.
 *
 * <p>Takes JMH's usual command-line options (for example {@code -f 1 -wi 2 -i 3 -w 1s -r 1s} for a quick run, or a
 * benchmark regex); without a regex it runs every benchmark of this package. Writes {@code jmh-result.json} and
 * {@code ratios.md} into the directory holding the jar ({@code benchmarks/target}).
 */
public final class ComparisonRunner {

	private ComparisonRunner() {
	}

	public static void main(String[] args) throws CommandLineOptionException, RunnerException, IOException {
		CommandLineOptions commandLine = new CommandLineOptions(args);
		Path outputDirectory = outputDirectory();
		Path jsonResult = outputDirectory.resolve("jmh-result.json");
		ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine)
			.resultFormat(ResultFormatType.JSON)
			.result(jsonResult.toString());
		if (commandLine.getIncludes().isEmpty()) {
			options.include(ComparisonRunner.class.getPackageName().replace(".", "\\.") + "\\.[A-Za-z]+Benchmark\\.");
		}
		if (commandLine.getProfilers().stream().noneMatch((profiler) -> profiler.getKlass().equals("gc"))) {
			options.addProfiler(GCProfiler.class);
		}
		if (commandLine.getProfilers().stream().noneMatch((profiler) -> profiler.getKlass().endsWith("CpuTimeProfiler"))) {
			options.addProfiler(CpuTimeProfiler.class);
		}
		double loadBefore = systemLoadAverage();
		Collection<RunResult> results = new Runner(options.build()).run();
		double loadAfter = systemLoadAverage();
		List<RetainedSizes.RetainedSize> retainedSizes = RetainedSizes.measure();
		String report = header(results, loadBefore, loadAfter) + "\n"
				+ new RatioTable(JmhScores.from(results), retainedSizes).toMarkdown();
		Path ratios = outputDirectory.resolve("ratios.md");
		Files.writeString(ratios, report);
		System.out.println();
		System.out.println(report);
		System.out.println("JMH JSON: " + jsonResult.toAbsolutePath());
		System.out.println("Table:    " + ratios.toAbsolutePath());
	}

	private static String header(Collection<RunResult> results, double loadBefore, double loadAfter) {
		StringBuilder header = new StringBuilder();
		header.append("Run ").append(Instant.now().truncatedTo(ChronoUnit.MINUTES)).append(", ");
		header.append(Runtime.getRuntime().availableProcessors()).append(" cores");
		results.stream().findFirst().map(RunResult::getParams).ifPresent((params) -> header.append(", ")
			.append(settings(params)));
		header.append(String.format(Locale.ROOT, ". System load average (1 min) %.1f before the run, %.1f after",
				loadBefore, loadAfter));
		return header.append(".\n").toString();
	}

	private static double systemLoadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static String settings(BenchmarkParams params) {
		return String.format(Locale.ROOT, "%s %s (%s), JMH %s: %d fork(s), %d × %s warm-up, %d × %s measurement",
				params.getVmName(), params.getJdkVersion(), params.getVmVersion(), params.getJmhVersion(),
				params.getForks(), params.getWarmup().getCount(), params.getWarmup().getTime(),
				params.getMeasurement().getCount(), params.getMeasurement().getTime());
	}

	private static Path outputDirectory() {
		try {
			Path codeSource = Path.of(ComparisonRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			// benchmarks/target/benchmarks.jar or, run from an IDE, benchmarks/target/classes
			return codeSource.getParent();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot locate the benchmarks jar", ex);
		}
	}

}
