package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as JUnit XML, for the test views of GitLab, Jenkins and other CI servers: one test suite
 * {@code copydesk}; one test case per file, named by its path, with the file's folder (dotted) as class
 * name; one {@code <failure>} per finding, its {@code type} the rule id; one {@code <error>} per file
 * diagnostic that kept the file from being linted. Warnings about a file go to its {@code
 * <system-out>}. A file without findings is a passing test case. No timestamps, so the report is
 * reproducible.
 *
 * <p>Immutable and thread-safe.
 */
public final class JunitReporter implements Reporter {

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String defaultFileName() {
    return "copydesk-junit.xml";
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    int tests = report.results().size();
    int failures = 0;
    int errors = 0;
    for (LintResult r : report.results()) {
      if (hasErrors(r)) {
        errors++;
      } else if (!r.findings().isEmpty()) {
        failures++;
      }
    }
    String counts = " tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"" + Xml.attr(report.tool()) + "\"" + counts + " time=\"0\">\n");
    out.write("  <testsuite name=\"copydesk\"" + counts + " skipped=\"0\" time=\"0\">\n");
    out.write("    <properties>\n");
    out.write("      <property name=\"copydesk.version\" value=\"" + Xml.attr(report.version()) + "\"/>\n");
    out.write("    </properties>\n");
    for (LintResult r : report.results()) {
      out.write("    <testcase name=\"" + Xml.attr(r.id()) + "\" classname=\"" + Xml.attr(className(r.id())) + "\" time=\"0\"");
      List<String> warnings = new ArrayList<>();
      for (Diagnostic d : r.diagnostics()) {
        if (d.level() == Diagnostic.Level.WARNING) {
          warnings.add(r.id() + position(d) + " warning " + d.code() + ": " + d.message());
        }
      }
      if (r.findings().isEmpty() && !hasErrors(r) && warnings.isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      for (Diagnostic d : r.diagnostics()) {
        if (d.level() == Diagnostic.Level.ERROR) {
          out.write("      <error message=\"" + Xml.attr(d.message()) + "\" type=\"" + Xml.attr(d.code()) + "\">");
          out.write(Xml.text(r.id() + position(d) + " error " + d.code() + ": " + d.message()));
          out.write("</error>\n");
        }
      }
      for (Finding f : r.findings()) {
        out.write("      <failure message=\"" + Xml.attr(f.ruleId() + ": " + f.message()) + "\" type=\"" + Xml.attr(f.ruleId()) + "\">");
        out.write(Xml.text(
            r.id() + ":[" + f.start().line() + "," + f.start().column() + "] " + f.severity().id() + " " + f.ruleId()
                + ": " + f.message() + (f.excerpt().isEmpty() ? "" : "\n> " + f.excerpt().replace("\n", "\n> "))));
        out.write("</failure>\n");
      }
      if (!warnings.isEmpty()) {
        out.write("      <system-out>" + Xml.text(String.join("\n", warnings)) + "</system-out>\n");
      }
      out.write("    </testcase>\n");
    }
    out.write("  </testsuite>\n");
    out.write("</testsuites>\n");
    out.flush();
  }

  private static boolean hasErrors(LintResult r) {
    return r.hasErrorDiagnostics();
  }

  private static String position(Diagnostic d) {
    return d.position() == null ? "" : ":[" + d.position().line() + "," + d.position().column() + "]";
  }

  /** The file's folder with dots between segments, dots inside them made underscores; "copydesk" at the root. */
  static String className(String id) {
    int slash = id.lastIndexOf('/');
    if (slash <= 0) {
      return "copydesk";
    }
    StringBuilder b = new StringBuilder();
    for (String seg : id.substring(0, slash).split("/")) {
      if (seg.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(seg.replace('.', '_'));
    }
    return b.length() == 0 ? "copydesk" : b.toString();
  }
}
