package dev.copydesk.maven;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.baseline.BaselineException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the {@code check}, {@code baseline} and {@code fix} goals share: which files to lint and how. Subclasses hold no
 * state beyond their parameters, so that parallel builds can run them side by side.
 */
abstract class AbstractLintMojo extends AbstractMojo {

  /** The default baseline file, in the project directory. */
  static final String DEFAULT_BASELINE = "copydesk-baseline.tsv";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Skips Copydesk. */
  @Parameter(property = "copydesk.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Directories holding articles, relative to the project directory. Default: whichever of {@code
   * content}, {@code src/main/content}, {@code src/site/markdown} and {@code docs} exist. On the command
   * line, separate several with commas.
   */
  @Parameter(property = "copydesk.sourceDirectories")
  protected List<File> sourceDirectories;

  /**
   * Files to lint, as globs relative to each source directory ({@code *} within a folder, {@code **}
   * across folders, {@code {md,html}} alternatives; a glob without a slash matches file names in any
   * folder). Default: Markdown, HTML and text files ({@code **}{@code /*.md}, {@code .markdown}, {@code
   * .mdown}, {@code .mkd}, {@code .mdx}, {@code .html}, {@code .htm}, {@code .xhtml}, {@code .txt},
   * {@code .text}). The {@code include} list of {@code .copydesk.yml}, relative to the project directory,
   * applies as well.
   */
  @Parameter(property = "copydesk.includes")
  protected List<String> includes;

  /** Files to leave out, as globs relative to each source directory. None by default. */
  @Parameter(property = "copydesk.excludes")
  protected List<String> excludes;

  /**
   * The encoding of files without a byte-order mark, except HTML pages that declare their own charset
   * ({@code <meta charset>}), which are read in that one. Default: {@code project.build.sourceEncoding},
   * or UTF-8 when that is not set. A file that is not valid in it is reported and skipped.
   */
  @Parameter(property = "copydesk.encoding", defaultValue = "${project.build.sourceEncoding}")
  protected String encoding;

  /**
   * The configuration file. Default: {@code .copydesk.yml} in the project directory, or in the nearest
   * parent directory up to the build's top-level project; without one, every rule runs at its defaults.
   * A file named here must exist.
   */
  @Parameter(property = "copydesk.configLocation")
  protected File configLocation;

  /** Threads to lint on; 0 (the default) means one per available processor. Results do not depend on it. */
  @Parameter(property = "copydesk.threads", defaultValue = "0")
  protected int threads;

  /** Files larger than this many bytes are reported and not read. Default: 10 MiB. */
  @Parameter(property = "copydesk.maxFileSize", defaultValue = "10485760")
  protected long maxFileSize;

  /**
   * The baseline: findings accepted as they are, written by the {@code baseline} goal. {@code check} then
   * fails only on findings that are not in it. Default: {@code copydesk-baseline.tsv} in the project
   * directory, used by {@code check} when it exists.
   */
  @Parameter(property = "copydesk.baselineFile")
  protected File baselineFile;

  /**
   * Whether to keep each file's results in a cache and reuse them while neither the file, nor its
   * effective configuration (rules, severities, options, the files styles and vocabularies are read
   * from), nor the Copydesk version changes. Results are the same either way; {@code
   * -Dcopydesk.cache=false} lints every file afresh.
   */
  @Parameter(property = "copydesk.cache", defaultValue = "true")
  protected boolean useCache;

  /**
   * Where the result cache lives, one small entry per file. Deleting it is always safe. Executions that
   * lint different files or with different configurations in one project should each have their own.
   */
  @Parameter(property = "copydesk.cacheDirectory", defaultValue = "${project.build.directory}/copydesk/cache")
  protected File cacheDirectory;

  /**
   * Whether to log, after linting, the time parsing and each rule took, slowest rule first, and what the
   * rules cost against the parse: for finding the rule (a house style's pattern, say) that slows a build.
   * Files the result cache answers are not linted, so they are not timed: with {@code
   * -Dcopydesk.timing} set, add {@code -Dcopydesk.cache=false} to time them all.
   */
  @Parameter(property = "copydesk.timing", defaultValue = "false")
  protected boolean timing;

  /** The plugin's version: part of the result cache's key. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
  protected String pluginVersion;

  protected LintSettings settings() {
    return new LintSettings(
        ProjectPaths.base(project),
        ProjectPaths.topLevel(project, session),
        ProjectPaths.displayRoot(project, session),
        sourceDirectories == null ? List.of() : sourceDirectories.stream().map(File::toPath).toList(),
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
  }

  /** The baseline file: the configured one, or the default in the project directory. */
  protected Path baselinePath() {
    Path base = ProjectPaths.base(project);
    return baselineFile != null ? base.resolve(baselineFile.toPath()).normalize() : base.resolve(DEFAULT_BASELINE);
  }

  protected boolean baselineConfigured() {
    return baselineFile != null;
  }

  static byte[] readBaseline(Path file) throws MojoExecutionException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk cannot read the baseline " + file + ": " + e.getMessage(), e);
    }
  }

  static Baseline parseBaseline(byte[] content, Path file) throws MojoExecutionException {
    // A decoder that reports malformed input, as Files.newBufferedReader's does.
    InputStreamReader decoded = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8.newDecoder());
    try (BufferedReader in = new BufferedReader(decoded)) {
      return Baseline.read(in, file.toString());
    } catch (BaselineException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk cannot read the baseline " + file + ": " + e.getMessage(), e);
    }
  }
}
