/**
 * A result cache for runs over files: a file whose content, effective configuration, Copydesk version
 * and rule code have not changed since the last run gets its stored findings back instead of being
 * parsed and linted again. Built for the Maven plugin ({@code target/copydesk/cache}) and usable by any
 * library caller; see {@link dev.copydesk.core.cache.ResultCache}.
 */
@NullMarked
package dev.copydesk.core.cache;

import org.jspecify.annotations.NullMarked;
