package dev.copydesk.maven;

import dev.copydesk.core.report.CheckstyleReporter;
import dev.copydesk.core.report.HtmlReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.ReportFiles;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.report.RuleDocs;
import dev.copydesk.core.report.SarifReporter;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The report formats a build asked for, set up for the project: SARIF URIs relative to the repository
 * root, Checkstyle file names absolute (as Checkstyle writes them), the HTML page titled with the
 * project's name. Writes each report atomically into the output directory.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportSet {

  private final List<Reporter> reporters;

  private ReportSet(List<Reporter> reporters) {
    this.reporters = List.copyOf(reporters);
  }

  /**
   * @param formats format ids as configured (case-insensitive; blanks ignored)
   * @param baseDirectory the project directory
   * @param repositoryRoot the repository's root, for SARIF's repository-relative URIs
   * @param ruleDocs the rule documentation URL template, or null for Copydesk's own
   * @param baselined the findings a baseline accepted, or null without a baseline
   * @throws MojoExecutionException on an unknown format or a bad documentation URL
   */
  static ReportSet of(
      List<String> formats,
      Path baseDirectory,
      Path repositoryRoot,
      String projectName,
      @Nullable String ruleDocs,
      @Nullable Predicate<Finding> baselined)
      throws MojoExecutionException {
    Set<String> ids = new LinkedHashSet<>();
    for (String f : formats) {
      for (String part : f.split(",")) {
        if (!part.isBlank()) {
          ids.add(part.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    List<Reporter> out = new ArrayList<>();
    for (String id : ids) {
      if (!Reporters.FORMATS.contains(id)) {
        throw new MojoExecutionException(
            "Copydesk: unknown report format '" + id + "' (expected " + String.join(", ", Reporters.FORMATS) + ")");
      }
      switch (id) {
        case "sarif" -> {
          try {
            SarifReporter.Builder b = SarifReporter.builder().pathPrefix(prefix(baseDirectory, repositoryRoot)).baselined(baselined);
            if (ruleDocs != null && !ruleDocs.isBlank()) {
              b.ruleDocs(RuleDocs.of(ruleDocs.strip()));
            }
            out.add(b.build());
          } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
          }
        }
        case "checkstyle" -> out.add(new CheckstyleReporter(baseDirectory));
        case "html" -> out.add(new HtmlReporter(projectName));
        default -> out.add(Reporters.forFormat(id).orElseThrow());
      }
    }
    return new ReportSet(out);
  }

  /** The project directory's path inside the repository, with a trailing slash, or "" at the root. */
  static String prefix(Path baseDirectory, Path repositoryRoot) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path root = repositoryRoot.toAbsolutePath().normalize();
    if (!base.startsWith(root) || base.equals(root)) {
      return "";
    }
    return root.relativize(base).toString().replace('\\', '/') + "/";
  }

  boolean isEmpty() {
    return reporters.isEmpty();
  }

  /**
   * Writes every report into {@code directory}; returns the files written.
   *
   * @throws MojoExecutionException if the directory cannot be created or written
   */
  List<Path> write(LintReport report, Path directory) throws MojoExecutionException {
    List<Path> written = new ArrayList<>();
    for (Reporter r : reporters) {
      Path file = directory.resolve(r.defaultFileName());
      try {
        ReportFiles.write(file, r, report);
      } catch (AccessDeniedException e) {
        throw new MojoExecutionException(
            "Copydesk cannot write its " + r.format() + " report to " + directory + ": permission denied"
                + " (make the directory writable or set outputDirectory / copydesk.outputDirectory)", e);
      } catch (FileAlreadyExistsException e) {
        throw new MojoExecutionException(
            "Copydesk cannot write its reports to " + directory + ": " + e.getFile() + " exists and is not a directory"
                + " (remove it or set outputDirectory / copydesk.outputDirectory)", e);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Copydesk cannot write its " + r.format() + " report " + file + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
      }
      written.add(file);
    }
    return written;
  }
}
