package dev.copydesk.core.model;

import java.util.Arrays;

/**
 * Maps offsets in a block's extracted text back to offsets in the original source. The text is built
 * from pieces: a <em>verbatim</em> piece copies source characters one for one; a <em>replacement</em>
 * piece stands for a run of source characters of another length (an entity such as {@code &amp;amp;},
 * a line break folded to a space, an escaped character). A text range that touches part of a
 * replacement piece maps to the whole of its source, so a span never starts or ends inside an entity.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}.
 */
public final class TextMap {

  // Parallel arrays, one entry per piece, ordered by text offset.
  private final int[] textStart;
  private final int[] textLen;
  private final int[] sourceStart;
  private final int[] sourceLen;
  private final int textLength;
  private final int sourceEnd;

  private TextMap(Builder b) {
    this.textStart = Arrays.copyOf(b.textStart, b.count);
    this.textLen = Arrays.copyOf(b.textLen, b.count);
    this.sourceStart = Arrays.copyOf(b.sourceStart, b.count);
    this.sourceLen = Arrays.copyOf(b.sourceLen, b.count);
    this.textLength = b.textLength;
    this.sourceEnd = b.lastSourceEnd;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A map for text copied verbatim from {@code source[sourceStart, sourceStart + length)}. */
  public static TextMap verbatim(int sourceStart, int length) {
    return builder().verbatim(sourceStart, length).build();
  }

  /** Length of the mapped text. */
  public int textLength() {
    return textLength;
  }

  /** The source span of the text range {@code [start, end)}, 0-based, end exclusive. */
  public Span toSource(int start, int end) {
    if (start < 0 || end < start || end > textLength) {
      throw new IndexOutOfBoundsException(
          "text range [" + start + ", " + end + ") outside [0, " + textLength + "]");
    }
    if (start == end) {
      int at = sourceOffsetBefore(start);
      return new Span(at, at);
    }
    return new Span(startOf(start), endOf(end - 1));
  }

  /** The source offset at which the text character {@code index} starts. */
  public int startOf(int index) {
    int p = piece(index);
    return textLen[p] == sourceLen[p] ? sourceStart[p] + (index - textStart[p]) : sourceStart[p];
  }

  /** The source offset just past the text character {@code index}. */
  public int endOf(int index) {
    int p = piece(index);
    return textLen[p] == sourceLen[p]
        ? sourceStart[p] + (index - textStart[p]) + 1
        : sourceStart[p] + sourceLen[p];
  }

  private int sourceOffsetBefore(int index) {
    if (textStart.length == 0) {
      return sourceEnd;
    }
    if (index >= textLength) {
      return sourceEnd;
    }
    return startOf(index);
  }

  private int piece(int index) {
    if (index < 0 || index >= textLength) {
      throw new IndexOutOfBoundsException("text index " + index + " outside [0, " + textLength + ")");
    }
    int i = Arrays.binarySearch(textStart, index);
    if (i >= 0) {
      // Zero-length pieces cannot occur, so the first match is the piece.
      return i;
    }
    return -i - 2;
  }

  /** Accumulates pieces in text order. Not thread-safe. */
  public static final class Builder {
    private int[] textStart = new int[8];
    private int[] textLen = new int[8];
    private int[] sourceStart = new int[8];
    private int[] sourceLen = new int[8];
    private int count;
    private int textLength;
    private int lastSourceEnd;

    private Builder() {}

    /** Appends {@code length} characters copied one for one from {@code source[sourceStart...]}. */
    public Builder verbatim(int sourceStart, int length) {
      if (length == 0) {
        return this;
      }
      checkSource(sourceStart, length);
      int last = count - 1;
      if (last >= 0
          && textLen[last] == sourceLen[last]
          && this.sourceStart[last] + sourceLen[last] == sourceStart) {
        textLen[last] += length;
        sourceLen[last] += length;
      } else {
        add(sourceStart, length, length);
      }
      textLength += length;
      lastSourceEnd = sourceStart + length;
      return this;
    }

    /**
     * Appends {@code textLength} text characters that stand for {@code sourceLength} source characters
     * starting at {@code sourceStart}.
     */
    public Builder replacement(int sourceStart, int sourceLength, int textLength) {
      if (textLength == 0) {
        return this;
      }
      checkSource(sourceStart, sourceLength);
      add(sourceStart, sourceLength, textLength);
      this.textLength += textLength;
      lastSourceEnd = sourceStart + sourceLength;
      return this;
    }

    /** Current text length. */
    public int textLength() {
      return textLength;
    }

    private void checkSource(int start, int length) {
      if (start < 0 || length < 0) {
        throw new IllegalArgumentException("invalid source range " + start + "+" + length);
      }
    }

    private void add(int srcStart, int srcLen, int txtLen) {
      if (count == textStart.length) {
        int n = count * 2;
        textStart = Arrays.copyOf(textStart, n);
        textLen = Arrays.copyOf(textLen, n);
        sourceStart = Arrays.copyOf(sourceStart, n);
        sourceLen = Arrays.copyOf(sourceLen, n);
      }
      textStart[count] = textLength;
      textLen[count] = txtLen;
      sourceStart[count] = srcStart;
      sourceLen[count] = srcLen;
      count++;
    }

    public TextMap build() {
      return new TextMap(this);
    }
  }
}
