package dev.breaker.sample.shop.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.breaker.core.CircuitBreaker;
import dev.breaker.core.CircuitBreakerRegistry;
import dev.breaker.sample.shop.payment.PaymentClient;
import dev.breaker.spring.event.CircuitBreakerStateChangedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Settles the orders whose payment was deferred: charges each {@link OrderStatus#PAYMENT_PENDING} order again with
 * its own idempotency key, so it ends {@link OrderStatus#PAID} exactly once (or {@link OrderStatus#PAYMENT_FAILED}
 * on a decline).
 *
 * <p>A run starts when the {@code payment} breaker moves to {@code HALF_OPEN} or {@code CLOSED}
 * ({@link CircuitBreakerStateChangedEvent}), and from a periodic sweep ({@code shop.settlement.sweep-interval}) that
 * catches what events cannot: an order deferred by a failure while the breaker stayed closed, an order that became
 * pending just after a run looked, or one left behind by a crash. The sweep reads the breaker's state, which is also
 * what moves an idle breaker from {@code OPEN} to {@code HALF_OPEN} once its wait has elapsed; it does not run while
 * the breaker is open. A run stops at the first payment deferred again.
 *
 * <p>Runs of this instance are serialised on one thread, which exists while the settler is started (it can be
 * stopped and started again, as Spring's test context cache does with paused contexts). Runs of several instances (or direct calls to
 * {@link #settlePendingOrders()}) may overlap safely: each order is claimed with a conditional update before it is
 * charged, so only one run charges it.
 */
@Component
public class PendingPaymentSettler implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PendingPaymentSettler.class);

	private final OrderRepository orders;

	private final OrderService orderService;

	private final CircuitBreakerRegistry breakers;

	private final SettlementProperties properties;

	private final Clock clock;

	private final AtomicBoolean runRequested = new AtomicBoolean();

	private final Object lifecycleMonitor = new Object();

	/** The settler's thread while started; {@code null} while stopped. */
	private volatile @Nullable ScheduledExecutorService executor;

	PendingPaymentSettler(OrderRepository orders, OrderService orderService, CircuitBreakerRegistry breakers,
			SettlementProperties properties, Clock clock) {
		requirePositive("shop.settlement.sweep-interval", properties.getSweepInterval());
		requirePositive("shop.settlement.claim-lease", properties.getClaimLease());
		if (properties.getBatchSize() < 1) {
			throw new IllegalArgumentException(
					"shop.settlement.batch-size must be at least 1 but was " + properties.getBatchSize());
		}
		this.orders = orders;
		this.orderService = orderService;
		this.breakers = breakers;
		this.properties = properties;
		this.clock = clock;
	}

	private static void requirePositive(String property, Duration value) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(property + " must be a positive duration but was " + value);
		}
	}

	@EventListener
	void onBreakerStateChanged(CircuitBreakerStateChangedEvent event) {
		if (PaymentClient.BREAKER_NAME.equals(event.getName())
				&& (event.getTo() == CircuitBreaker.State.CLOSED || event.getTo() == CircuitBreaker.State.HALF_OPEN)) {
			requestRun();
		}
	}

	/**
	 * Asks for a settlement run on the settler's thread, soon. Requests made while one is waiting are merged.
	 * While the settler is stopped, nothing runs: the first sweep after the next start finds the pending orders.
	 */
	public void requestRun() {
		if (this.runRequested.compareAndSet(false, true)) {
			ScheduledExecutorService current = this.executor;
			try {
				if (current == null) {
					throw new RejectedExecutionException("the settler is stopped");
				}
				current.execute(this::requestedRun);
			}
			catch (RejectedExecutionException ex) {
				this.runRequested.set(false);
				logger.info("Settlement run not started (" + ex.getMessage()
						+ "); pending orders are picked up by the first sweep after the next start");
			}
		}
	}

	private void requestedRun() {
		this.runRequested.set(false);
		settleSafely();
	}

	private void sweep() {
		if (this.orders.findSettleableIds(0, this.clock.instant(), 1).isEmpty()) {
			return;
		}
		CircuitBreaker.State state = this.breakers.find(PaymentClient.BREAKER_NAME)
			.map(CircuitBreaker::getState)
			.orElse(CircuitBreaker.State.CLOSED);
		if (state != CircuitBreaker.State.OPEN && state != CircuitBreaker.State.FORCED_OPEN) {
			settleSafely();
		}
	}

	private void settleSafely() {
		try {
			int settled = settlePendingOrders();
			if (settled > 0) {
				logger.info("Settled " + settled + " pending order(s)");
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Settlement run stopped; it is retried at the next sweep", ex);
		}
	}

	/**
	 * Charges pending orders (and orders whose claim expired), oldest first, until none is left or a payment is
	 * deferred again. An order whose charge fails unexpectedly (neither charged, declined nor deferred) stays pending
	 * and is skipped until the next run. Safe to call from several threads or instances at once.
	 * @return how many orders this call settled ({@code PAID} or {@code PAYMENT_FAILED})
	 */
	public int settlePendingOrders() {
		int settled = 0;
		long lastId = 0;
		while (true) {
			List<Long> ids = this.orders.findSettleableIds(lastId, this.clock.instant(),
					this.properties.getBatchSize());
			if (ids.isEmpty()) {
				return settled;
			}
			for (long id : ids) {
				lastId = id;
				String claimToken = OrderService.newToken();
				Instant now = this.clock.instant();
				if (this.orders.claim(id, claimToken, now.plus(this.properties.getClaimLease()), now) == 0) {
					continue; // another run claimed or finished it meanwhile
				}
				ShopOrder order = this.orders.findById(id)
					.orElseThrow(() -> new IllegalStateException("order " + id + " disappeared"));
				OrderStatus status;
				try {
					status = this.orderService.pay(order, claimToken).order().status();
				}
				catch (RuntimeException ex) {
					logger.warn("Order " + id + " could not be settled; it stays pending and is retried next run", ex);
					continue;
				}
				if (status == OrderStatus.PAYMENT_PENDING) {
					return settled; // the gateway is still unavailable: wait for the next event or sweep
				}
				settled++;
			}
		}
	}

	@Override
	public void start() {
		synchronized (this.lifecycleMonitor) {
			if (this.executor != null) {
				return;
			}
			ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "payment-settler");
				thread.setDaemon(true);
				return thread;
			});
			long interval = this.properties.getSweepInterval().toMillis();
			started.scheduleWithFixedDelay(this::sweepSafely, interval, interval, TimeUnit.MILLISECONDS);
			this.executor = started;
		}
	}

	private void sweepSafely() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			// A failed sweep must not cancel the schedule.
			logger.warn("Settlement sweep failed; it runs again in " + this.properties.getSweepInterval(), ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService stopping;
		synchronized (this.lifecycleMonitor) {
			stopping = this.executor;
			this.executor = null;
		}
		if (stopping == null) {
			return;
		}
		stopping.shutdown();
		try {
			if (!stopping.awaitTermination(10, TimeUnit.SECONDS)) {
				logger.warn("Settlement run still busy after 10 s at shutdown; its orders are retried after their "
						+ "claim expires");
				stopping.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			stopping.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
