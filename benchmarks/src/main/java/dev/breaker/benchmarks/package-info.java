/**
 * JMH benchmarks comparing breaker with Resilience4j and Failsafe, each library configured alike (see
 * {@link dev.breaker.benchmarks.EquivalentConfiguration}). {@link dev.breaker.benchmarks.ComparisonRunner} runs them
 * all and prints the ratio table.
 */
package dev.breaker.benchmarks;
