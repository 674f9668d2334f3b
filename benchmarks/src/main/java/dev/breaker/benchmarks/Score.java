package dev.breaker.benchmarks;

/**
 * One benchmark's result: average wall-clock time per call with its 99.9% confidence half-width, CPU time per call,
 * and bytes allocated per call ({@code NaN} for what the run did not measure).
 * @param nanosPerCall average wall-clock nanoseconds per call (JMH's score)
 * @param error the half-width of the 99.9% confidence interval, in nanoseconds
 * @param cpuNanosPerCall process CPU nanoseconds per call, from {@link CpuTimeProfiler}
 * @param allocatedBytesPerCall bytes allocated per call, from JMH's {@code gc.alloc.rate.norm}
 */
record Score(double nanosPerCall, double error, double cpuNanosPerCall, double allocatedBytesPerCall) {
}
