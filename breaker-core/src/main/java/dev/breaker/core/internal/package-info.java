/**
 * The implementation of breaker's core. Not public API: nothing outside {@code breaker-core} may use it, and it
 * changes without notice.
 */
@NullMarked
package dev.breaker.core.internal;

import org.jspecify.annotations.NullMarked;
