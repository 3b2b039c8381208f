package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotations in a block's text: ranges between an opening and a closing quotation mark (curly, straight,
 * guillemets, and the doubled apostrophe some wires use as a closing mark). A quotation still open at
 * the end of the block runs to its end, as multi-paragraph quotations do.
 *
 * <p>Immutable and thread-safe.
 */
public final class Quotations {

  /** Words a quoted passage needs to count as a quotation rather than scare quotes around a term. */
  public static final int MIN_WORDS = 3;

  /**
   * A quoted range of the block's text, quotation marks included, and the words inside, counted up to
   * {@link #COUNTED}: every reader compares them with {@link #MIN_WORDS} or less, and quotations are much
   * of a news paragraph.
   */
  public record Quote(int start, int end, int words, boolean closed) {}

  /** {@link Quote#words} counts no further than this: a longer quotation has this many. */
  public static final int COUNTED = MIN_WORDS + 1;

  private static final Quotations NONE = new Quotations(List.of());

  private final List<Quote> quotes;

  private Quotations(List<Quote> quotes) {
    this.quotes = quotes.isEmpty() ? List.of() : List.copyOf(quotes);
  }

  public static Quotations of(Block block) {
    // No quotation mark below the guillemet but the straight ones, and an apostrophe only when doubled:
    // the block's summary of its characters answers for most blocks without reading them again.
    if (!block.hasAscii('"') && block.maxChar() < '\u00AB' && (!block.hasAscii('\'') || !block.text().contains("''"))) {
      return NONE;
    }
    String text = block.text();
    return block.maxChar() < '\u00AB' ? straight(text) : of(text);
  }

  /**
   * {@link #of(String)} for a text with no character from the guillemet up (nearly every plain-text
   * news paragraph): its quotation marks are then straight double quotes and doubled apostrophes only,
   * found by {@link String#indexOf}, which skips the characters between far faster than a loop that
   * looks at each.
   */
  static Quotations straight(String text) {
    List<Quote> out = new ArrayList<>();
    int open = -1;
    int n = text.length();
    int quote = text.indexOf('"');
    int doubled = text.indexOf("''");
    while (quote >= 0 || doubled >= 0) {
      boolean isDoubled = doubled >= 0 && (quote < 0 || doubled < quote);
      int i = isDoubled ? doubled : quote;
      int next = isDoubled ? i + 2 : i + 1;
      if (isDoubled || open >= 0 || i == 0 || !Character.isDigit(text.charAt(i - 1))) {
        // As in of(String): a straight quote after a digit, outside a quotation, is an inch mark.
        if (open < 0) {
          open = i;
        } else {
          out.add(quote(text, open, next, true));
          open = -1;
        }
      }
      if (quote >= 0 && quote < next) {
        quote = text.indexOf('"', next);
      }
      if (doubled >= 0 && doubled < next) {
        doubled = text.indexOf("''", next);
      }
    }
    if (open >= 0) {
      out.add(quote(text, open, n, false));
    }
    return out.isEmpty() ? NONE : new Quotations(out);
  }

  public static Quotations of(String text) {
    List<Quote> out = new ArrayList<>();
    int open = -1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < '\u00AB' && c != '"' && c != '\'') {
        continue; // most characters: no quotation mark is below the guillemet but these two
      }
      boolean doubled = c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'';
      // An opening curly quote followed by a space ("... most of all \u201C \u2013 Keanu Reeves") is a
      // mistyped closing one.
      boolean mistyped = c == '\u201C' && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)));
      boolean mistypedClose = mistyped && open >= 0;
      if (mistyped && open < 0) {
        continue;
      }
      if ((c == '\u201C' || c == '\u00AB' || c == '\u201E') && !mistypedClose) {
        if (open < 0) {
          open = i;
        }
      } else if (c == '\u201D' || c == '\u00BB' || mistypedClose) {
        if (open >= 0) {
          out.add(quote(text, open, i + 1, true));
          open = -1;
        }
      } else if (c == '"' && open < 0 && i > 0 && Character.isDigit(text.charAt(i - 1))) {
        // 34" is an inch mark, not a quotation
        continue;
      } else if (c == '"' || doubled) {
        if (open < 0) {
          open = i;
        } else {
          out.add(quote(text, open, i + (doubled ? 2 : 1), true));
          open = -1;
        }
        if (doubled) {
          i++;
        }
      }
    }
    if (open >= 0) {
      out.add(quote(text, open, n, false));
    }
    return new Quotations(out);
  }

  private static Quote quote(String text, int start, int end, boolean closed) {
    // Words as runs of letters and digits, counted with FoldedText's table for ASCII: Character's
    // look-ups are calls under C1, and quotations are much of a news paragraph.
    // Counting stops past MIN_WORDS: a count of COUNTED or more reads as COUNTED.
    int words = Math.min(COUNTED, FoldedText.countWords(text, start, end, MIN_WORDS));
    return new Quote(start, end, words, closed);
  }

  public List<Quote> all() {
    return quotes;
  }

  /** Whether a quotation of at least {@link #MIN_WORDS} words overlaps {@code sentence}. */
  public boolean quotes(Sentence sentence) {
    for (int k = 0; k < quotes.size(); k++) {
      Quote q = quotes.get(k);
      if (q.words() >= MIN_WORDS && q.start() < sentence.textEnd() && sentence.textStart() < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the block-text offset {@code at} lies inside a quotation of at least {@link #MIN_WORDS} words. */
  public boolean contains(int at) {
    for (int j = 0; j < quotes.size(); j++) {
      Quote q = quotes.get(j);
      if (q.words() >= MIN_WORDS && at >= q.start() && at < q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the block holds any quotation of at least {@link #MIN_WORDS} words. */
  public boolean any() {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.words() >= MIN_WORDS) {
        return true;
      }
    }
    return false;
  }
}
