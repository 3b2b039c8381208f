package dev.copydesk.core.parse;

import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.segment.SentenceSegmenter;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Plain text: paragraphs are separated by blank lines (lines of nothing but white space); a paragraph's
 * text is its source, line breaks included, so every span is the exact characters of the sentence.
 *
 * <p>The first paragraph is the title (a level-1 heading and the metadata title) when it is one short
 * line ({@value #MAX_TITLE_LENGTH} characters at most) with a letter in it, does not end in terminal
 * punctuation (closing quotes and brackets aside), and is followed by a blank line and more text. A
 * lone line is the article, not its title, and a first line that runs straight into the next is the
 * start of a hard-wrapped paragraph.
 *
 * <p>Immutable and thread-safe.
 */
final class PlainTextParser {

  /** Longest first line still taken as a title. */
  static final int MAX_TITLE_LENGTH = 150;

  private final SentenceSegmenter segmenter;

  PlainTextParser(SentenceSegmenter segmenter) {
    this.segmenter = segmenter;
  }

  ParsedArticle parse(String id, String source) {
    String summary = lastLine(source);
    if (summary != null && CONSOLE_SUMMARY.matcher(summary).matches()) {
      // The console report (copydesk.txt) left where articles are: its lines are findings about other
      // files, which linting it would report again as its own.
      ArticleAssembler out = new ArticleAssembler(id, Format.TEXT, source, segmenter);
      out.diagnostic(Diagnostic.warning("parse.copydesk-report", "a Copydesk report (its console listing), not an article; not linted"));
      return out.build();
    }
    return parse(id, source, Format.TEXT, 0);
  }

  // The console report's last line: "12 findings (2 errors, 9 warnings, 1 info) in 3 of 40 files; 1
  // suppressed; 0 unreadable" (ConsoleReporter.summary).
  // Linear: a fixed sequence of digit runs and words, nothing that can repeat inside another repeat.
  private static final Pattern CONSOLE_SUMMARY = Pattern.compile(
      "\\d+ findings? \\(\\d+ errors?, \\d+ warnings?, \\d+ info\\) in \\d+ of \\d+ files?; \\d+ suppressed; \\d+ unreadable");

  /** The text's last line that is not blank, stripped; null for a text of blank lines only. */
  private static @Nullable String lastLine(String source) {
    int end = source.length();
    while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    int start = end;
    while (start > 0 && source.charAt(start - 1) != '\n' && source.charAt(start - 1) != '\r' && end - start < 300) {
      start--;
    }
    return source.substring(start, end).strip();
  }

  /**
   * Reads {@code source} from {@code from} on as plain text, for an article of {@code format}: the
   * fallback when a markup parser fails on a file.
   */
  ParsedArticle parse(String id, String source, Format format, int from) {
    ArticleAssembler out = new ArticleAssembler(id, format, source, segmenter);
    int n = source.length();
    int i = from < n && source.charAt(from) == '\uFEFF' ? from + 1 : from;
    int bodyStart = i;
    boolean first = true;
    boolean carriageReturns = source.indexOf('\r', i) >= 0;
    while (i < n) {
      // Skip blank lines.
      int lineStart = i;
      int lineEnd = lineEnd(source, i, carriageReturns);
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
        int e = lineEnd(source, j, carriageReturns);
        if (isBlank(source, j, e)) {
          break;
        }
        paraEnd = e;
        lines++;
        j = nextLine(source, e);
      }
      Span span = trim(source, paraStart, paraEnd);
      if (first && lines == 1 && isTitle(source, span) && !isBlank(source, j, n)) {
        out.verbatimBlock(BlockKind.HEADING, 1, span);
        out.metadata().title(span.of(source));
      } else {
        out.verbatimBlock(BlockKind.PARAGRAPH, 0, span);
      }
      first = false;
      i = j;
    }
    if (n > bodyStart) {
      out.body(new Span(bodyStart, n));
    }
    return out.build();
  }

  private static boolean isTitle(String source, Span span) {
    if (span.length() > MAX_TITLE_LENGTH) {
      return false;
    }
    int end = span.end();
    while (end > span.start() && "\"')]}\u201D\u2019\u00BB".indexOf(source.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == span.start() || ".!?:;,…".indexOf(source.charAt(end - 1)) >= 0) {
      return false;
    }
    for (int k = span.start(); k < end; k++) {
      if (Character.isLetter(source.charAt(k))) {
        return true;
      }
    }
    return false;
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

  /**
   * {@link #lineEnd(String, int)}, told whether {@code s} has a carriage return from {@code i} on:
   * without one, a line ends at the next line feed, which {@code String.indexOf} finds faster than a
   * loop over characters, above all in code compiled by C1 alone.
   */
  private static int lineEnd(String s, int i, boolean carriageReturns) {
    if (carriageReturns) {
      return lineEnd(s, i);
    }
    int lf = s.indexOf('\n', i);
    return lf < 0 ? s.length() : lf;
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
