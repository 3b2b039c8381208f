package dev.copydesk.core.report;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one line per finding and per file diagnostic, which a workflow step
 * that prints them turns into annotations on the pull request's changed lines, without code scanning:
 *
 * <pre>::error file=news/budget.md,line=5,col=1,endLine=5,endColumn=14,title=Copydesk page-chrome::"Leave a Reply" is ...</pre>
 *
 * <p>Errors are {@code ::error}, warnings {@code ::warning}, info findings {@code ::notice}. Paths are the
 * results' ids with the settings' path prefix before them (see {@link ReportSettings#pathPrefix()}), so
 * run from the repository's root or give the prefix. Values are escaped as the Actions toolkit escapes
 * them ({@code %}, line breaks, and in properties {@code :} and {@code ,}). The last line is the console
 * summary, which the log shows as it is. GitHub shows a limited number of annotations per step (ten of
 * each kind when this was written); the log keeps every line.
 *
 * <p>Immutable and thread-safe.
 */
public final class GithubReporter implements Reporter {

  private final String pathPrefix;

  /** Paths as the results' ids. */
  public GithubReporter() {
    this("");
  }

  /** Paths as the results' ids after {@code pathPrefix} (a folder inside the repository, or ""). */
  public GithubReporter(String pathPrefix) {
    this.pathPrefix = pathPrefix.isEmpty() || pathPrefix.endsWith("/") ? pathPrefix : pathPrefix + "/";
  }

  @Override
  public String format() {
    return "github";
  }

  @Override
  public String defaultFileName() {
    return "copydesk-github.txt";
  }

  @Override
  public void write(LintReport report, Writer out) throws IOException {
    for (LintResult r : report.results()) {
      String file = pathPrefix + r.id();
      for (Diagnostic d : r.diagnostics()) {
        String command = d.level() == Diagnostic.Level.ERROR ? "error" : "warning";
        StringBuilder props = new StringBuilder("file=").append(property(file));
        Position p = d.position();
        if (p != null) {
          props.append(",line=").append(p.line()).append(",col=").append(p.column());
        }
        props.append(",title=").append(property("Copydesk " + d.code()));
        line(out, command, props, d.message());
      }
      for (Finding f : r.findings()) {
        String command = switch (f.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
        StringBuilder props = new StringBuilder("file=").append(property(file))
            .append(",line=").append(f.start().line())
            .append(",col=").append(f.start().column())
            .append(",endLine=").append(f.end().line())
            .append(",endColumn=").append(f.end().column())
            .append(",title=").append(property("Copydesk " + f.ruleId()));
        line(out, command, props, f.message());
      }
    }
    out.write(ConsoleReporter.summary(report));
    out.write('\n');
    out.flush();
  }

  private static void line(Writer out, String command, CharSequence properties, String message) throws IOException {
    out.write("::");
    out.write(command);
    out.write(' ');
    out.append(properties);
    out.write("::");
    out.write(data(message));
    out.write('\n');
  }

  /** A message escaped as the Actions toolkit's escapeData does. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value escaped as the Actions toolkit's escapeProperty does. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
