/**
 * The circuit breakers health contributor: version-neutral evaluation, adapted to Spring Boot 3.5 and 4.0 by the
 * {@code boot3} and {@code boot4} sub-packages.
 */
@NullMarked
package dev.breaker.spring.actuate.health;

import org.jspecify.annotations.NullMarked;
