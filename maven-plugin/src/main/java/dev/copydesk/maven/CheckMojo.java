package dev.copydesk.maven;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.GithubReporter;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's articles, prints every finding, writes the reports, then fails the build once if
 * more findings than {@code maxAllowedFindings} are at or above {@code failOnSeverity}, or if a file could
 * not be checked (unreadable, binary, wrongly encoded, too large, a rule that failed on it) and the
 * threshold is not {@code none}. With a baseline, only findings not in it count.
 *
 * <p>Thread-safe ({@code threadSafe = true}): an execution holds nothing beyond its parameters.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public final class CheckMojo extends AbstractLintMojo {

  /**
   * The least severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code
   * none}. Files that could not be checked fail it at any of them but {@code none}.
   */
  @Parameter(property = "copydesk.failOnSeverity", defaultValue = "error")
  private String failOnSeverity;

  /** How many findings at or above {@code failOnSeverity} are tolerated before the build fails. */
  @Parameter(property = "copydesk.maxAllowedFindings", defaultValue = "0")
  private int maxAllowedFindings;

  /**
   * Reports to write: any of {@code console} ({@code copydesk.txt}), {@code json} ({@code copydesk.json}),
   * {@code sarif} ({@code copydesk.sarif}), {@code checkstyle} ({@code copydesk-checkstyle.xml}), {@code
   * junit} ({@code copydesk-junit.xml}), {@code html} ({@code copydesk.html}) and {@code github}
   * ({@code copydesk-github.txt}: GitHub Actions workflow commands, which the check prints itself on
   * GitHub Actions, see {@code githubAnnotations}). Findings are printed to the build log whatever this
   * says.
   */
  @Parameter(property = "copydesk.formats", defaultValue = "json,sarif,html")
  private List<String> formats;

  /**
   * Whether to print each finding (those a baseline accepts aside) as a GitHub Actions workflow command,
   * {@code ::error file=content/news/a.md,line=9,...::message}, on standard output, where the workflow
   * turns it into an annotation on the pull request's changed lines. The build log's own lines start
   * with {@code [ERROR]}, which GitHub does not read. {@code auto} (the default): when the build runs on
   * GitHub Actions ({@code GITHUB_ACTIONS=true}); {@code true}; {@code false}.
   */
  @Parameter(property = "copydesk.githubAnnotations", defaultValue = "auto")
  private String githubAnnotations;

  /** Where the reports go. */
  @Parameter(property = "copydesk.outputDirectory", defaultValue = "${project.build.directory}/copydesk")
  private File outputDirectory;

  /**
   * The repository's root directory: SARIF locations are relative to it, as GitHub code scanning expects.
   * Default: the nearest directory at or above the project holding {@code .git}, else the top-level
   * project's directory.
   */
  @Parameter(property = "copydesk.repositoryRoot")
  private File repositoryRoot;

  /**
   * Where rule documentation lives, for the links in reports: a URL with {@code {id}} for the rule id.
   * Default: Copydesk's rule pages.
   */
  @Parameter(property = "copydesk.ruleDocsUrl")
  private String ruleDocsUrl;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Copydesk: skipped (copydesk.skip)");
      return;
    }
    Verdict verdict;
    try {
      verdict = Verdict.of(failOnSeverity, maxAllowedFindings);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
    boolean annotate = annotates(githubAnnotations, System.getenv());
    LintSettings settings = settings();
    LintRun run = LintRun.execute(settings, getLog());
    List<LintResult> results = run.results();
    Baseline.Applied applied = null;
    String baselineDigest = "none";
    Path baselinePath = baselinePath();
    if (Files.isRegularFile(baselinePath)) {
      byte[] baseline = readBaseline(baselinePath);
      baselineDigest = Sha256.hex(baseline);
      run.loadFlaggedArticles(); // a baseline matches findings by the text around them
      applied = parseBaseline(baseline, baselinePath).apply(results);
      results = applied.results();
    } else if (baselineConfigured()) {
      getLog().warn("Copydesk: baseline file " + baselinePath + " does not exist; every finding counts"
          + " (write one with copydesk:baseline)");
    }
    FindingLog out = new FindingLog(getLog(), settings.baseDirectory(), settings.displayRoot());
    out.print(results);
    LintReport report = LintReport.of(results, run.linter().rules().metadata());
    if (annotate) {
      printAnnotations(report, ReportSet.prefix(settings.baseDirectory(), ProjectPaths.repositoryRoot(project, session, repositoryRoot)));
    }
    ReportSet reports = ReportSet.of(
        formats == null ? List.of() : formats,
        settings.baseDirectory(),
        ProjectPaths.repositoryRoot(project, session, repositoryRoot),
        project.getName() == null ? project.getArtifactId() : project.getName(),
        ruleDocsUrl,
        applied == null ? null : applied::isAccepted);
    Path reportDirectory = outputDirectory.toPath();
    // Reports are a function of the results, the baseline and the report settings: with the same
    // digest as when they were written, rendering them again (and reading every flagged article again
    // for the HTML page) would give the same bytes.
    String baselineKey = " baseline " + baselineDigest;
    String reportInputs = run.digest().map(d -> d + baselineKey).orElse(null);
    List<Path> written;
    if (reportInputs != null && reports.isUpToDate(reportDirectory, reportInputs)) {
      written = reports.files(reportDirectory);
      getLog().info("Copydesk: reports up to date (same results as when they were written); not written again");
    } else {
      if (reports.readsArticles()) {
        run.loadFlaggedArticles();
      }
      written = reports.write(report, reportDirectory, reportInputs, run.linter().threads());
    }
    List<String> paths = written.stream().map(out::display).toList();
    getLog().info("Copydesk: " + ConsoleReporter.summary(report));
    if (applied != null) {
      String baselineName = out.display(baselinePath);
      getLog().info("Copydesk: baseline " + baselineName + " accepted " + applied.acceptedCount() + " of "
          + (applied.acceptedCount() + applied.newFindings()) + " findings; " + applied.newFindings() + " new");
      if (!applied.gone().isEmpty()) {
        getLog().info("Copydesk: " + applied.gone().size() + " baseline "
            + (applied.gone().size() == 1 ? "entry matches" : "entries match")
            + " no finding any more (fixed or rewritten); run copydesk:baseline to drop "
            + (applied.gone().size() == 1 ? "it" : "them"));
      }
    }
    if (!paths.isEmpty()) {
      getLog().info("Copydesk reports: " + String.join(", ", paths));
    }
    if (verdict.fails(results)) {
      throw new MojoFailureException(verdict.failureMessage(report, paths));
    }
  }

  /**
   * Whether {@code setting} ({@code auto}, {@code true} or {@code false}, any case) asks for GitHub
   * annotations, {@code auto} reading {@code GITHUB_ACTIONS} in {@code environment}.
   */
  static boolean annotates(String setting, Map<String, String> environment) throws MojoExecutionException {
    return switch (setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT)) {
      case "auto", "" -> "true".equals(environment.get("GITHUB_ACTIONS"));
      case "true" -> true;
      case "false" -> false;
      default -> throw new MojoExecutionException(
          "Copydesk: githubAnnotations must be auto, true or false, not '" + setting + "'");
    };
  }

  /**
   * Prints the report's workflow commands to standard output, bypassing the log, whose prefix would hide
   * them from GitHub. Paths are relative to the repository's root: the project's {@code prefix} comes first.
   */
  private static void printAnnotations(LintReport report, String prefix) throws MojoExecutionException {
    StringWriter commands = new StringWriter();
    try {
      new GithubReporter(prefix).write(report, commands);
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk: cannot write GitHub annotations: " + e.getMessage(), e);
    }
    PrintStream stdout = System.out;
    // The reporter's last line is the summary, which the log prints already.
    commands.toString().lines().filter(l -> l.startsWith("::")).forEach(stdout::println);
    stdout.flush();
  }
}
