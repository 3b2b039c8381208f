package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which parts of a block's text an article's links cover: for telling a run of links (a menu, a footer's
 * legal links, a row of sponsored links separated by dots) from prose that holds a link or two.
 */
public final class LinkRuns {

  private final List<Link> links;

  /** Over {@code links}, in any order. */
  public LinkRuns(List<Link> links) {
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(Comparator.comparingInt(l -> l.span().start()));
    this.links = sorted;
  }

  /** The ranges {start, end} of {@code b}'s text that links cover, in text order. */
  public List<int[]> ranges(Block b) {
    List<int[]> out = new ArrayList<>();
    Span span = b.span();
    String text = b.text();
    int i = 0;
    for (int k = firstAtOrAfter(span.start()); k < links.size() && links.get(k).span().start() < span.end(); k++) {
      Span l = links.get(k).span();
      while (i < text.length() && b.textMap().startOf(i) < l.start()) {
        i++;
      }
      int start = i;
      while (i < text.length() && b.textMap().endOf(i) <= l.end()) {
        i++;
      }
      if (i > start) {
        out.add(new int[] {start, i});
      }
    }
    return out;
  }

  /**
   * Whether {@code b}'s text is links and nothing else but white space and the marks that separate
   * links in a row ({@link #isSeparators}), with at least one link.
   */
  public boolean onlyLinks(Block b) {
    List<int[]> ranges = ranges(b);
    if (ranges.isEmpty()) {
      return false;
    }
    int pos = 0;
    for (int[] r : ranges) {
      if (!isSeparators(b.text(), pos, r[0])) {
        return false;
      }
      pos = r[1];
    }
    return isSeparators(b.text(), pos, b.text().length());
  }

  /**
   * Whether {@code text[from, to)} is nothing but white space and the marks that separate links in a
   * row: bars, middle dots, bullets, slashes, commas, semicolons and dashes.
   */
  public static boolean isSeparators(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00A0' && "|\u00B7\u2022/,;-\u2013\u2014".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = links.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (links.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
