package dev.copydesk.core.parse;

import dev.copydesk.core.model.TextMap;

/**
 * A block's text and its {@link TextMap}, built together so that they cannot drift apart: every
 * character appended is either copied from the source ({@link #verbatim}) or stands for a source range
 * ({@link #replacement}).
 *
 * <p>Not thread-safe; one per block being built.
 */
final class TextBuilder {

  private final String source;
  private final StringBuilder text = new StringBuilder();
  private final TextMap.Builder map = TextMap.builder();
  private int sourceStart = -1;
  private int sourceEnd = -1;

  TextBuilder(String source) {
    this.source = source;
  }

  /** Appends {@code source[start, end)} as it is. */
  void verbatim(int start, int end) {
    if (end <= start) {
      return;
    }
    if (start < sourceEnd) {
      // Pieces must move forward through the source or spans would run backwards; never expected.
      replacement(start, end, source.substring(start, end));
      return;
    }
    text.append(source, start, end);
    map.verbatim(start, end - start);
    touch(start, end);
  }

  /** Appends {@code replacement}, which stands for {@code source[start, end)}. */
  void replacement(int start, int end, CharSequence replacement) {
    if (replacement.length() == 0) {
      return;
    }
    if (start < sourceEnd) {
      start = sourceEnd;
      end = Math.max(end, start);
    }
    text.append(replacement);
    map.replacement(start, end - start, replacement.length());
    touch(start, end);
  }

  /** Appends one character standing for {@code source[start, end)}. */
  void replacement(int start, int end, char c) {
    if (start < sourceEnd) {
      start = sourceEnd;
      end = Math.max(end, start);
    }
    text.append(c);
    map.replacement(start, end - start, 1);
    touch(start, end);
  }

  private void touch(int start, int end) {
    if (sourceStart < 0) {
      sourceStart = start;
    }
    sourceEnd = Math.max(sourceEnd, end);
  }

  int length() {
    return text.length();
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  /** The last character appended; only when not {@link #isEmpty()}. */
  char last() {
    return text.charAt(text.length() - 1);
  }

  /** Offset of the first source character the text stands for, or -1 when empty. */
  int sourceStart() {
    return sourceStart;
  }

  /** Offset just past the last source character the text stands for, or -1 when empty. */
  int sourceEnd() {
    return sourceEnd;
  }

  /** The text appended since {@code from}. */
  String textFrom(int from) {
    return text.substring(from);
  }

  String text() {
    return text.toString();
  }

  TextMap map() {
    return map.build();
  }

  /** Whether the text has anything but white space. */
  boolean hasContent() {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
