package dev.copydesk.core.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits English prose into sentences. Boundaries follow LanguageTool's English splitter (abbreviations
 * such as "Mr.", "U.S.", "p.m.", decimals, quotes and ellipses do not end a sentence).
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceSegmenter {

  private static final SentenceSegmenter ENGLISH = new SentenceSegmenter();

  private SentenceSegmenter() {}

  public static SentenceSegmenter english() {
    return ENGLISH;
  }

  /**
   * The sentences of {@code text}, in order, each trimmed of surrounding white space; white space
   * between sentences belongs to none.
   */
  public List<TextRange> split(CharSequence text) {
    List<TextRange> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && start < i) {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j == n || (Character.isWhitespace(text.charAt(j)) && startsSentence(text, skipSpace(text, j)))) {
          out.add(new TextRange(start, j));
          start = skipSpace(text, j);
          i = start;
          continue;
        }
      }
      i++;
    }
    int end = n;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new TextRange(start, end));
    }
    return out;
  }

  private static boolean startsSentence(CharSequence text, int i) {
    if (i >= text.length()) {
      return true;
    }
    char c = text.charAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\'';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '.' || c == '!' || c == '?';
  }

  private static int skipSpace(CharSequence text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
