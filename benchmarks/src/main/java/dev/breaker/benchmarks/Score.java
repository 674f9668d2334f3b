package dev.breaker.benchmarks;

/**
 * One benchmark's result: average time per call, its 99.9% confidence half-width, and the bytes allocated per call
 * ({@code NaN} when the run had no GC profiler).
 * @param nanosPerCall average nanoseconds per call
 * @param error the half-width of the 99.9% confidence interval, in nanoseconds
 * @param allocatedBytesPerCall bytes allocated per call, from JMH's {@code gc.alloc.rate.norm}
 */
record Score(double nanosPerCall, double error, double allocatedBytesPerCall) {
}
