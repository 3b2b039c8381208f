package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * One line per finding, {@code path:line:column: severity rule-id message}, then one line per file
 * diagnostic and a summary. Immutable and thread-safe.
 */
public final class ConsoleReporter implements Reporter {

  @Override
  public String format() {
    return "console";
  }

  @Override
  public String defaultFileName() {
    return "copydesk.txt";
  }

  /** The line for one finding. */
  public static String line(String id, Finding f) {
    return id + ":" + f.start().line() + ":" + f.start().column() + ": " + f.severity().id() + " " + f.ruleId()
        + " " + oneLine(f.message());
  }

  /** The line for one file diagnostic. */
  public static String line(String id, Diagnostic d) {
    String pos = d.position() == null ? "" : ":" + d.position().line() + ":" + d.position().column();
    return id + pos + ": " + d.level().name().toLowerCase(java.util.Locale.ROOT) + " " + d.code() + " " + oneLine(d.message());
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    for (LintResult r : report.results()) {
      for (Diagnostic d : r.diagnostics()) {
        out.write(line(r.id(), d));
        out.write('\n');
      }
      for (Finding f : r.findings()) {
        out.write(line(r.id(), f));
        out.write('\n');
      }
    }
    out.write(summary(report));
    out.write('\n');
    out.flush();
  }

  /** "12 findings (2 errors, 9 warnings, 1 info) in 3 of 40 files; 1 suppressed; 0 files unreadable". */
  public static String summary(LintReport report) {
    Map<Severity, Long> c = report.countsBySeverity();
    long filesWith = report.results().stream().filter(r -> !r.findings().isEmpty()).count();
    long unread = report.results().stream().filter(r -> !r.isLinted()).count();
    return report.findingCount() + " finding" + (report.findingCount() == 1 ? "" : "s")
        + " (" + c.get(Severity.ERROR) + " error" + (c.get(Severity.ERROR) == 1 ? "" : "s")
        + ", " + c.get(Severity.WARNING) + " warning" + (c.get(Severity.WARNING) == 1 ? "" : "s")
        + ", " + c.get(Severity.INFO) + " info) in " + filesWith + " of " + report.results().size() + " file"
        + (report.results().size() == 1 ? "" : "s")
        + "; " + report.suppressedCount() + " suppressed"
        + "; " + unread + " unreadable";
  }

  private static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\r', ' ');
  }
}
