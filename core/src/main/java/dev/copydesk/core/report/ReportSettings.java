package dev.copydesk.core.report;

import dev.copydesk.core.rule.Finding;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How the reports of one run are set up beyond their format, for whoever writes several of them (the
 * Maven plugin, the command line): where Checkstyle file names are resolved, the SARIF path prefix and
 * rule documentation, the HTML page's title, and which findings a baseline accepted. Each reporter reads
 * only what concerns it; see {@link Reporters#forFormat(String, ReportSettings)}.
 *
 * <p>Immutable and thread-safe (given a thread-safe baseline predicate); built by {@link #builder()}.
 */
public final class ReportSettings {

  private static final ReportSettings DEFAULTS = builder().build();

  private final @Nullable Path baseDirectory;
  private final String pathPrefix;
  private final String project;
  private final @Nullable RuleDocs ruleDocs;
  private final @Nullable Predicate<Finding> baselined;

  private ReportSettings(Builder b) {
    this.baseDirectory = b.baseDirectory;
    this.pathPrefix = b.pathPrefix;
    this.project = b.project;
    this.ruleDocs = b.ruleDocs;
    this.baselined = b.baselined;
  }

  /** Each reporter as its no-argument constructor sets it up. */
  public static ReportSettings defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checkstyle file names are absolute against this directory; null for the results' ids. */
  public @Nullable Path baseDirectory() {
    return baseDirectory;
  }

  /** The base directory's path inside the repository, for SARIF's repository-relative URIs; "" by default. */
  public String pathPrefix() {
    return pathPrefix;
  }

  /** The project the HTML page is titled with; "" for none. */
  public String project() {
    return project;
  }

  /** Where rule documentation lives, for SARIF's links; null for no links. */
  public @Nullable RuleDocs ruleDocs() {
    return ruleDocs;
  }

  /** The findings a baseline accepted, marked as such in SARIF; null without a baseline. */
  public @Nullable Predicate<Finding> baselined() {
    return baselined;
  }

  /** Configures {@link ReportSettings}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Path baseDirectory;
    private String pathPrefix = "";
    private String project = "";
    private @Nullable RuleDocs ruleDocs;
    private @Nullable Predicate<Finding> baselined;

    private Builder() {}

    /** See {@link ReportSettings#baseDirectory()}. */
    public Builder baseDirectory(@Nullable Path dir) {
      this.baseDirectory = dir;
      return this;
    }

    /**
     * See {@link ReportSettings#pathPrefix()} and {@link SarifReporter.Builder#pathPrefix}.
     *
     * @throws IllegalArgumentException if the prefix is absolute or leaves the repository
     */
    public Builder pathPrefix(String prefix) {
      SarifReporter.builder().pathPrefix(prefix); // rejects a bad prefix now, not when a report is set up
      this.pathPrefix = prefix;
      return this;
    }

    /** See {@link ReportSettings#project()}. */
    public Builder project(String project) {
      this.project = Objects.requireNonNull(project);
      return this;
    }

    /** See {@link ReportSettings#ruleDocs()}. */
    public Builder ruleDocs(@Nullable RuleDocs docs) {
      this.ruleDocs = docs;
      return this;
    }

    /** See {@link ReportSettings#baselined()}; the predicate must be thread-safe. */
    public Builder baselined(@Nullable Predicate<Finding> accepted) {
      this.baselined = accepted;
      return this;
    }

    public ReportSettings build() {
      return new ReportSettings(this);
    }
  }
}
