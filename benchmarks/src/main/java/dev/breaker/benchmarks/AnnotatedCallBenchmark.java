package dev.breaker.benchmarks;

import java.util.concurrent.TimeUnit;

import dev.breaker.benchmarks.annotated.AnnotatedApplications;
import dev.breaker.benchmarks.annotated.BreakerAnnotatedService;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.benchmarks.annotated.Resilience4jAnnotatedService;
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
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 5: a successful call of an annotated bean method through its Spring proxy, breaker's
 * {@code @CircuitBreaker} against Resilience4j's on the same bean shape (a method with a fallback method), each bean
 * in its own application context. Failsafe has no Spring annotation support, so it has no entry here.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Threads(1)
public class AnnotatedCallBenchmark {

	@Benchmark
	public String breaker(BreakerApplication application) {
		return application.service.call();
	}

	@Benchmark
	public String resilience4j(Resilience4jApplication application) {
		return application.service.call();
	}

	/**
	 * The running application with breaker's annotated bean.
	 */
	@State(Scope.Benchmark)
	public static class BreakerApplication {

		ConfigurableApplicationContext context;

		BreakerAnnotatedService service;

		@Setup(Level.Trial)
		public void start() {
			this.context = AnnotatedApplications.startBreaker();
			this.service = this.context.getBean(BreakerAnnotatedService.class);
			StateChecks.expectProxy("breaker", AopUtils.isAopProxy(this.service));
		}

		@TearDown(Level.Trial)
		public void checkCallsWentThroughBreakerAndStop() {
			try {
				dev.breaker.core.CircuitBreaker breaker = this.context.getBean(CircuitBreakerRegistry.class)
					.circuitBreaker(AnnotatedApplications.BREAKER_NAME);
				StateChecks.expect("breaker", breaker.getState().name(), "CLOSED");
				StateChecks.expectCallsRecorded("breaker", breaker.getMetrics().bufferedCalls());
			}
			finally {
				this.context.close();
			}
		}

	}

	/**
	 * The running application with Resilience4j's annotated bean.
	 */
	@State(Scope.Benchmark)
	public static class Resilience4jApplication {

		ConfigurableApplicationContext context;

		Resilience4jAnnotatedService service;

		@Setup(Level.Trial)
		public void start() {
			this.context = AnnotatedApplications.startResilience4j();
			this.service = this.context.getBean(Resilience4jAnnotatedService.class);
			StateChecks.expectProxy("Resilience4j", AopUtils.isAopProxy(this.service));
		}

		@TearDown(Level.Trial)
		public void checkCallsWentThroughBreakerAndStop() {
			try {
				io.github.resilience4j.circuitbreaker.CircuitBreaker breaker = this.context
					.getBean(io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry.class)
					.circuitBreaker(AnnotatedApplications.BREAKER_NAME);
				StateChecks.expect("Resilience4j", breaker.getState().name(), "CLOSED");
				StateChecks.expectCallsRecorded("Resilience4j", breaker.getMetrics().getNumberOfBufferedCalls());
			}
			finally {
				this.context.close();
			}
		}

	}

}
