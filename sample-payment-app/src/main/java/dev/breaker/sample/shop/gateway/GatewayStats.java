package dev.breaker.sample.shop.gateway;

/**
 * The JSON of {@code GET /gateway/stats}.
 *
 * @param chargeCalls charge requests received, whatever their outcome (including those failed on purpose)
 * @param charges distinct orders charged: money taken, once per idempotency key; declines are not counted
 */
public record GatewayStats(long chargeCalls, long charges) {
}
