package dev.copydesk.evaluation;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of an article's blocks joined with single spaces, white space collapsed, each character
 * remembering its source span: lets an evaluation find a gold string in what the linter read and ask
 * whether a finding covers it. Immutable; thread-safe.
 */
final class LocatedText {

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private LocatedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  static LocatedText of(Article article) {
    StringBuilder sb = new StringBuilder();
    int cap = 16;
    int[] s = new int[cap];
    int[] e = new int[cap];
    for (Block b : article.blocks()) {
      String t = b.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        boolean space = Character.isWhitespace(c) || c == '\u00a0';
        if (space && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) {
          continue;
        }
        if (sb.length() == s.length) {
          s = Arrays.copyOf(s, s.length * 2);
          e = Arrays.copyOf(e, e.length * 2);
        }
        s[sb.length()] = b.textMap().startOf(i);
        e[sb.length()] = b.textMap().endOf(i);
        sb.append(space ? ' ' : c);
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
        if (sb.length() == s.length) {
          s = Arrays.copyOf(s, s.length * 2);
          e = Arrays.copyOf(e, e.length * 2);
        }
        int end = b.span().end();
        s[sb.length()] = end;
        e[sb.length()] = end;
        sb.append(' ');
      }
    }
    return new LocatedText(sb.toString(), Arrays.copyOf(s, sb.length()), Arrays.copyOf(e, sb.length()));
  }

  /** White space collapsed and trimmed, as the joined text holds it. */
  static String normalize(String s) {
    return s.replaceAll("[\\s\u00a0]+", " ").strip();
  }

  /**
   * Source spans of every occurrence of {@code needle} (white space normalised); exact case first,
   * and ignoring case when there is none.
   */
  List<Span> find(String needle) {
    String n = normalize(needle);
    List<Span> out = new ArrayList<>();
    if (n.isEmpty()) {
      return out;
    }
    collect(text, n, out);
    if (out.isEmpty()) {
      collect(text.toLowerCase(java.util.Locale.ROOT), n.toLowerCase(java.util.Locale.ROOT), out);
    }
    return out;
  }

  private void collect(String hay, String n, List<Span> out) {
    for (int i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) {
      int a = starts[i];
      int b = ends[i + n.length() - 1];
      out.add(new Span(Math.min(a, b), Math.max(a, b)));
    }
  }
}
