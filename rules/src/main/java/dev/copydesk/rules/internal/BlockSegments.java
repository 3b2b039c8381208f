package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a block that shape-based rules judge on their own: the whole block, or, where line
 * breaks inside a block separate page elements (plain text and HTML {@code <br>}), each line that
 * stands on its own. A line stands on its own when it does not start in lower case and the line before
 * it ends a sentence or is short; a hard-wrapped prose line continues the one before and does not.
 *
 * <p>Stateless; thread-safe.
 */
public final class BlockSegments {

  /** Lines this long or longer are taken as wrapped prose when the next line continues them. */
  static final int WRAPPED_LINE = 50;

  private BlockSegments() {}

  /**
   * A trimmed range of a block's text.
   *
   * @param block the block
   * @param start offset in the block's text, 0-based
   * @param end offset just past the segment in the block's text
   */
  public record Segment(Block block, int start, int end) {
    public String text() {
      return block.text().substring(start, end);
    }

    /** Whether this segment is the whole block. */
    public boolean isWholeBlock() {
      String t = block.text();
      int s = 0;
      int e = t.length();
      while (s < e && FoldedText.isSpace(t.charAt(s))) {
        s++;
      }
      while (e > s && FoldedText.isSpace(t.charAt(e - 1))) {
        e--;
      }
      return start == s && end == e;
    }
  }

  /**
   * The segments of {@code block}, and the cells of segments that are bars of items separated by
   * {@code " | "} ("January 13 | categories: Python | View Comments"), each cell a segment of its own.
   */
  public static List<Segment> withBarCells(Block block, boolean splitLines) {
    return withBarCells(block, of(block, splitLines));
  }

  /** {@link #withBarCells(Block, boolean)} for the block's segments already cut ({@link #of}). */
  public static List<Segment> withBarCells(Block block, List<Segment> segments) {
    String t = block.text();
    // Most blocks have no bar at all, which the block's summary of its characters tells; the others are
    // searched once as a whole, rather than once per segment reading on to the end of the text
    // (quadratic in a block of many lines).
    int bar = block.hasAscii('|') ? bar(t, 0) : -1;
    if (bar < 0) {
      return segments;
    }
    List<Segment> out = new ArrayList<>();
    for (int j = 0; j < segments.size(); j++) {
      Segment s = segments.get(j);
      if (bar >= 0 && bar < s.start()) { // the next bar at or after this segment; -1 once there is none
        bar = bar(t, s.start());
      }
      if (bar < 0 || bar >= s.end()) {
        out.add(s);
        continue;
      }
      int from = s.start();
      while (from < s.end()) {
        int cut = bar(t, from);
        int to = cut < 0 || cut >= s.end() ? s.end() : cut;
        addTrimmed(out, block, from, to);
        from = to + 3;
      }
    }
    return out;
  }

  /**
   * {@code t.indexOf(" | ", from)}, found through the bars: a search for one character reads a text
   * several times faster than one for a string, most of all under the command line's compiler (C1).
   */
  static int bar(String t, int from) {
    for (int i = t.indexOf('|', Math.max(from, 0) + 1); i >= 0; i = t.indexOf('|', i + 1)) {
      if (t.charAt(i - 1) == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ') {
        return i - 1;
      }
    }
    return -1;
  }

  /** The segments of {@code block}: its lines when {@code splitLines} and it has several, else the block. */
  public static List<Segment> of(Block block, boolean splitLines) {
    String t = block.text();
    List<Segment> out = new ArrayList<>();
    if (!splitLines || (block.lineBreaks() & (Block.LINE_FEED | Block.CARRIAGE_RETURN)) == 0) {
      addTrimmed(out, block, 0, t.length());
      return out;
    }
    int lineStart = 0;
    int prevStart = -1;
    int prevEnd = -1;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || t.charAt(i) == '\n' || t.charAt(i) == '\r') {
        int[] r = trim(t, lineStart, i);
        if (r[0] < r[1]) {
          if (prevStart < 0 || standsAlone(t, prevStart, prevEnd, r[0])) {
            out.add(new Segment(block, r[0], r[1]));
          }
          prevStart = r[0];
          prevEnd = r[1];
        }
        lineStart = i + 1;
      }
    }
    return out;
  }

  private static boolean standsAlone(String t, int prevStart, int prevEnd, int start) {
    if (Character.isLowerCase(t.charAt(start))) {
      return false;
    }
    char last = t.charAt(prevEnd - 1);
    return prevEnd - prevStart < WRAPPED_LINE || ".!?:;\"')]\u201D\u2019\u00BB\u2026".indexOf(last) >= 0;
  }

  private static void addTrimmed(List<Segment> out, Block block, int from, int to) {
    int[] r = trim(block.text(), from, to);
    if (r[0] < r[1]) {
      out.add(new Segment(block, r[0], r[1]));
    }
  }

  private static int[] trim(String t, int s, int e) {
    while (s < e && FoldedText.isSpace(t.charAt(s))) {
      s++;
    }
    while (e > s && FoldedText.isSpace(t.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  /** Number of words (runs of letters or digits) in {@code s}, counting no further than {@code cap}. */
  public static int words(CharSequence s, int cap) {
    return FoldedText.countWords(s, 0, s.length(), cap);
  }
}
