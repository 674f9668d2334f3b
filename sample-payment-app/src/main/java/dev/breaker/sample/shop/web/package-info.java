/**
 * Error responses shared by the shop's and the gateway's HTTP APIs: RFC 9457 problem details naming the bad field.
 */
@NullMarked
package dev.breaker.sample.shop.web;

import org.jspecify.annotations.NullMarked;
