package dev.breaker.sample.shop.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.breaker.sample.shop.catalog.Product;
import dev.breaker.sample.shop.catalog.ProductRepository;
import dev.breaker.sample.shop.payment.CardDeclinedException;
import dev.breaker.sample.shop.payment.ChargeRequest;
import dev.breaker.sample.shop.payment.PaymentClient;
import dev.breaker.sample.shop.payment.PaymentResult;
import dev.breaker.sample.shop.web.InvalidRequestException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Places orders and charges them.
 *
 * <p>A checkout saves the order first ({@link OrderStatus#PAYMENT_IN_PROGRESS}, claimed by the checkout), then
 * charges it through the {@link PaymentClient} outside any transaction, then records the outcome:
 * {@link OrderStatus#PAID}, {@link OrderStatus#PAYMENT_FAILED} on a decline, or {@link OrderStatus#PAYMENT_PENDING}
 * when the payment was deferred. Whatever happens after the order was saved, it is never lost: a pending order, or
 * one whose claim expired because its owner died, is settled by the {@link PendingPaymentSettler}.
 *
 * <p>This class is thread-safe.
 */
@Service
public class OrderService {

	/** The message of an order whose payment was deferred. */
	public static final String PENDING_MESSAGE = "payment temporarily unavailable; "
			+ "your order is saved and will be charged when the payment service recovers";

	static final String CURRENCY = "EUR";

	static final int MAX_ITEMS = 100;

	static final int MAX_QUANTITY = 1000;

	static final int MAX_CUSTOMER_LENGTH = 200;

	private static final Log logger = LogFactory.getLog(OrderService.class);

	private final OrderRepository orders;

	private final ProductRepository products;

	private final PaymentClient paymentClient;

	private final SettlementProperties settlement;

	private final Clock clock;

	OrderService(OrderRepository orders, ProductRepository products, PaymentClient paymentClient,
			SettlementProperties settlement, Clock clock) {
		this.orders = orders;
		this.products = products;
		this.paymentClient = paymentClient;
		this.settlement = settlement;
		this.clock = clock;
	}

	/**
	 * Places an order and charges it.
	 * @param request the order
	 * @return the order after the charge: paid, failed or pending
	 * @throws InvalidRequestException if the request names no customer, no items, an unknown SKU or a bad quantity
	 */
	public CheckoutResult checkout(OrderRequest request) {
		String customer = validCustomer(request.customer());
		List<OrderLine> lines = validLines(request.items());
		Instant now = now();
		String claimToken = newToken();
		ShopOrder order = this.orders.save(ShopOrder.place(customer, lines, CURRENCY, newToken(), claimToken,
				now.plus(this.settlement.getClaimLease()), now));
		return pay(order, claimToken);
	}

	/**
	 * Returns an order.
	 * @param id the order's id
	 * @return the order, or {@code null} if there is none with this id
	 */
	public @Nullable ShopOrder find(long id) {
		return this.orders.findById(id).orElse(null);
	}

	/**
	 * Charges an order the caller has claimed, with the order's idempotency key, records the outcome and ends the
	 * claim.
	 * @param order the order
	 * @param claimToken the caller's claim on it
	 * @return the order as stored afterwards
	 */
	CheckoutResult pay(ShopOrder order, String claimToken) {
		ChargeRequest charge = new ChargeRequest(order.idempotencyKey(), order.requiredId(), order.customer(),
				order.total(), order.currency());
		PaymentResult result;
		try {
			result = this.paymentClient.charge(charge);
		}
		catch (CardDeclinedException ex) {
			return complete(order, claimToken, OrderStatus.PAYMENT_FAILED, null, ex.getMessage(), Duration.ZERO);
		}
		catch (RuntimeException ex) {
			// Neither charged nor declined as far as we know: keep the order for the settlement job, then fail.
			complete(order, claimToken, OrderStatus.PAYMENT_PENDING, null, PENDING_MESSAGE, Duration.ZERO);
			throw ex;
		}
		if (result.status() == PaymentResult.Status.APPROVED) {
			return complete(order, claimToken, OrderStatus.PAID, result.reference(), null, Duration.ZERO);
		}
		Duration retryAfter = result.retryAfter().isZero() ? this.settlement.getSweepInterval() : result.retryAfter();
		return complete(order, claimToken, OrderStatus.PAYMENT_PENDING, null, PENDING_MESSAGE, retryAfter);
	}

	private CheckoutResult complete(ShopOrder order, String claimToken, OrderStatus status,
			@Nullable String reference, @Nullable String message, Duration retryAfter) {
		long id = order.requiredId();
		Instant now = now();
		if (this.orders.complete(id, claimToken, status.name(), reference, message, now) == 1) {
			return new CheckoutResult(order.completed(status, reference, message, now), retryAfter);
		}
		logger.warn("Order " + id + " was taken over by another settlement run before its outcome " + status
				+ " could be recorded; the gateway's idempotency key keeps it from being charged twice");
		ShopOrder stored = this.orders.findById(id)
			.orElseThrow(() -> new IllegalStateException("order " + id + " disappeared"));
		return new CheckoutResult(stored, (stored.status() == OrderStatus.PAYMENT_PENDING) ? retryAfter : Duration.ZERO);
	}

	/**
	 * Counts the orders in every status.
	 * @return the number of orders per status, in the order of {@link OrderStatus}
	 */
	public Map<OrderStatus, Long> countByStatus() {
		Map<OrderStatus, Long> counts = new LinkedHashMap<>();
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, this.orders.countByStatus(status));
		}
		return counts;
	}

	/** The current time at the precision the database keeps, so that responses and reads agree. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static String newToken() {
		return UUID.randomUUID().toString();
	}

	private static String validCustomer(@Nullable String customer) {
		if (customer == null || customer.isBlank()) {
			throw new InvalidRequestException("customer", "customer is required");
		}
		if (customer.length() > MAX_CUSTOMER_LENGTH) {
			throw new InvalidRequestException("customer",
					"customer must be at most " + MAX_CUSTOMER_LENGTH + " characters but was " + customer.length());
		}
		return customer.trim();
	}

	private List<OrderLine> validLines(@Nullable List<OrderRequest.@Nullable Item> items) {
		if (items == null || items.isEmpty()) {
			throw new InvalidRequestException("items", "items must hold at least one item");
		}
		if (items.size() > MAX_ITEMS) {
			throw new InvalidRequestException("items",
					"items must hold at most " + MAX_ITEMS + " items but held " + items.size());
		}
		List<String> skus = items.stream()
			.map((item) -> (item != null) ? item.sku() : null)
			.filter(Objects::nonNull)
			.toList();
		Map<String, Product> catalogue = this.products.findAllById(skus)
			.stream()
			.collect(Collectors.toMap(Product::sku, Function.identity()));
		List<OrderLine> lines = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			lines.add(validLine(i, items.get(i), catalogue));
		}
		return lines;
	}

	private static OrderLine validLine(int index, OrderRequest.@Nullable Item item, Map<String, Product> catalogue) {
		String field = "items[" + index + "]";
		if (item == null) {
			throw new InvalidRequestException(field, field + " must be an object with a sku and a quantity");
		}
		if (item.sku() == null || item.sku().isBlank()) {
			throw new InvalidRequestException(field + ".sku", "sku is required");
		}
		Product product = catalogue.get(item.sku());
		if (product == null) {
			throw new InvalidRequestException(field + ".sku",
					"unknown sku '" + item.sku() + "'; GET /api/products lists the known ones");
		}
		Integer quantity = item.quantity();
		if (quantity == null || quantity < 1 || quantity > MAX_QUANTITY) {
			throw new InvalidRequestException(field + ".quantity",
					"quantity must be between 1 and " + MAX_QUANTITY + " but was " + quantity);
		}
		BigDecimal price = product.price();
		return new OrderLine(product.sku(), quantity, price);
	}

}
