package dev.copydesk.core.segment;

/**
 * A range of a text: 0-based UTF-16 offsets, end exclusive.
 *
 * <p>Immutable and thread-safe.
 */
public record TextRange(int start, int end) {
  public TextRange {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }
}
