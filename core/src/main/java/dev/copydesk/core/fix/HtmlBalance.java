package dev.copydesk.core.fix;

import dev.copydesk.core.model.Span;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a stretch of an HTML page's source holds whole elements only: every tag in it is complete, and
 * every element it opens it also closes (void elements and {@code <x/>} aside), so deleting or replacing
 * it leaves the page's structure as it was. A stretch that starts or ends inside a tag or a comment,
 * closes an element it did not open, or leaves one open is not. Conservative: an element whose end tag
 * HTML lets a page leave out ({@code <li>} without {@code </li>}) counts as left open.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlBalance {

  private static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  private HtmlBalance() {}

  static boolean isBalanced(String source, Span span) {
    int end = span.end();
    Deque<String> open = new ArrayDeque<>();
    boolean sawTag = false;
    for (int i = span.start(); i < end; ) {
      char c = source.charAt(i);
      if (c == '>' && !sawTag) {
        return false; // the stretch starts inside a tag
      }
      if (c != '<') {
        i++;
        continue;
      }
      sawTag = true;
      if (source.startsWith("<!--", i)) {
        int close = source.indexOf("-->", i + 4);
        if (close < 0 || close + 3 > end) {
          return false;
        }
        i = close + 3;
        continue;
      }
      int gt = source.indexOf('>', i + 1);
      if (gt < 0 || gt >= end) {
        return false; // a tag cut in two
      }
      boolean closing = i + 1 < end && source.charAt(i + 1) == '/';
      int nameStart = i + (closing ? 2 : 1);
      int nameEnd = nameStart;
      while (nameEnd < gt && (Character.isLetterOrDigit(source.charAt(nameEnd)) || source.charAt(nameEnd) == '-')) {
        nameEnd++;
      }
      if (nameEnd == nameStart) {
        // "<!DOCTYPE", "<?xml", or a "<" of the text: no element opens or closes.
        i = source.charAt(nameStart) == '!' || source.charAt(nameStart) == '?' ? gt + 1 : i + 1;
        continue;
      }
      String name = source.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      if (closing) {
        if (open.isEmpty() || !open.pop().equals(name)) {
          return false;
        }
      } else if (!VOID.contains(name) && source.charAt(gt - 1) != '/') {
        if (name.equals("script") || name.equals("style")) {
          int close = endTag(source, name, gt + 1);
          if (close < 0 || close >= end) {
            return false;
          }
          i = close;
          open.push(name);
          continue;
        }
        open.push(name);
      }
      i = gt + 1;
    }
    return open.isEmpty();
  }

  /** Where the first {@code </name} (any case) at or after {@code from} starts, or -1. */
  private static int endTag(String source, String name, int from) {
    for (int i = source.indexOf("</", from); i >= 0; i = source.indexOf("</", i + 2)) {
      if (source.regionMatches(true, i + 2, name, 0, name.length())) {
        return i;
      }
    }
    return -1;
  }
}
