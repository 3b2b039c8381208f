package dev.copydesk.core.rule;

import dev.copydesk.core.model.Span;

/**
 * A suggested edit: replace the source characters of {@code span} with {@code replacement} (an empty
 * replacement deletes them).
 *
 * <p>Immutable and thread-safe.
 */
public record Fix(Span span, String replacement, String description) {

  public static Fix replace(Span span, String replacement) {
    return new Fix(span, replacement, replacement.isEmpty() ? "Delete" : "Replace with '" + replacement + "'");
  }

  public static Fix delete(Span span) {
    return new Fix(span, "", "Delete");
  }
}
