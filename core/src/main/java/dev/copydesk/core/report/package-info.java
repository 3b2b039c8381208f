/**
 * Reports: console lines and the versioned JSON report. Reporters read {@link
 * dev.copydesk.core.engine.LintResult results} and never re-parse.
 *
 * <p>Every reporter is immutable and thread-safe.
 */
@NullMarked
package dev.copydesk.core.report;

import org.jspecify.annotations.NullMarked;
