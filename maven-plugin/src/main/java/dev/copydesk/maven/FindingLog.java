package dev.copydesk.maven;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints findings to the build log, one line each, {@code path:[line,column] severity rule-id: message}
 * as Maven's compiler prints errors, at the log level of the severity (error, warning, info). A file's
 * own problems are printed naming the file: as errors when it could not be checked (unreadable, binary,
 * wrongly encoded, a rule that failed on it), which fails the build, else as warnings.
 *
 * <p>Immutable and thread-safe (Maven's log is).
 */
final class FindingLog {

  private final Log log;
  private final Path baseDirectory;
  private final Path displayRoot;

  /**
   * @param baseDirectory the directory the results' ids are relative to
   * @param displayRoot paths are printed relative to this directory (where Maven was started)
   */
  FindingLog(Log log, Path baseDirectory, Path displayRoot) {
    this.log = log;
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.displayRoot = displayRoot.toAbsolutePath().normalize();
  }

  void print(Iterable<LintResult> results) {
    for (LintResult r : results) {
      String path = display(r.id());
      for (Diagnostic d : r.diagnostics()) {
        if (d.level() == Diagnostic.Level.ERROR) {
          log.error(line(path, d));
        } else {
          log.warn(line(path, d));
        }
      }
      for (Finding f : r.findings()) {
        String line = line(path, f);
        switch (f.severity()) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          case INFO -> log.info(line);
        }
      }
    }
  }

  static String line(String path, Finding f) {
    return path + ":[" + f.start().line() + "," + f.start().column() + "] " + f.severity().id() + " " + f.ruleId() + ": "
        + oneLine(f.message());
  }

  static String line(String path, Diagnostic d) {
    String pos = d.position() == null ? "" : ":[" + d.position().line() + "," + d.position().column() + "]";
    String what = d.level() == Diagnostic.Level.ERROR ? "not linted" : "warning";
    return path + pos + " " + what + " (" + d.code() + "): " + oneLine(d.message());
  }

  /** A file id as a path relative to where Maven was started, when it lies under it. */
  String display(String id) {
    return display(baseDirectory.resolve(id).normalize());
  }

  String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(displayRoot) && !abs.equals(displayRoot)) {
      return displayRoot.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString();
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
