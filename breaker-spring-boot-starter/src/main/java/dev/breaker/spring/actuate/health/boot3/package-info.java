/**
 * The circuit breakers health indicator for Spring Boot 3.5 ({@code org.springframework.boot.actuate.health}). Not
 * compiled by the {@code boot4} build profile.
 */
@NullMarked
package dev.breaker.spring.actuate.health.boot3;

import org.jspecify.annotations.NullMarked;
