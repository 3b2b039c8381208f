package dev.copydesk.maven;

import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.ReportFiles;
import dev.copydesk.core.report.ReportSettings;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.report.RuleDocs;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The report formats a build asked for, set up for the project: SARIF URIs relative to the repository
 * root, Checkstyle file names absolute (as Checkstyle writes them), the HTML page titled with the
 * project's name. Writes each report atomically into the output directory.
 *
 * <p>Told a digest of what the results depend on, it writes a stamp beside the reports (the digest
 * with these settings, and each report's size and modification time), so that a build whose results
 * and settings are the same can see that the reports are up to date and leave them alone. Any
 * difference (a report edited, deleted or written by another run) means writing them all again.
 *
 * <p>Immutable and thread-safe.
 */
final class ReportSet {

  /** The stamp file, in the output directory. */
  static final String STAMP = ".copydesk-reports.stamp";

  private final List<Reporter> reporters;
  private final String settings;

  private ReportSet(List<Reporter> reporters, String settings) {
    this.reporters = List.copyOf(reporters);
    this.settings = settings;
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
    List<String> ids;
    List<Reporter> out;
    try {
      ids = Reporters.parseFormats(formats);
      ReportSettings.Builder b = ReportSettings.builder()
          .baseDirectory(baseDirectory)
          .pathPrefix(prefix(baseDirectory, repositoryRoot))
          .project(projectName)
          .baselined(baselined);
      // Only SARIF links rules to their documentation: a bad URL matters only when it is written.
      if (ids.contains("sarif") && ruleDocs != null && !ruleDocs.isBlank()) {
        b.ruleDocs(RuleDocs.of(ruleDocs.strip()));
      }
      ReportSettings reportSettings = b.build();
      out = ids.stream().map(id -> Reporters.forFormat(id, reportSettings).orElseThrow()).toList();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
    // Everything above that shapes a report's bytes besides the results.
    String settings = "formats " + ids + "\nbase " + baseDirectory.toAbsolutePath().normalize()
        + "\nprefix " + prefix(baseDirectory, repositoryRoot) + "\nproject " + projectName
        + "\nrule-docs " + ruleDocs + "\nbaseline " + (baselined != null) + "\n";
    return new ReportSet(out, settings);
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

  /** Whether these reports need the articles' text: SARIF fingerprints and the HTML page do. */
  boolean readsArticles() {
    return reporters.stream().anyMatch(Reporter::readsArticles);
  }

  /** The report files in {@code directory}, in the order of the formats. */
  List<Path> files(Path directory) {
    return reporters.stream().map(r -> directory.resolve(r.defaultFileName())).toList();
  }

  /**
   * Writes every report into {@code directory}; returns the files written.
   *
   * @throws MojoExecutionException if the directory cannot be created or written
   */
  List<Path> write(LintReport report, Path directory) throws MojoExecutionException {
    return write(report, directory, null, 1);
  }

  /**
   * Whether the reports in {@code directory} were written by {@link #write(LintReport, Path, String)}
   * from results whose digest was {@code inputs}, with these settings, and are still as they were left.
   */
  boolean isUpToDate(Path directory, String inputs) {
    List<Path> files = files(directory);
    return !files.isEmpty() && stamp(key(inputs), files).equals(read(directory.resolve(STAMP)));
  }

  /**
   * Writes every report into {@code directory}; returns the files written. With {@code inputs}, a
   * digest of everything {@code report} depends on, also writes the stamp that {@link #isUpToDate}
   * compares with. Up to {@code threads} reports are written at a time.
   *
   * @throws MojoExecutionException if the directory cannot be created or written
   */
  List<Path> write(LintReport report, Path directory, @Nullable String inputs, int threads) throws MojoExecutionException {
    Path stamp = directory.resolve(STAMP);
    try {
      // Gone before any report changes, so that an interrupted write is never taken for up to date.
      Files.deleteIfExists(stamp);
    } catch (IOException e) {
      // Then it no longer matches the reports' sizes and times once they are written.
    }
    writeAll(report, directory, threads);
    List<Path> files = files(directory);
    if (inputs != null && !files.isEmpty()) {
      String content = stamp(key(inputs), files);
      try {
        ReportFiles.writeAtomically(stamp, out -> out.write(content));
      } catch (IOException e) {
        // Without a stamp the reports are written again next time; nothing else depends on it.
      }
    }
    return files;
  }

  private String key(String inputs) {
    return Sha256.hex(settings + "inputs " + inputs + "\n");
  }

  /** The key, then each report's name, size and modification time; "" when one cannot be read. */
  private static String stamp(String key, List<Path> files) {
    StringBuilder b = new StringBuilder(key).append('\n');
    for (Path f : files) {
      try {
        b.append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
            .append(Files.getLastModifiedTime(f).toMillis()).append('\n');
      } catch (IOException e) {
        return "";
      }
    }
    return b.toString();
  }

  private static String read(Path stamp) {
    try {
      return Files.readString(stamp, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "no stamp";
    }
  }

  private void writeAll(LintReport report, Path directory, int threads) throws MojoExecutionException {
    List<Path> files = files(directory);
    List<@Nullable IOException> failures = ReportFiles.writeAll(files, reporters, report, threads);
    for (int i = 0; i < failures.size(); i++) {
      IOException e = failures.get(i);
      if (e == null) {
        continue;
      }
      Reporter r = reporters.get(i);
      if (e instanceof AccessDeniedException) {
        throw new MojoExecutionException(
            "Copydesk cannot write its " + r.format() + " report to " + directory + ": permission denied"
                + " (make the directory writable or set outputDirectory / copydesk.outputDirectory)", e);
      }
      if (e instanceof FileAlreadyExistsException exists) {
        throw new MojoExecutionException(
            "Copydesk cannot write its reports to " + directory + ": " + exists.getFile() + " exists and is not a directory"
                + " (remove it or set outputDirectory / copydesk.outputDirectory)", e);
      }
      throw new MojoExecutionException(
          "Copydesk cannot write its " + r.format() + " report " + files.get(i) + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
  }
}
