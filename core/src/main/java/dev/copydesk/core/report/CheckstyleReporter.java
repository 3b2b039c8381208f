package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The report in Checkstyle's XML format, as Jenkins warnings-ng, reviewdog ({@code -f=checkstyle}) and
 * other Checkstyle readers take it: one {@code <file>} per linted file (clean ones too), one {@code
 * <error>} per finding with 1-based {@code line} and {@code column}, {@code severity} {@code error},
 * {@code warning} or {@code info}, and {@code source} {@code copydesk.<category>.<rule-id>} (warnings-ng
 * shows the last part as the type and the one before as the category). A file that could not be read
 * gets one error at line 1 with source {@code copydesk.<diagnostic-code>}.
 *
 * <p>File names are the ids of the results, or absolute paths when a base directory is given (as
 * Checkstyle itself writes them, which both warnings-ng and reviewdog resolve against the workspace).
 * An id in angle brackets, such as the command line's {@code <stdin>}, names no file and is written as
 * it is.
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckstyleReporter implements Reporter {

  /** The Checkstyle format version written in the root element. */
  public static final String FORMAT_VERSION = "10.0";

  private final @Nullable Path baseDirectory;

  /** File names as the results' ids. */
  public CheckstyleReporter() {
    this(null);
  }

  /** File names resolved against {@code baseDirectory} (absolute), or the results' ids when null. */
  public CheckstyleReporter(@Nullable Path baseDirectory) {
    this.baseDirectory = baseDirectory == null ? null : baseDirectory.toAbsolutePath().normalize();
  }

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public String defaultFileName() {
    return "copydesk-checkstyle.xml";
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    Map<String, String> categories = new HashMap<>();
    for (RuleMetadata m : report.rules()) {
      categories.put(m.id(), m.category().id());
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
    for (LintResult r : report.results()) {
      out.write("  <file name=\"" + Xml.attr(fileName(r)) + "\"");
      if (r.findings().isEmpty() && r.diagnostics().isEmpty()) {
        out.write("/>\n");
        continue;
      }
      out.write(">\n");
      for (Diagnostic d : r.diagnostics()) {
        int line = d.position() == null ? 1 : d.position().line();
        out.write("    <error line=\"" + line + "\"");
        if (d.position() != null) {
          out.write(" column=\"" + d.position().column() + "\"");
        }
        out.write(" severity=\"" + (d.level() == Diagnostic.Level.ERROR ? "error" : "warning") + "\"");
        out.write(" message=\"" + Xml.attr(d.message()) + "\"");
        out.write(" source=\"copydesk." + Xml.attr(d.code()) + "\"/>\n");
      }
      for (Finding f : r.findings()) {
        String category = categories.getOrDefault(f.ruleId(), "rule");
        out.write("    <error line=\"" + f.start().line() + "\" column=\"" + f.start().column() + "\"");
        out.write(" severity=\"" + f.severity().id() + "\"");
        out.write(" message=\"" + Xml.attr(f.message()) + "\"");
        out.write(" source=\"copydesk." + Xml.attr(category) + "." + Xml.attr(f.ruleId()) + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
    out.flush();
  }

  private String fileName(LintResult r) {
    if (baseDirectory == null || r.path() == null && isPseudoName(r.id())) {
      return r.id();
    }
    Path p = r.path() != null ? r.path().toAbsolutePath().normalize() : baseDirectory.resolve(r.id()).normalize();
    return p.toString();
  }

  /** Whether {@code id} is a name in angle brackets ({@code <stdin>}), which no path resolves to. */
  static boolean isPseudoName(String id) {
    return id.length() > 2 && id.startsWith("<") && id.endsWith(">");
  }
}
