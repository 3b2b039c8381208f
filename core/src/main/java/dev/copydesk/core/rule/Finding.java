package dev.copydesk.core.rule;

import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import java.util.List;

/**
 * One problem a rule found. Created by the engine when a rule reports through its {@link RuleContext};
 * rules never construct findings.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleId the reporting rule's id
 * @param severity the effective severity (configuration overrides applied)
 * @param message what is wrong and what to do, for the writer
 * @param span the exact characters in the source
 * @param start line and column of {@code span.start()}
 * @param end line and column of {@code span.end()} (exclusive)
 * @param excerpt the flagged source characters, shortened when long
 * @param fixes suggested edits, possibly none
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Span span,
    Position start,
    Position end,
    String excerpt,
    List<Fix> fixes) {

  public Finding {
    fixes = List.copyOf(fixes);
  }

  /** Orders findings by position, then rule id, then message: the order every report uses. */
  public static final java.util.Comparator<Finding> ORDER =
      java.util.Comparator.comparing(Finding::span)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);
}
