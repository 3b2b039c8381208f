package dev.copydesk.core.model;

/**
 * A range of characters in an article's original source: 0-based UTF-16 offsets, {@code start}
 * inclusive and {@code end} exclusive. Line and column are derived from a {@link LineMap} only when a
 * finding is reported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset of the first character, {@code >= 0}
 * @param end offset just past the last character, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** An empty span at {@code offset}. */
  public static Span at(int offset) {
    return new Span(offset, offset);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** Whether {@code offset} lies inside this span (start inclusive, end exclusive). */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The characters of {@code source} this span covers. */
  public String of(CharSequence source) {
    return source.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
