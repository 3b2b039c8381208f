/**
 * The engine and library API: an immutable, thread-safe {@link dev.copydesk.core.engine.Linter} that
 * lints one article, a file, or many files in parallel with deterministic results.
 */
@NullMarked
package dev.copydesk.core.engine;

import org.jspecify.annotations.NullMarked;
