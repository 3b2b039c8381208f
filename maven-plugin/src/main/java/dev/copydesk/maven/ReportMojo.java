package dev.copydesk.maven;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.baseline.BaselineException;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.report.HtmlReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.ReportFiles;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A project report for the Maven site: the summary (counts by severity and rule) and every finding by
 * file, with a link to the annotated HTML page, which is written beside it as {@code
 * copydesk/copydesk.html}. Never fails the build on findings. Also runs on its own: {@code mvn
 * copydesk:report} writes {@code target/reports/copydesk.html}.
 *
 * <p>Thread-safe ({@code threadSafe = true}): an execution holds nothing beyond its parameters and the
 * sink maven-reporting-impl gives it.
 */
@Mojo(name = "report", threadSafe = true, requiresProject = true)
public final class ReportMojo extends AbstractMavenReport {

  /** The annotated page, relative to the report's directory. */
  static final String ANNOTATED_PAGE = "copydesk/copydesk.html";

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Skips the report. */
  @Parameter(property = "copydesk.skip", defaultValue = "false")
  private boolean skip;

  /** As for {@code check}: directories holding articles; default the conventional ones that exist. */
  @Parameter(property = "copydesk.sourceDirectories")
  private List<File> sourceDirectories;

  /** As for {@code check}: globs of files to lint, relative to each source directory. */
  @Parameter(property = "copydesk.includes")
  private List<String> includes;

  /** As for {@code check}: globs of files to leave out. */
  @Parameter(property = "copydesk.excludes")
  private List<String> excludes;

  /** As for {@code check}: the encoding of files without a byte-order mark. */
  @Parameter(property = "copydesk.encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  /** As for {@code check}: the configuration file; default the nearest {@code .copydesk.yml}. */
  @Parameter(property = "copydesk.configLocation")
  private File configLocation;

  /** As for {@code check}: threads to lint on, 0 for one per processor. */
  @Parameter(property = "copydesk.threads", defaultValue = "0")
  private int threads;

  /** As for {@code check}: files larger than this many bytes are reported and not read. */
  @Parameter(property = "copydesk.maxFileSize", defaultValue = "10485760")
  private long maxFileSize;

  /**
   * As for {@code check}: findings in this baseline are counted as accepted rather than listed. Default:
   * {@code copydesk-baseline.tsv} in the project directory, when it exists.
   */
  @Parameter(property = "copydesk.baselineFile")
  private File baselineFile;

  /** As for {@code check}: whether to reuse results of files that have not changed. */
  @Parameter(property = "copydesk.cache", defaultValue = "true")
  private boolean useCache;

  /** As for {@code check}: where the result cache lives. */
  @Parameter(property = "copydesk.cacheDirectory", defaultValue = "${project.build.directory}/copydesk/cache")
  private File cacheDirectory;

  /** As for {@code check}: whether to log the time parsing and each rule took. */
  @Parameter(property = "copydesk.timing", defaultValue = "false")
  private boolean timing;

  /** The plugin's version: part of the result cache's key. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  private String pluginVersion;

  @Override
  public String getOutputName() {
    return "copydesk";
  }

  @Override
  public String getName(Locale locale) {
    return "Copydesk";
  }

  @Override
  public String getDescription(Locale locale) {
    return "Copy-desk findings in the project's articles: page chrome, cut-off text, unsourced claims and more.";
  }

  @Override
  public boolean canGenerateReport() {
    return !skip && !SourceScanner.directories(ProjectPaths.base(project), directories()).isEmpty();
  }

  private List<Path> directories() {
    return sourceDirectories == null ? List.of() : sourceDirectories.stream().map(File::toPath).toList();
  }

  @Override
  protected void executeReport(Locale locale) throws MavenReportException {
    LintSettings settings = new LintSettings(
        ProjectPaths.base(project),
        ProjectPaths.topLevel(project, session),
        ProjectPaths.displayRoot(project, session),
        directories(),
        includes == null ? List.of() : includes,
        excludes == null ? List.of() : excludes,
        encoding,
        configLocation == null ? null : configLocation.toPath(),
        threads,
        maxFileSize,
        useCache && cacheDirectory != null ? cacheDirectory.toPath() : null,
        pluginVersion == null ? "unknown" : pluginVersion,
        timing,
        ProjectPaths.build(project));
    LintRun run;
    List<LintResult> results;
    int accepted = 0;
    try {
      run = LintRun.execute(settings, getLog());
      results = run.results();
      Path baseline = baselineFile != null
          ? settings.baseDirectory().resolve(baselineFile.toPath()).normalize()
          : settings.baseDirectory().resolve(AbstractLintMojo.DEFAULT_BASELINE);
      if (Files.isRegularFile(baseline)) {
        run.loadFlaggedArticles();
        Baseline.Applied applied = read(baseline).apply(results);
        results = applied.results();
        accepted = applied.acceptedCount();
      }
    } catch (MojoExecutionException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    LintReport report = LintReport.of(results, run.linter().rules().metadata());
    String name = project.getName() == null ? project.getArtifactId() : project.getName();
    Path page = getReportOutputDirectory().toPath().resolve(ANNOTATED_PAGE);
    run.loadFlaggedArticles();
    try {
      ReportFiles.write(page, new HtmlReporter(name), report);
    } catch (IOException e) {
      throw new MavenReportException("Copydesk cannot write " + page + ": " + e.getMessage(), e);
    }
    new SiteReportRenderer(getSink(), report, settings.baseDirectory(), ANNOTATED_PAGE, accepted).render();
    getLog().info("Copydesk report: " + dev.copydesk.core.report.ConsoleReporter.summary(report) + "; "
        + "annotated page " + page);
  }

  private static Baseline read(Path file) throws MojoExecutionException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Baseline.read(in, file.toString());
    } catch (BaselineException | IOException e) {
      throw new MojoExecutionException("Copydesk cannot read the baseline " + file + ": " + e.getMessage(), e);
    }
  }
}
