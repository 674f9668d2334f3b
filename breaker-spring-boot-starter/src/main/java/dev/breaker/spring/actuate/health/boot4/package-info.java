/**
 * The circuit breakers health indicator for Spring Boot 4.0 ({@code org.springframework.boot.health.contributor}).
 */
@NullMarked
package dev.breaker.spring.actuate.health.boot4;

import org.jspecify.annotations.NullMarked;
