/**
 * A simulated payment gateway served under {@code /gateway}, whose behaviour (up, down, slow, flaky) is switched at
 * run time.
 */
@NullMarked
package dev.breaker.sample.shop.gateway;

import org.jspecify.annotations.NullMarked;
