package dev.copydesk.maven;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.report.RuleListing;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * Prints the rules {@code check} would run, as the project's configuration sets them: every rule of the
 * pack with its severity ({@code off} for a rule that does not run) and summary, each option of a rule
 * that runs under it with its value. With {@code -Dcopydesk.file=PATH}, for that file, with the
 * configuration's overrides for its path (the file is not read, and need not exist); without, for a file
 * no override applies to. Nothing is linted. The command line's {@code --list-rules} prints the same.
 *
 * <p>Thread-safe ({@code threadSafe = true}): an execution holds nothing beyond its parameters.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = true)
public final class RulesMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /**
   * The configuration file. Default: {@code .copydesk.yml} in the project directory, or in the nearest
   * parent directory up to the build's top-level project, as {@code check} finds it; without one, every
   * rule at its defaults. A file named here must exist.
   */
  @Parameter(property = "copydesk.configLocation")
  private File configLocation;

  /** The file to list the rules for, relative to the project directory; none for the defaults of every file. */
  @Parameter(property = "copydesk.file")
  private File file;

  /**
   * One rule to explain instead of listing them all: its summary, description, severity and category,
   * and each option with its type, default, value and what it does ({@code mvn copydesk:rules
   * -Dcopydesk.rule=page-chrome}).
   */
  @Parameter(property = "copydesk.rule")
  private String rule;

  @Override
  public void execute() throws MojoExecutionException {
    // Only what finds the configuration matters here: no file is read or linted.
    LintSettings settings = new LintSettings(
        ProjectPaths.base(project),
        ProjectPaths.topLevel(project, session),
        ProjectPaths.displayRoot(project, session),
        List.of(),
        List.of(),
        List.of(),
        null,
        configLocation == null ? null : configLocation.toPath(),
        1,
        0,
        null,
        "unused",
        false,
        null);
    Path path = file == null ? null : file.toPath();
    for (String line : rule == null || rule.isBlank() ? listing(settings, path) : explanation(settings, rule.strip(), path)) {
      getLog().info(line);
    }
  }

  /** {@link RuleListing#explain} of {@code rule} for {@code file}, as {@link #listing} reads them. */
  static List<String> explanation(LintSettings settings, String rule, @Nullable Path file) throws MojoExecutionException {
    Path configFile = LintRun.configFile(settings);
    Linter linter = LintRun.linter(settings, configFile, null);
    String id = file == null ? null : Linter.idOf(settings.baseDirectory(), settings.baseDirectory().resolve(file));
    try {
      return RuleListing.explain(linter, rule, id);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
  }

  /**
   * The listing for {@code file} (relative to the project directory, or absolute), or for a file no
   * override applies to when it is null, with the configuration {@code settings} resolve to.
   */
  static List<String> listing(LintSettings settings, @Nullable Path file) throws MojoExecutionException {
    Path configFile = LintRun.configFile(settings);
    Linter linter = LintRun.linter(settings, configFile, null);
    String id = file == null ? null : Linter.idOf(settings.baseDirectory(), settings.baseDirectory().resolve(file));
    return RuleListing.lines(linter, id);
  }
}
