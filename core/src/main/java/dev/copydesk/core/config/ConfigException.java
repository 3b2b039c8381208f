package dev.copydesk.core.config;

import org.jspecify.annotations.Nullable;

/**
 * Configuration that cannot be used: bad YAML, an unknown rule id, an option of the wrong type. The
 * message names the file, line and column, and what was expected.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable SourceLocation location;

  public ConfigException(@Nullable SourceLocation location, String problem) {
    super(location == null ? problem : location + ": " + problem);
    this.location = location;
  }

  public @Nullable SourceLocation location() {
    return location;
  }
}
