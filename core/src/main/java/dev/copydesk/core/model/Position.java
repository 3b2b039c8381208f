package dev.copydesk.core.model;

/**
 * A 1-based line and 1-based column, the column counted in UTF-16 code units (the unit SARIF uses by
 * default). Derived from a {@link LineMap}; never stored instead of an offset.
 *
 * <p>Immutable and thread-safe.
 */
public record Position(int line, int column) {

  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("invalid position " + line + ":" + column + " (both are 1-based)");
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
