package dev.copydesk.maven;

import dev.copydesk.core.cache.ResultCache;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.ArticleRetention;
import dev.copydesk.core.engine.FolderSurvey;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.engine.RuleTimings;
import dev.copydesk.core.rule.RuleLoadException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.jspecify.annotations.Nullable;

/**
 * One lint of a project: resolves the configuration, builds a {@link Linter}, finds the files and lints
 * them, through the result cache when the settings name one. What the mojos share; they decide what to
 * do with the results.
 *
 * <p>Immutable and thread-safe once run.
 *
 * @param linter the linter that ran
 * @param configFile the configuration file used, if any
 * @param directories the source directories that were searched
 * @param files the files linted, in order
 * @param results one result per file, in file order
 * @param cache the result cache the run went through, or null without one
 */
record LintRun(
    Linter linter,
    @Nullable Path configFile,
    List<Path> directories,
    List<Path> files,
    List<LintResult> results,
    @Nullable ResultCache cache) {

  LintRun {
    directories = List.copyOf(directories);
    files = List.copyOf(files);
    results = List.copyOf(results);
  }

  /**
   * A digest of everything the results depend on (see {@link ResultCache#digest}): equal digests, equal
   * results. Empty without a cache.
   */
  Optional<String> digest() {
    return cache == null ? Optional.empty() : Optional.of(cache.digest(files));
  }

  /**
   * Reads again, on the linter's threads, the articles of results from the cache that have findings or
   * diagnostics, for what needs their text next (baseline fingerprints, SARIF and HTML reports), which
   * would otherwise parse them one by one on one thread.
   */
  void loadFlaggedArticles() {
    linter.loadArticles(results, r -> !r.findings().isEmpty() || !r.diagnostics().isEmpty());
  }

  /**
   * Lints what {@code settings} describe.
   *
   * @throws MojoExecutionException on bad configuration, an unknown encoding or rules that fail to load
   */
  static LintRun execute(LintSettings settings, Log log) throws MojoExecutionException {
    Path configFile = configFile(settings);
    RuleTimings timings = settings.timing() ? RuleTimings.create() : null;
    SourceScanner scanner;
    try {
      scanner = new SourceScanner(settings.includes(), settings.excludes());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
    List<Path> directories = SourceScanner.directories(settings.baseDirectory(), settings.sourceDirectories());
    // Walking the source folders (a system call or two a file) and building the linter (reading the
    // pack's styles) need nothing of each other, so the walk runs beside the build. Its warnings are
    // logged here, on the mojo's thread, after it.
    List<String> walkWarnings = Collections.synchronizedList(new ArrayList<>());
    FutureTask<List<Path>> walk = new FutureTask<>(() -> scanner.scan(directories, settings.notSearched(), walkWarnings::add));
    Thread walker = new Thread(walk, "copydesk-scan");
    walker.setDaemon(true);
    walker.start();
    Linter linter;
    try {
      linter = linter(settings, configFile, timings);
    } catch (MojoExecutionException | RuntimeException | Error e) {
      walk.cancel(true);
      throw e;
    }
    List<Path> walked = walked(walk);
    walkWarnings.forEach(w -> log.warn("Copydesk: " + w));
    if (directories.isEmpty()) {
      log.info("Copydesk: no source directory found (looked for "
          + (settings.sourceDirectories().isEmpty()
              ? String.join(", ", LintSettings.CONVENTIONAL_DIRECTORIES)
              : settings.sourceDirectories().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse(""))
          + "); nothing to lint");
    }
    List<Path> files = new ArrayList<>();
    for (Path f : walked) {
      if (linter.isIncluded(f)) {
        files.add(f);
      }
    }
    for (Path dir : directories) {
      if (files.stream().noneMatch(f -> f.startsWith(dir))) {
        // A source folder with nothing to lint in it: compressed pages, another format, patterns that
        // match nothing. Said, so that "0 files" is not read as a clean build.
        Path shown = dir.startsWith(settings.baseDirectory()) ? settings.baseDirectory().relativize(dir) : dir;
        log.warn("Copydesk: nothing to lint in " + (shown.toString().isEmpty() ? "." : shown) + ": "
            + FolderSurvey.whyNothingIn(dir, settings.notSearched()));
      }
    }
    log.debug("Copydesk: linting " + files.size() + " files on " + linter.threads() + " threads"
        + (configFile == null ? " with the default configuration" : " with " + configFile));
    Path cacheDirectory = settings.cacheDirectory();
    if (cacheDirectory == null) {
      LintRun run = new LintRun(linter, configFile, directories, files, linter.lintAll(files), null);
      logTimings(timings, log);
      return run;
    }
    ResultCache cache = ResultCache.builder(settings.baseDirectory().resolve(cacheDirectory), linter)
        .extraKey("copydesk-maven-plugin " + settings.pluginVersion())
        .build();
    List<LintResult> results = cache.lintAll(files);
    int pruned = cache.prune(files);
    for (String w : cache.warnings()) {
      log.warn("Copydesk: " + w);
    }
    ResultCache.Stats stats = cache.stats();
    log.info("Copydesk: " + files.size() + (files.size() == 1 ? " file, " : " files, ") + stats.hits() + " from cache"
        + (pruned == 0 ? "" : "; " + pruned + (pruned == 1 ? " entry" : " entries") + " of files no longer linted removed"));
    log.debug("Copydesk: result cache " + cache.directory() + ": " + stats);
    logTimings(timings, log);
    return new LintRun(linter, configFile, directories, files, results, cache);
  }

  /**
   * The files {@code walk} found, waiting for it.
   *
   * @throws MojoExecutionException if the wait is interrupted, or the walk failed (a bug: it reports what
   *     it cannot read as warnings)
   */
  private static List<Path> walked(FutureTask<List<Path>> walk) throws MojoExecutionException {
    try {
      return walk.get();
    } catch (InterruptedException e) {
      walk.cancel(true);
      Thread.currentThread().interrupt();
      throw new MojoExecutionException("Copydesk: interrupted while listing the source folders", e);
    } catch (ExecutionException e) {
      throw new MojoExecutionException("Copydesk could not list the source folders: " + e.getCause(), e.getCause());
    }
  }

  private static void logTimings(@Nullable RuleTimings timings, Log log) {
    if (timings != null) {
      timings.snapshot().table().forEach(line -> log.info("Copydesk: " + line));
    }
  }

  /**
   * The linter {@code settings} describe, configured by {@code configFile} (null: the defaults).
   *
   * @throws MojoExecutionException on bad configuration, an unknown encoding or rules that fail to load
   */
  static Linter linter(LintSettings settings, @Nullable Path configFile, @Nullable RuleTimings timings)
      throws MojoExecutionException {
    Charset charset = charset(settings.encoding());
    CopydeskConfig config = CopydeskConfig.empty();
    try {
      if (configFile != null) {
        config = ConfigLoader.load(configFile);
      }
      Linter.Builder b =
          Linter.builder()
              .config(config)
              .baseDirectory(settings.baseDirectory())
              .encoding(charset)
              // Results keep their articles only while memory allows: the HTML and SARIF reports and
              // the baseline read a cleared one again, and a build over tens of thousands of files
              // does not hold every parsed article until the reports are written.
              .articleRetention(ArticleRetention.SOFT)
              .threads(settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors());
      if (settings.maxFileSize() > 0) {
        b.maxFileSize(settings.maxFileSize());
      }
      if (timings != null) {
        b.timings(timings);
      }
      return b.build();
    } catch (ConfigException e) {
      throw new MojoExecutionException("Copydesk configuration is invalid: " + e.getMessage(), e);
    } catch (RuleLoadException e) {
      throw new MojoExecutionException("Copydesk could not load its rules: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
  }

  private static Charset charset(@Nullable String encoding) throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoExecutionException(
          "Copydesk: unknown encoding '" + encoding + "' (set copydesk.encoding or project.build.sourceEncoding to a charset such as UTF-8)", e);
    }
  }

  /**
   * The configured file, which must exist; or else the nearest {@code .copydesk.yml} in the project
   * directory or a parent up to the search root; or none.
   */
  static @Nullable Path configFile(LintSettings settings) throws MojoExecutionException {
    Path configured = settings.configLocation();
    if (configured != null) {
      Path p = settings.baseDirectory().resolve(configured).normalize();
      if (!Files.isRegularFile(p)) {
        throw new MojoExecutionException(
            "Copydesk configuration file " + p + " does not exist (configLocation); create it or leave configLocation unset");
      }
      return p;
    }
    return find(settings.baseDirectory(), settings.searchRoot()).orElse(null);
  }

  private static Optional<Path> find(Path from, Path root) {
    Path dir = from.toAbsolutePath().normalize();
    Path top = root.toAbsolutePath().normalize();
    while (dir != null) {
      Path candidate = dir.resolve(ConfigLoader.DEFAULT_FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (dir.equals(top) || !dir.startsWith(top)) {
        break;
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
