/**
 * Configuration: {@code .copydesk.yml} (rules on and off, severities, options, include/exclude globs,
 * per-glob overrides) and inline suppressions.
 *
 * <p>Every public type here is immutable and thread-safe unless its Javadoc says otherwise.
 */
@NullMarked
package dev.copydesk.core.config;

import org.jspecify.annotations.NullMarked;
