package dev.copydesk.core.config;

/**
 * Where a configuration value was written: file, 1-based line and column.
 *
 * <p>Immutable and thread-safe.
 */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
