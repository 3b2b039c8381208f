package dev.copydesk.maven;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a mojo was asked to lint, resolved from its parameters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param baseDirectory the project directory: file ids and configuration globs are relative to it
 * @param searchRoot the highest directory searched for {@code .copydesk.yml} when none is configured
 *     (the build's top-level project)
 * @param displayRoot paths in log lines are relative to this directory (where Maven was started)
 * @param sourceDirectories directories to lint, or empty for the conventional ones
 * @param includes globs of files to lint, relative to each source directory; empty for the default
 * @param excludes globs of files to leave out, relative to each source directory
 * @param encoding the encoding of files without a byte-order mark, or null for UTF-8
 * @param configLocation the configuration file, or null to look for {@code .copydesk.yml}
 * @param threads threads to lint on; 0 or less for one per available processor
 * @param maxFileSize files larger than this many bytes are reported and not read
 * @param cacheDirectory where the result cache lives, or null to lint every file without it
 * @param pluginVersion the plugin's version, part of the result cache's key
 * @param timing whether to log the time parsing and each rule took ({@link dev.copydesk.core.engine.RuleTimings})
 * @param buildDirectory the project's build directory, or null: never searched for articles, even inside a
 *     source directory (it holds the reports, the site and the cache)
 */
record LintSettings(
    Path baseDirectory,
    Path searchRoot,
    Path displayRoot,
    List<Path> sourceDirectories,
    List<String> includes,
    List<String> excludes,
    @Nullable String encoding,
    @Nullable Path configLocation,
    int threads,
    long maxFileSize,
    @Nullable Path cacheDirectory,
    String pluginVersion,
    boolean timing,
    @Nullable Path buildDirectory) {

  /** The conventional places for articles, relative to the project directory, in search order. */
  static final List<String> CONVENTIONAL_DIRECTORIES = List.of("content", "src/main/content", "src/site/markdown", "docs");

  /**
   * The folders a walk of the source directories does not enter: the build directory and the cache
   * (where the plugin writes), when they lie inside one.
   */
  List<Path> notSearched() {
    List<Path> out = new java.util.ArrayList<>();
    if (buildDirectory != null) {
      out.add(buildDirectory);
    }
    if (cacheDirectory != null) {
      out.add(baseDirectory.resolve(cacheDirectory).toAbsolutePath().normalize());
    }
    return out;
  }

  /** Markdown, HTML and text files: the formats Copydesk reads. */
  static final List<String> DEFAULT_INCLUDES =
      List.of("**/*.md", "**/*.markdown", "**/*.mdown", "**/*.mkd", "**/*.mdx", "**/*.html", "**/*.htm", "**/*.xhtml",
          "**/*.txt", "**/*.text");

  LintSettings {
    sourceDirectories = List.copyOf(sourceDirectories);
    buildDirectory = buildDirectory == null ? null : buildDirectory.toAbsolutePath().normalize();
    includes = List.copyOf(includes);
    excludes = List.copyOf(excludes);
  }
}
