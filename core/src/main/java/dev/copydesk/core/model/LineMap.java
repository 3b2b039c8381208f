package dev.copydesk.core.model;

import java.util.Arrays;

/**
 * Maps 0-based UTF-16 offsets of a source text to 1-based line and column. Line breaks are LF, CRLF
 * and a lone CR; a CRLF counts as one break.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineMap {

  private final int[] lineStarts;
  private final int length;

  private LineMap(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  public static LineMap of(CharSequence text) {
    // Read as a String (itself when it is one): through the interface, every character is a call the
    // command line's compiler (C1) does not inline.
    String source = text.toString();
    int[] starts = new int[16];
    int count = 1;
    int n = source.length();
    if (source.indexOf('\r') < 0) {
      // LF only, the usual case: String.indexOf finds each break (vectorized by C2, a tight loop under
      // C1), rather than a loop here asking of every character whether it is one.
      for (int i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
      return new LineMap(Arrays.copyOf(starts, count), n);
    }
    for (int i = 0; i < n; i++) {
      char c = source.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineMap(Arrays.copyOf(starts, count), n);
  }

  /** Number of lines; an empty source has one line. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line containing {@code offset} ({@code 0 <= offset <= length}). */
  public int line(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** The 1-based line and column of {@code offset} ({@code 0 <= offset <= length}). */
  public Position position(int offset) {
    int line = line(offset);
    return new Position(line, offset - lineStarts[line - 1] + 1);
  }

  /** The offset at which the 1-based {@code line} starts. */
  public int lineStart(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IllegalArgumentException("line " + line + " outside 1.." + lineStarts.length);
    }
    return lineStarts[line - 1];
  }

  private void checkOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
  }
}
