package dev.copydesk.evaluation;

import dev.copydesk.core.rule.Finding;
import java.util.Locale;

/** Formatting shared by the sections. */
final class Report {

  private Report() {}

  /** {@code id:line:col severity rule message [excerpt]} on one line. */
  static String describe(String id, Finding f) {
    return id + ":" + f.start() + " " + f.severity().id() + " " + f.ruleId() + " " + f.message()
        + "  [" + oneLine(f.excerpt()) + "]";
  }

  static String oneLine(String s) {
    return s.replace("\r", "").replace('\n', ' ');
  }

  static String pct(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
  }

  static String ratio(long part, long whole) {
    return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
  }

  /** The last {@code n} characters of {@code s}, on one line. */
  static String tail(String s, int n) {
    String t = oneLine(s.strip());
    return t.length() <= n ? t : "\u2026" + t.substring(t.length() - n);
  }
}
