package dev.breaker.sample.shop.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Orders, and the claims that make sure only one checkout or settlement run charges an order at a time.
 *
 * <p>An order is claimed by a single conditional {@code UPDATE}: only the run whose update changed the row owns it,
 * whatever the number of settlement runs, threads or application instances racing for it. The claim holds a token
 * and an expiry, so an order whose owner died is taken over once its claim expires (charging it again is safe: the
 * gateway charges an idempotency key once).
 */
public interface OrderRepository extends ListCrudRepository<ShopOrder, Long> {

	/**
	 * Returns the ids of the orders a settlement run may claim: pending ones, and those whose claim expired.
	 * @param afterId only ids greater than this one (a run walks through the orders once, oldest first)
	 * @param now the current time
	 * @param limit the maximum number of ids
	 * @return the ids, oldest first
	 */
	@Query("""
			SELECT id FROM orders
			WHERE id > :afterId
				AND (status = 'PAYMENT_PENDING' OR (status = 'PAYMENT_IN_PROGRESS' AND claimed_until < :now))
			ORDER BY id
			LIMIT :limit""")
	List<Long> findSettleableIds(long afterId, Instant now, int limit);

	/**
	 * Claims an order for charging if it is pending, or if its earlier claim expired.
	 * @param id the order
	 * @param claimToken the new owner's token
	 * @param claimedUntil when the new claim expires
	 * @param now the current time
	 * @return 1 if this call claimed the order, 0 if it was not claimable (someone else owns or finished it)
	 */
	@Modifying
	@Query("""
			UPDATE orders
			SET status = 'PAYMENT_IN_PROGRESS', claim_token = :claimToken, claimed_until = :claimedUntil,
				updated_at = :now
			WHERE id = :id
				AND (status = 'PAYMENT_PENDING' OR (status = 'PAYMENT_IN_PROGRESS' AND claimed_until < :now))""")
	int claim(long id, String claimToken, Instant claimedUntil, Instant now);

	/**
	 * Records the outcome of a charge and ends the claim, if the caller still owns it.
	 * @param id the order
	 * @param claimToken the owner's token
	 * @param status the new status
	 * @param paymentReference the gateway's reference when paid
	 * @param message why the order is pending or failed
	 * @param now the current time
	 * @return 1 if the caller still owned the claim and the order was updated, 0 otherwise
	 */
	@Modifying
	@Query("""
			UPDATE orders
			SET status = :status, payment_reference = :paymentReference, message = :message, claim_token = NULL,
				claimed_until = NULL, updated_at = :now
			WHERE id = :id AND claim_token = :claimToken""")
	int complete(long id, String claimToken, String status, @Nullable String paymentReference,
			@Nullable String message, Instant now);

	/**
	 * Counts the orders in a status.
	 * @param status the status
	 * @return how many orders are in it
	 */
	long countByStatus(OrderStatus status);

}
