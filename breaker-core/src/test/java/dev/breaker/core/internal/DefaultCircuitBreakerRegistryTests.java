package dev.breaker.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerConfig;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.core.CircuitBreakerRegistryListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DefaultCircuitBreakerRegistry}.
 */
class DefaultCircuitBreakerRegistryTests {

	private final CircuitBreakerConfig defaults = CircuitBreakerConfig.builder().slidingWindowSize(20).build();

	private final CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(this.defaults);

	@Test
	void circuitBreakerWhenSameNameShouldReturnSameInstanceWithDefaultConfig() {
		CircuitBreaker first = this.registry.circuitBreaker("payment");
		assertThat(this.registry.circuitBreaker("payment")).isSameAs(first);
		assertThat(first.getConfig()).isSameAs(this.defaults);
		assertThat(this.registry.getDefaultConfig()).isSameAs(this.defaults);
		assertThat(this.registry.getConfiguration(CircuitBreakerRegistry.DEFAULT_CONFIG)).contains(this.defaults);
	}

	@Test
	void circuitBreakerWhenNamedConfigurationShouldUseIt() {
		CircuitBreakerConfig fragile = CircuitBreakerConfig.builder().consecutiveFailureThreshold(3).build();
		this.registry.addConfiguration("fragile", fragile);
		assertThat(this.registry.circuitBreaker("inventory", "fragile").getConfig()).isSameAs(fragile);
	}

	@Test
	void circuitBreakerWhenUnknownConfigurationShouldNameIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.registry.circuitBreaker("inventory", "nope"))
			.withMessage("No circuit breaker configuration named 'nope'; known configurations: [default]");
		assertThat(this.registry.find("inventory")).isEmpty();
	}

	@Test
	void findShouldNeverCreateABreaker() {
		assertThat(this.registry.find("payment")).isEmpty();
		assertThat(this.registry.all()).isEmpty();
	}

	@Test
	void allShouldBeSortedByName() {
		this.registry.circuitBreaker("shipping");
		this.registry.circuitBreaker("payment", CircuitBreakerConfig.ofDefaults());
		this.registry.circuitBreaker("inventory");
		assertThat(this.registry.all()).extracting(CircuitBreaker::getName)
			.containsExactly("inventory", "payment", "shipping");
	}

	@Test
	void removeShouldTellListenersAndForgetTheBreaker() {
		List<String> events = new CopyOnWriteArrayList<>();
		this.registry.addListener(new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				events.add("added " + circuitBreaker.getName());
			}

			@Override
			public void onRemoved(CircuitBreaker circuitBreaker) {
				events.add("removed " + circuitBreaker.getName());
			}
		});
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		assertThat(this.registry.remove("payment")).containsSame(payment);
		assertThat(this.registry.remove("payment")).isEmpty();
		assertThat(this.registry.find("payment")).isEmpty();
		assertThat(events).containsExactly("added payment", "removed payment");
	}

	@Test
	void throwingRegistryListenerShouldNotUndoTheAddition() {
		this.registry.addListener(new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				throw new IllegalStateException("listener bug");
			}
		});
		CircuitBreaker payment = this.registry.circuitBreaker("payment");
		assertThat(this.registry.find("payment")).containsSame(payment);
	}

	@Test
	void circuitBreakerWhenCreatedConcurrentlyShouldYieldOneInstanceAndOneAddedEvent() throws Exception {
		List<CircuitBreaker> added = new CopyOnWriteArrayList<>();
		this.registry.addListener(new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				added.add(circuitBreaker);
			}
		});
		int threads = 8;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 50; round++) {
				String name = "breaker-" + round;
				CyclicBarrier barrier = new CyclicBarrier(threads);
				List<Future<CircuitBreaker>> results = new java.util.ArrayList<>();
				for (int i = 0; i < threads; i++) {
					results.add(executor.submit(() -> {
						barrier.await(10, TimeUnit.SECONDS);
						return this.registry.circuitBreaker(name);
					}));
				}
				CircuitBreaker first = results.get(0).get(10, TimeUnit.SECONDS);
				for (Future<CircuitBreaker> result : results) {
					assertThat(result.get(10, TimeUnit.SECONDS)).isSameAs(first);
				}
			}
		}
		finally {
			executor.shutdownNow();
			assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(added).hasSize(50).doesNotHaveDuplicates();
	}

	@Test
	void removeWhileListenersHearOfTheAdditionShouldBeHeardAfterIt() throws Exception {
		List<String> events = new CopyOnWriteArrayList<>();
		java.util.concurrent.CountDownLatch inOnAdded = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch releaseOnAdded = new java.util.concurrent.CountDownLatch(1);
		this.registry.addListener(new CircuitBreakerRegistryListener() {
			@Override
			public void onAdded(CircuitBreaker circuitBreaker) {
				inOnAdded.countDown();
				try {
					releaseOnAdded.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				events.add("added");
			}

			@Override
			public void onRemoved(CircuitBreaker circuitBreaker) {
				events.add("removed");
			}
		});
		Thread adder = new Thread(() -> this.registry.circuitBreaker("payment"));
		adder.start();
		assertThat(inOnAdded.await(10, TimeUnit.SECONDS)).isTrue();
		Thread remover = new Thread(() -> this.registry.remove("payment"));
		remover.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (remover.getState() != Thread.State.BLOCKED && remover.isAlive() && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
		releaseOnAdded.countDown();
		adder.join(10_000);
		remover.join(10_000);
		assertThat(events).containsExactly("added", "removed");
	}

	@Test
	void addConfigurationWhenBlankNameShouldFail() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.registry.addConfiguration(" ", CircuitBreakerConfig.ofDefaults()))
			.withMessage("configuration name must not be blank but was ' '");
		assertThatIllegalArgumentException().isThrownBy(() -> CircuitBreaker.of(" ", CircuitBreakerConfig.ofDefaults()))
			.withMessage("name must be a non-blank string but was ' '");
	}

}
