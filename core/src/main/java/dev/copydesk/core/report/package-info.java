/**
 * Reports: console lines, the versioned JSON report, SARIF 2.1.0, Checkstyle XML, JUnit XML and a
 * self-contained HTML page for editors. Reporters read {@link dev.copydesk.core.engine.LintResult
 * results} and never re-parse; {@link dev.copydesk.core.report.ReportFiles} writes their files
 * atomically.
 *
 * <p>Every reporter is immutable and thread-safe.
 */
@NullMarked
package dev.copydesk.core.report;

import org.jspecify.annotations.NullMarked;
