package dev.copydesk.core.text;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds where phrases may start in a text by skipping, in the manner of Wu and Manber's multi-pattern
 * search ("A fast algorithm for multi-pattern searching", 1994): a window as long as the shortest phrase
 * slides over the text, and the pair of characters at its end says how far it can move on before some
 * phrase could fit it. In prose most pairs occur in no phrase's opening characters, so the window moves
 * nearly its full length at a time and most characters are never read. Where a pair ends some phrase's
 * opening window, the phrases of that pair are compared in full.
 *
 * <p>The pairs are hashed into {@value #SIZE} entries: two pairs that share an entry share the smaller
 * shift, which costs speed and never a match.
 *
 * <p>Immutable and thread-safe.
 */
final class SkipScanner {

  /** Entries in the shift table: small enough to stay in the processor's first-level cache. */
  static final int SIZE = 1 << 12;
  /** The window is at most this long: shifts are stored in bytes. */
  static final int MAX_WINDOW = 64;
  /**
   * Most (phrase, pair) entries the shift table takes: each phrase puts the pairs of its opening window
   * in it, and once they cover the pairs common in prose the window rarely moves far, while every stop
   * compares phrases. Measured on the BBC corpus: 53 phrases of at least 9 characters (424 entries) scan
   * in 2.0 ns a character against the automaton's 2.6; 339 of at least 5 (1,356) in 11.6.
   */
  static final int MAX_ENTRIES = 512;
  /**
   * Shortest window that pays: a window of 3 moves at most 2 characters, and costs more a character than
   * the automaton.
   */
  static final int MIN_WINDOW = 4;

  private final int window;
  private final byte[] shift = new byte[SIZE];
  // For each entry whose shift is 0, the phrases whose opening window ends in a pair of that entry.
  private final int[][] candidates = new int[SIZE][];

  private SkipScanner(List<String> phrases, int window) {
    this.window = window;
    Arrays.fill(shift, (byte) (window - 1));
    for (int p = 0; p < phrases.size(); p++) {
      String s = phrases.get(p);
      for (int j = 1; j < window; j++) {
        int h = hash(s.charAt(j - 1), s.charAt(j));
        shift[h] = (byte) Math.min(shift[h], window - 1 - j);
      }
      int h = hash(s.charAt(window - 2), s.charAt(window - 1));
      int[] c = candidates[h];
      if (c == null) {
        candidates[h] = new int[] {p};
      } else {
        int[] grown = Arrays.copyOf(c, c.length + 1);
        grown[c.length] = p;
        candidates[h] = grown;
      }
    }
  }

  /**
   * A scanner for {@code phrases} (folded, not empty), or {@code null} when skipping would not pay: a
   * phrase shorter than {@value #MIN_WINDOW} characters, or more than {@value #MAX_ENTRIES} pairs in the
   * phrases' opening windows.
   */
  static @Nullable SkipScanner of(List<String> phrases) {
    int shortest = Integer.MAX_VALUE;
    for (String p : phrases) {
      shortest = Math.min(shortest, p.length());
    }
    int window = Math.min(shortest, MAX_WINDOW);
    if (phrases.isEmpty() || window < MIN_WINDOW || (long) phrases.size() * (window - 1) > MAX_ENTRIES) {
      return null;
    }
    return new SkipScanner(phrases, window);
  }

  private static int hash(char a, char b) {
    return ((a << 6) ^ b) & (SIZE - 1);
  }

  /** The length of the window: the shortest phrase's, at most {@value #MAX_WINDOW}. */
  int window() {
    return window;
  }

  /**
   * The first offset at or after {@code pos} where a window ending there may open a phrase, or -1
   * when there is none before the end of {@code text}. The window then starts at {@code result -
   * window() + 1}, and {@link #candidates} names the phrases to compare there. Begin at {@code
   * window() - 1}, and go on from {@code result + 1}.
   */
  int next(String text, int pos) {
    int n = text.length();
    byte[] sh = shift;
    while (pos < n) {
      int s = sh[hash(text.charAt(pos - 1), text.charAt(pos))];
      if (s == 0) {
        return pos;
      }
      pos += s;
    }
    return -1;
  }

  /**
   * The phrases, by index, that may open a window ending at {@code pos}, a result of {@link #next}:
   * those whose own opening window ends in the same pair of characters (or one hashed alike).
   */
  int[] candidates(String text, int pos) {
    return candidates[hash(text.charAt(pos - 1), text.charAt(pos))];
  }
}
