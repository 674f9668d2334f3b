package dev.breaker.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.fail;

/**
 * Runs the same task on several threads released together by a {@link CyclicBarrier}, for the concurrency tests.
 * Every wait has a timeout, so a bug fails the test instead of hanging it.
 */
final class Race {

	static final long TIMEOUT_SECONDS = 20;

	private Race() {
	}

	/**
	 * Runs {@code task} once on each of {@code threads} threads, all released at the same instant, and waits for
	 * them.
	 * @param threads how many threads
	 * @param task what each thread runs, given its index
	 * @throws AssertionError if a thread threw (the first failure, with the others suppressed) or did not finish in
	 * time
	 */
	static void run(int threads, Task task) {
		CyclicBarrier start = new CyclicBarrier(threads);
		List<Throwable> failures = new ArrayList<>();
		List<Thread> started = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int index = i;
			Thread thread = new Thread(() -> {
				try {
					start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
					task.run(index);
				}
				catch (Throwable ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
			}, "race-" + i);
			thread.setDaemon(true);
			thread.start();
			started.add(thread);
		}
		for (Thread thread : started) {
			try {
				// the first thread still running after the timeout fails the test
				thread.join(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("interrupted while waiting for " + thread.getName());
			}
			if (thread.isAlive()) {
				fail(thread.getName() + " did not finish within " + TIMEOUT_SECONDS
						+ " s: a deadlock or a lost wake-up");
			}
		}
		synchronized (failures) {
			if (!failures.isEmpty()) {
				Throwable first = failures.get(0);
				AssertionError error = new AssertionError("a racing thread failed: " + first, first);
				failures.stream().skip(1).forEach(error::addSuppressed);
				throw error;
			}
		}
	}

	/**
	 * The work of one racing thread.
	 */
	@FunctionalInterface
	interface Task {

		void run(int index) throws Exception;

	}

}
