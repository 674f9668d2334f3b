package dev.breaker.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * Scenario 1 with two threads calling the same breaker: the benchmarks of {@link ClosedCallBenchmark}, whose states
 * are shared by all threads.
 */
@Threads(2)
public class ClosedCallTwoThreadsBenchmark extends ClosedCallBenchmark {

}
