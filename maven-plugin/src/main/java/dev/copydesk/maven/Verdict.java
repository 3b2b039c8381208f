package dev.copydesk.maven;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether findings fail the build: those at or above the threshold severity are counted, and the build
 * fails when there are more than allowed, or when a file could not be checked (an error diagnostic:
 * unreadable, binary, wrongly encoded, too large, a rule that failed on it), whatever the limit; a
 * threshold of none lets both pass. Describes the outcome for the failure message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param threshold the least severity that counts, or null for none (never fail)
 * @param maxAllowed how many counted findings are tolerated
 */
record Verdict(@Nullable Severity threshold, int maxAllowed) {

  /**
   * Parses {@code failOnSeverity}: error, warning, info or none.
   *
   * @throws IllegalArgumentException with a message naming the accepted values
   */
  static Verdict of(String failOnSeverity, int maxAllowed) {
    if (maxAllowed < 0) {
      throw new IllegalArgumentException("maxAllowedFindings must be 0 or more, was " + maxAllowed);
    }
    String v = failOnSeverity == null ? "error" : failOnSeverity.strip().toLowerCase(Locale.ROOT);
    if (v.equals("none")) {
      return new Verdict(null, maxAllowed);
    }
    try {
      return new Verdict(Severity.parse(v), maxAllowed);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "failOnSeverity must be error, warning, info or none, was '" + failOnSeverity + "'", e);
    }
  }

  /** How many active findings count against the limit. */
  long counted(List<LintResult> results) {
    if (threshold == null) {
      return 0;
    }
    return results.stream().mapToLong(r -> r.countAtLeast(threshold)).sum();
  }

  boolean fails(List<LintResult> results) {
    return threshold != null && (counted(results) > maxAllowed || !unchecked(results).isEmpty());
  }

  /** The results of files that could not be checked: read, decoded, parsed or run through every rule. */
  static List<LintResult> unchecked(List<LintResult> results) {
    return results.stream().filter(LintResult::hasErrorDiagnostics).toList();
  }

  /**
   * What the baseline goal says when files could not be checked: a baseline holds findings, so {@code
   * check} still fails on those files, which a team adopting Copydesk on an old archive would otherwise
   * learn only from the next build.
   */
  static Optional<String> baselineCannotAccept(List<LintResult> results) {
    List<LintResult> unchecked = unchecked(results);
    if (unchecked.isEmpty()) {
      return Optional.empty();
    }
    boolean one = unchecked.size() == 1;
    return Optional.of("Copydesk: " + unchecked.size() + (one ? " file" : " files")
        + " could not be checked, and a baseline cannot accept " + (one ? "it" : "them")
        + ": copydesk:check fails on " + (one ? "it" : "them") + " until " + (one ? "it is" : "they are")
        + " fixed or left out with the configuration's exclude (" + named(unchecked) + ")");
  }

  /** At most this many files not checked are named in the failure message; the log names them all. */
  static final int NAMED_UNCHECKED = 10;

  /** The failure message: what exceeded the limit, counts by severity and by rule, where the reports are. */
  String failureMessage(LintReport report, List<String> reportPaths) {
    long counted = counted(report.results());
    List<LintResult> unchecked = unchecked(report.results());
    StringBuilder b = new StringBuilder();
    if (counted > maxAllowed || unchecked.isEmpty()) {
      b.append("Copydesk found ").append(counted).append(counted == 1 ? " finding" : " findings")
          .append(" at or above ").append(threshold == null ? "none" : threshold.id())
          .append(maxAllowed == 0 ? " (none allowed)" : ", more than the " + maxAllowed + " allowed (maxAllowedFindings)")
          .append('.');
      if (!unchecked.isEmpty()) {
        b.append(' ');
      }
    }
    if (!unchecked.isEmpty()) {
      b.append("Copydesk could not check ").append(unchecked.size()).append(unchecked.size() == 1 ? " file" : " files")
          .append(": fix ").append(unchecked.size() == 1 ? "it" : "them")
          .append(" or leave ").append(unchecked.size() == 1 ? "it" : "them")
          .append(" out with the configuration's exclude.");
    }
    b.append("\n  by severity: ").append(bySeverity(report));
    b.append("\n  by rule: ").append(byRule(report));
    if (!unchecked.isEmpty()) {
      b.append("\n  not checked: ").append(named(unchecked));
    }
    if (!reportPaths.isEmpty()) {
      b.append("\n  reports: ").append(String.join(", ", reportPaths));
    }
    return b.toString();
  }

  /** The first {@link #NAMED_UNCHECKED} of {@code unchecked} with their error codes, and how many more. */
  private static String named(List<LintResult> unchecked) {
    List<String> named = new ArrayList<>();
    for (LintResult r : unchecked.subList(0, Math.min(NAMED_UNCHECKED, unchecked.size()))) {
      named.add(r.id() + " (" + r.diagnostics().stream()
          .filter(d -> d.level() == Diagnostic.Level.ERROR)
          .map(Diagnostic::code)
          .distinct()
          .collect(Collectors.joining(", ")) + ")");
    }
    String more = unchecked.size() > NAMED_UNCHECKED
        ? " and " + (unchecked.size() - NAMED_UNCHECKED) + " more (see the log)"
        : "";
    return String.join(", ", named) + more;
  }

  static String bySeverity(LintReport report) {
    Map<Severity, Long> c = report.countsBySeverity();
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      long n = c.get(s);
      parts.add(n + " " + s.id() + (n != 1 && s != Severity.INFO ? "s" : ""));
    }
    return String.join(", ", parts);
  }

  static String byRule(LintReport report) {
    Map<String, Long> c = report.countsByRule();
    if (c.isEmpty()) {
      return "none";
    }
    return c.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
