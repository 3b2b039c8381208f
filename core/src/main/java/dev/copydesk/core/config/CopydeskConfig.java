package dev.copydesk.core.config;

import dev.copydesk.core.model.HtmlContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A project's configuration as written in {@code .copydesk.yml}: rule settings, which files to lint,
 * per-glob overrides, and which text of HTML pages to read. It is checked against the loaded rules when a {@code Linter} is built.
 *
 * <p>Immutable and thread-safe. Load one with {@link ConfigLoader} or build one with {@link #builder()}.
 */
public final class CopydeskConfig {

  private static final CopydeskConfig EMPTY = builder().build();

  private final Map<String, RuleSetting> rules;
  private final List<Glob> includes;
  private final List<Glob> excludes;
  private final List<ConfigOverride> overrides;
  private final @Nullable String source;
  private final Map<String, Object> extensions;
  private final @Nullable HtmlContent htmlContent;

  private CopydeskConfig(Builder b) {
    this.rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
    this.includes = List.copyOf(b.includes);
    this.excludes = List.copyOf(b.excludes);
    this.overrides = List.copyOf(b.overrides);
    this.source = b.source;
    this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
    this.htmlContent = b.htmlContent;
  }

  /** No settings: every rule at its defaults, every supported file linted. */
  public static CopydeskConfig empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Map<String, RuleSetting> rules() {
    return rules;
  }

  public List<Glob> includes() {
    return includes;
  }

  public List<Glob> excludes() {
    return excludes;
  }

  public List<ConfigOverride> overrides() {
    return overrides;
  }

  /** The file this configuration was read from, if any. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Which text of HTML pages is linted ({@code html: {content: main | page}}); empty when the
   * configuration does not say, and then the linter's own setting ({@link HtmlContent#MAIN} by default)
   * applies.
   */
  public Optional<HtmlContent> htmlContent() {
    return Optional.ofNullable(htmlContent);
  }

  /**
   * Top-level sections that the core does not interpret itself (for example declarative {@code
   * styles}), as YAML produced them; read by extensions.
   */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * Whether every path is included: there are no include or exclude globs. A caller that would have to
   * work out each file's relative path to ask {@link #isIncluded} need not, then (for ten thousand files
   * that was a third of listing them).
   */
  public boolean includesAll() {
    return includes.isEmpty() && excludes.isEmpty();
  }

  /**
   * Whether {@code path} (relative, forward slashes) is to be linted: it matches an include (or there
   * are none) and no exclude.
   */
  public boolean isIncluded(String path) {
    for (Glob g : excludes) {
      if (g.matches(path)) {
        return false;
      }
    }
    if (includes.isEmpty()) {
      return true;
    }
    for (Glob g : includes) {
      if (g.matches(path)) {
        return true;
      }
    }
    return false;
  }

  /** Not thread-safe. */
  public static final class Builder {
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private final List<Glob> includes = new ArrayList<>();
    private final List<Glob> excludes = new ArrayList<>();
    private final List<ConfigOverride> overrides = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private @Nullable String source;
    private @Nullable HtmlContent htmlContent;

    private Builder() {}

    public Builder rule(RuleSetting setting) {
      rules.put(setting.ruleId(), setting);
      return this;
    }

    public Builder include(String glob) {
      includes.add(Glob.compile(glob));
      return this;
    }

    public Builder exclude(String glob) {
      excludes.add(Glob.compile(glob));
      return this;
    }

    public Builder override(ConfigOverride override) {
      overrides.add(override);
      return this;
    }

    public Builder extension(String key, Object value) {
      extensions.put(key, value);
      return this;
    }

    /** Which text of HTML pages is linted; {@code null} leaves it to the linter. */
    public Builder htmlContent(@Nullable HtmlContent content) {
      this.htmlContent = content;
      return this;
    }

    public Builder source(@Nullable String source) {
      this.source = source;
      return this;
    }

    public CopydeskConfig build() {
      return new CopydeskConfig(this);
    }
  }
}
