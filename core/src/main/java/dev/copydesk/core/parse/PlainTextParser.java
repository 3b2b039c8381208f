package dev.copydesk.core.parse;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.segment.SentenceSegmenter;

/**
 * Plain text: paragraphs are separated by blank lines; a short first line without terminal punctuation,
 * followed by a blank line, is the title (a level-1 heading and the metadata title).
 *
 * <p>Immutable and thread-safe.
 */
final class PlainTextParser {

  /** Longest first line still taken as a title. */
  static final int MAX_TITLE_LENGTH = 200;

  private final SentenceSegmenter segmenter;

  PlainTextParser(SentenceSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  ParsedArticle parse(String id, String source) {
    ArticleAssembler out = new ArticleAssembler(id, Format.TEXT, source, segmenter);
    int n = source.length();
    int i = 0;
    boolean first = true;
    while (i < n) {
      // Skip blank lines.
      int lineStart = i;
      int lineEnd = lineEnd(source, i);
      if (isBlank(source, lineStart, lineEnd)) {
        i = nextLine(source, lineEnd);
        continue;
      }
      // A paragraph runs until a blank line or the end.
      int paraStart = lineStart;
      int paraEnd = lineEnd;
      int lines = 1;
      int j = nextLine(source, lineEnd);
      while (j < n) {
        int e = lineEnd(source, j);
        if (isBlank(source, j, e)) {
          break;
        }
        paraEnd = e;
        lines++;
        j = nextLine(source, e);
      }
      Span span = trim(source, paraStart, paraEnd);
      if (first && lines == 1 && isTitle(source, span)) {
        out.verbatimBlock(BlockKind.HEADING, 1, span);
        out.metadata().title(span.of(source));
      } else {
        out.verbatimBlock(BlockKind.PARAGRAPH, 0, span);
      }
      first = false;
      i = j;
    }
    if (n > 0) {
      out.body(new Span(0, n));
    }
    return out.build();
  }

  private static boolean isTitle(String source, Span span) {
    if (span.length() > MAX_TITLE_LENGTH) {
      return false;
    }
    char last = source.charAt(span.end() - 1);
    return ".!?:;,…".indexOf(last) < 0;
  }

  private static Span trim(String s, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  static int lineEnd(String s, int i) {
    int n = s.length();
    while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  static int nextLine(String s, int lineEnd) {
    if (lineEnd < s.length() && s.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < s.length() && s.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return Math.min(s.length(), lineEnd + 1);
  }

  static boolean isBlank(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
