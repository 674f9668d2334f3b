package dev.breaker.sample.shop.order;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How orders whose payment was deferred get settled.
 */
@ConfigurationProperties("shop.settlement")
public class SettlementProperties {

	/**
	 * How often to look for pending orders, besides the runs started when the payment breaker closes or half-opens.
	 * Also the Retry-After of a deferred checkout when the breaker gives no better estimate.
	 */
	private Duration sweepInterval = Duration.ofSeconds(5);

	/**
	 * How long a checkout or settlement run owns the order it charges; after that another run may take it over.
	 * Must be well above the gateway's connect and read timeouts.
	 */
	private Duration claimLease = Duration.ofMinutes(1);

	/**
	 * How many pending orders a settlement run reads at a time.
	 */
	private int batchSize = 50;

	public Duration getSweepInterval() {
		return this.sweepInterval;
	}

	public void setSweepInterval(Duration sweepInterval) {
		this.sweepInterval = sweepInterval;
	}

	public Duration getClaimLease() {
		return this.claimLease;
	}

	public void setClaimLease(Duration claimLease) {
		this.claimLease = claimLease;
	}

	public int getBatchSize() {
		return this.batchSize;
	}

	public void setBatchSize(int batchSize) {
		this.batchSize = batchSize;
	}

}
