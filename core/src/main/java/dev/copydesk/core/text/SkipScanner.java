package dev.copydesk.core.text;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds where phrases may start in a text by skipping, in the manner of Wu and Manber's multi-pattern
 * search ("A fast algorithm for multi-pattern searching", 1994): a window as long as the shortest phrase
 * slides over the text, and the last two or three characters in it (a pair, or a triple for many long
 * phrases) say how far it can move on before some phrase could fit it. Each phrase gives the scanner
 * one window's worth of its characters: the opening ones for the shortest, the least common in prose
 * for a longer one (see {@link #rarestWindow}). In prose most pairs occur in no phrase's window, so the
 * window moves several characters at a time and most characters are never read. Where they end some
 * phrase's window, the phrases so ending are compared in full.
 *
 * <p>Pairs and triples are hashed into {@value #SIZE} entries: two that share an entry share the smaller
 * shift, which costs speed and never a match.
 *
 * <p>The scanner says where to compare and which phrases; the caller compares. A scanner made by {@link
 * #ignoringCase} hashes the text's characters by {@link #caseKey}, and stops wherever a phrase may occur
 * in any case.
 *
 * <p>Immutable and thread-safe.
 */
public final class SkipScanner {

  /** Entries in the shift table: small enough to stay in the processor's first-level cache. */
  static final int SIZE = 1 << 12;
  /** The window is at most this long: shifts are stored in bytes. */
  static final int MAX_WINDOW = 64;
  /**
   * Most entries the shift table takes (phrases times their window less one): each phrase puts the pairs
   * of its opening window in it, and once they cover the pairs common in prose the window rarely moves
   * far, while every stop compares phrases. Measured on the BBC corpus by pairs: 53 phrases of at least
   * 9 characters (424 entries) in 2.0 ns a character, against the automaton's 2.6; 339 of at least 5
   * (1,356) in 11.6.
   */
  static final int MAX_ENTRIES = 512;
  /**
   * Shortest window that pays: a window of 3 moves at most 2 characters, and costs more a character than
   * the automaton.
   */
  static final int MIN_WINDOW = 4;

  /**
   * Shortest window hashed by triples, with more than {@link #TRIPLE_ENTRIES} entries: a triple makes the
   * longest shift one shorter than a pair does, but many phrases put most common pairs in the table, and
   * far fewer of the common triples. On the BBC corpus, 53 phrases of at least 9 characters: 2.0 ns a
   * character by pairs, 1.3 by triples; 5 of at least 10: 0.7 by pairs, 0.8 by triples.
   */
  static final int TRIPLE_WINDOW = 6;
  /** Fewest entries hashed by triples (see {@link #TRIPLE_WINDOW}). */
  static final int TRIPLE_ENTRIES = 64;

  private final int window;
  // Characters hashed at each stop: 2, or 3 for many long phrases, whose pairs would cover too many.
  private final int gram;
  // Whether characters are hashed by their case key.
  private final boolean ignoreCase;
  private final byte[] shift = new byte[SIZE];
  // For each entry whose shift is 0, the phrases whose window ends in a pair (triple) of that entry.
  private final int[][] candidates = new int[SIZE][];
  // Whether every phrase's window is Latin-1: then a text can be walked by its Latin-1 bytes.
  private final boolean latin1Windows;
  // Where each phrase's window starts in it (see rarestWindow).
  private final int[] offsets;

  private SkipScanner(List<String> phrases, int window, int gram, boolean ignoreCase) {
    this.window = window;
    this.gram = gram;
    this.ignoreCase = ignoreCase;
    this.offsets = new int[phrases.size()];
    Arrays.fill(shift, (byte) (window - gram + 1));
    boolean latin1 = true;
    for (int p = 0; p < phrases.size(); p++) {
      String whole = ignoreCase ? caseKeys(phrases.get(p)) : phrases.get(p);
      int offset = rarestWindow(whole, window, gram);
      offsets[p] = offset;
      String s = whole.substring(offset, offset + window);
      for (int j = 0; j < window; j++) {
        latin1 &= s.charAt(j) <= 0xFF;
      }
      for (int j = gram - 1; j < window; j++) {
        int h = hash(s, j);
        shift[h] = (byte) Math.min(shift[h], window - 1 - j);
      }
      int h = hash(s, window - 1);
      int[] c = candidates[h];
      if (c == null) {
        candidates[h] = new int[] {p};
      } else {
        int[] grown = Arrays.copyOf(c, c.length + 1);
        grown[c.length] = p;
        candidates[h] = grown;
      }
    }
    this.latin1Windows = latin1;
  }

  /**
   * Where in {@code phrase} the window of a phrase longer than it sits: the place whose characters are
   * least common in English prose, by letter frequency, those at the window's end weighing most. Each
   * of the window's pairs (triples) shortens the shift of every text position it hashes like, the more
   * so the nearer the end it is, and the last stops the scan there: the window "i hope th" stops at every
   * " th" of a text, "elps! let" at nearly nothing. Any window of a phrase finds all its occurrences; the
   * first of equally rare ones is taken.
   */
  static int rarestWindow(String phrase, int window, int gram) {
    int best = 0;
    double bestCost = Double.MAX_VALUE;
    for (int d = 0; d + window <= phrase.length(); d++) {
      double cost = 0;
      for (int j = gram - 1; j < window; j++) {
        double f = 1;
        for (int k = j - gram + 1; k <= j; k++) {
          f *= frequency(phrase.charAt(d + k));
        }
        // How much the shift at a text position hashed like this gram falls from the longest.
        cost += f * (j - gram + 2);
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = d;
      }
    }
    return best;
  }

  // English letters from the most frequent, with rough shares of running text in thousandths.
  private static final String LETTERS = "etaoinshrdlcumwfgypbvkjxqz";
  private static final int[] PER_THOUSAND = {102, 75, 66, 62, 57, 57, 53, 50, 50, 35, 33, 22, 23, 20, 20, 18, 16, 16, 15, 12, 8, 6, 2, 1, 1, 1};

  /** A rough share of English prose that is {@code c}: a space the most common, then letters, then the rest. */
  private static double frequency(char c) {
    if (c == ' ') {
      return 0.18;
    }
    int i = LETTERS.indexOf(Character.toLowerCase(c));
    if (i >= 0) {
      return PER_THOUSAND[i] / 1000.0;
    }
    return c == ',' || c == '.' ? 0.01 : Character.isDigit(c) ? 0.003 : 0.001;
  }

  /**
   * A scanner that stops where one of {@code phrases} (none empty) may occur exactly, or {@code null}
   * when skipping would not pay: a phrase shorter than {@value #MIN_WINDOW} characters, or more than
   * {@value #MAX_ENTRIES} entries.
   */
  public static @Nullable SkipScanner of(List<String> phrases) {
    return of(phrases, false);
  }

  /**
   * {@link #of(List)} for a caller that compares characters by their {@link #caseKey}: the scanner stops
   * wherever a phrase may occur in any case.
   */
  public static @Nullable SkipScanner ignoringCase(List<String> phrases) {
    return of(phrases, true);
  }

  private static @Nullable SkipScanner of(List<String> phrases, boolean ignoreCase) {
    int shortest = Integer.MAX_VALUE;
    for (String p : phrases) {
      shortest = Math.min(shortest, p.length());
    }
    int window = Math.min(shortest, MAX_WINDOW);
    long entries = (long) phrases.size() * (window - 1);
    if (phrases.isEmpty() || window < MIN_WINDOW || entries > MAX_ENTRIES) {
      return null;
    }
    return new SkipScanner(phrases, window, window >= TRIPLE_WINDOW && entries > TRIPLE_ENTRIES ? 3 : 2, ignoreCase);
  }

  /**
   * One form for the case variants of {@code c}: lower case of upper case, which maps "K", "k" and the
   * Kelvin sign to "k", and "S", "s" and the long s to "s".
   */
  public static char caseKey(char c) {
    if (c < 128) {
      return ASCII_LOWER[c];
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code s} with each character replaced by its {@link #caseKey}. */
  public static String caseKeys(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(caseKey(s.charAt(i)));
    }
    return out.toString();
  }

  private static final char[] ASCII_LOWER = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  /** Whether this scanner hashes three characters at each stop rather than two: for tests. */
  int gram() {
    return gram;
  }

  /** The entry of the pair or triple of {@code text} that ends at {@code end} (by case key if so made). */
  private int hash(String text, int end) {
    if (ignoreCase) {
      return gram == 2
          ? hash(caseKey(text.charAt(end - 1)), caseKey(text.charAt(end)))
          : hash(caseKey(text.charAt(end - 2)), caseKey(text.charAt(end - 1)), caseKey(text.charAt(end)));
    }
    return gram == 2
        ? hash(text.charAt(end - 1), text.charAt(end))
        : hash(text.charAt(end - 2), text.charAt(end - 1), text.charAt(end));
  }

  /** A triple's entry: the earlier characters shifted apart, so that common triples spread over the table. */
  private static int hash(char a, char b, char c) {
    return ((a << 8) ^ (b << 4) ^ c ^ (a >>> 4)) & (SIZE - 1);
  }

  private static int hash(char a, char b) {
    return ((a << 6) ^ b) & (SIZE - 1);
  }

  /** The length of the window: the shortest phrase's, at most {@value #MAX_WINDOW}. */
  public int window() {
    return window;
  }

  /**
   * The first offset at or after {@code pos} where a window ending there may open a phrase, or -1
   * when there is none before the end of {@code text}. {@link #candidates} names the phrases to compare
   * there, and {@link #start} says where each would start. Begin at {@code
   * window() - 1}, and go on from {@code result + 1}.
   */
  public int next(String text, int pos) {
    if (ignoreCase) {
      return nextIgnoringCase(text, pos);
    }
    int n = text.length();
    byte[] sh = shift;
    if (gram == 3) {
      while (pos < n) {
        int s = sh[hash(text.charAt(pos - 2), text.charAt(pos - 1), text.charAt(pos))];
        if (s == 0) {
          return pos;
        }
        pos += s;
      }
      return -1;
    }
    while (pos < n) {
      int s = sh[hash(text.charAt(pos - 1), text.charAt(pos))];
      if (s == 0) {
        return pos;
      }
      pos += s;
    }
    return -1;
  }

  /** Receives the places where a {@link #scan} stops. */
  @FunctionalInterface
  public interface Stops {
    /**
     * Handles a stop at {@code pos}: a window ending there may open one of the {@link #candidates}.
     * Returns true to end the scan.
     */
    boolean at(int pos);
  }

  /** Texts at least this long are walked from two places at once (see {@link #scan}). */
  static final int TWO_WALKS = 64;

  /**
   * Hands {@code stops} every place, from {@code window() - 1} on, where a window ending there may
   * open a phrase, in no set order, until it returns true; whether it did. Every occurrence of a
   * phrase ends its opening window at one of them; a few more than {@link #next} gives may come, at
   * which the candidates compare unequal.
   *
   * <p>A long text is walked from its start and from its middle at once, in one loop. Each step of a
   * walk waits on the table look-up of the step before, so the processor is mostly idle in one walk;
   * two independent walks fill that time, and take little longer than one (on BBC's prose blocks, 4.5
   * ms a pass against 8.5). Skipping is safe from any place: a walk never steps over the end of a
   * phrase's opening window, so the walk from the middle finds every one past it.
   */
  public boolean scan(String text, Stops stops) {
    int n = text.length();
    int a = window - 1;
    if (n - a < TWO_WALKS) {
      for (int pos = next(text, a); pos >= 0; pos = next(text, pos + 1)) {
        if (stops.at(pos)) {
          return true;
        }
      }
      return false;
    }
    int mid = a + (n - a) / 2;
    int b = mid;
    byte[] sh = shift;
    // One loop per kind of hashing, as in next: the two walks' look-ups are what the loop is made of.
    if (!ignoreCase && gram == 2) {
      while (a < mid && b < n) {
        int sa = sh[hash(text.charAt(a - 1), text.charAt(a))];
        int sb = sh[hash(text.charAt(b - 1), text.charAt(b))];
        if (sa == 0 && stops.at(a) || sb == 0 && stops.at(b)) {
          return true;
        }
        a += sa == 0 ? 1 : sa;
        b += sb == 0 ? 1 : sb;
      }
    } else if (!ignoreCase) {
      while (a < mid && b < n) {
        int sa = sh[hash(text.charAt(a - 2), text.charAt(a - 1), text.charAt(a))];
        int sb = sh[hash(text.charAt(b - 2), text.charAt(b - 1), text.charAt(b))];
        if (sa == 0 && stops.at(a) || sb == 0 && stops.at(b)) {
          return true;
        }
        a += sa == 0 ? 1 : sa;
        b += sb == 0 ? 1 : sb;
      }
    } else {
      while (a < mid && b < n) {
        int sa = shiftAt(text, a);
        int sb = shiftAt(text, b);
        if (sa == 0 && stops.at(a) || sb == 0 && stops.at(b)) {
          return true;
        }
        a += sa == 0 ? 1 : sa;
        b += sb == 0 ? 1 : sb;
      }
    }
    for (; a < mid; a++) {
      a = next(text, a);
      if (a < 0 || a >= mid) {
        break;
      }
      if (stops.at(a)) {
        return true;
      }
    }
    for (; b < n; b++) {
      b = next(text, b);
      if (b < 0) {
        break;
      }
      if (stops.at(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #scan(String, Stops)}, walking {@code latin1} when given: {@code text}'s characters as
   * Latin-1 bytes, {@code '?'} for any other (see {@link Latin1}), as many as it has characters or more.
   * A loop over bytes runs faster than one calling {@code charAt}, and stops at the same places when
   * every phrase's opening window is Latin-1 (a window holding a character outside it is in no phrase's,
   * and the {@code '?'} standing for it at most makes a shift shorter, which is safe). Otherwise, and
   * for a scanner that ignores case (a case key can fold a character outside Latin-1 into it), the
   * characters are walked.
   */
  public boolean scan(String text, byte @Nullable [] latin1, Stops stops) {
    if (latin1 != null && latin1.length < text.length()) {
      throw new IllegalArgumentException(latin1.length + " bytes for a text of length " + text.length());
    }
    if (latin1 == null || ignoreCase || !latin1Windows) {
      return scan(text, stops);
    }
    // As scan(String, Stops): a long text walked from its start and its middle at once, a short one
    // from its start alone (its middle put at its end).
    int n = text.length();
    int a = window - 1;
    int mid = n - a < TWO_WALKS ? n : a + (n - a) / 2;
    int b = mid;
    byte[] sh = shift;
    while (a < mid && b < n) {
      int sa = sh[hash(latin1, a)];
      int sb = sh[hash(latin1, b)];
      if (sa == 0 && stops.at(a) || sb == 0 && stops.at(b)) {
        return true;
      }
      a += sa == 0 ? 1 : sa;
      b += sb == 0 ? 1 : sb;
    }
    while (a < mid) {
      int s = sh[hash(latin1, a)];
      if (s == 0 && stops.at(a)) {
        return true;
      }
      a += s == 0 ? 1 : s;
    }
    while (b < n) {
      int s = sh[hash(latin1, b)];
      if (s == 0 && stops.at(b)) {
        return true;
      }
      b += s == 0 ? 1 : s;
    }
    return false;
  }

  /** The entry of the pair or triple of the bytes {@code t} that ends at {@code end}. */
  private int hash(byte[] t, int end) {
    return gram == 2
        ? hash((char) (t[end - 1] & 0xFF), (char) (t[end] & 0xFF))
        : hash((char) (t[end - 2] & 0xFF), (char) (t[end - 1] & 0xFF), (char) (t[end] & 0xFF));
  }

  /** The shift the table gives for the window ending at {@code pos}: 0 where a phrase may open. */
  private int shiftAt(String text, int pos) {
    if (ignoreCase) {
      return shift[gram == 3
          ? hash(caseKey(text.charAt(pos - 2)), caseKey(text.charAt(pos - 1)), caseKey(text.charAt(pos)))
          : hash(caseKey(text.charAt(pos - 1)), caseKey(text.charAt(pos)))];
    }
    return shift[gram == 3
        ? hash(text.charAt(pos - 2), text.charAt(pos - 1), text.charAt(pos))
        : hash(text.charAt(pos - 1), text.charAt(pos))];
  }

  private int nextIgnoringCase(String text, int pos) {
    int n = text.length();
    byte[] sh = shift;
    while (pos < n) {
      int h = gram == 3
          ? hash(caseKey(text.charAt(pos - 2)), caseKey(text.charAt(pos - 1)), caseKey(text.charAt(pos)))
          : hash(caseKey(text.charAt(pos - 1)), caseKey(text.charAt(pos)));
      int s = sh[h];
      if (s == 0) {
        return pos;
      }
      pos += s;
    }
    return -1;
  }

  /**
   * Where phrase {@code phrase} would start in the text for its window to end at {@code pos}, a stop;
   * may be negative, where the phrase cannot be.
   */
  public int start(int phrase, int pos) {
    return pos - window + 1 - offsets[phrase];
  }

  /**
   * How many phrases may have their window end at {@code pos}, a result of {@link #next}: those whose
   * own window ends in the same characters (or ones hashed alike). {@link #candidate} names them, {@link
   * #start} says where each would start.
   */
  public int candidateCount(String text, int pos) {
    return candidates(text, pos).length;
  }

  /** The index of the {@code k}th phrase that may open a window ending at {@code pos} (see {@link #candidateCount}). */
  public int candidate(String text, int pos, int k) {
    return candidates(text, pos)[k];
  }

  /**
   * Those phrases, by index, as the scanner keeps them: not to be modified. None at a stop that a walk
   * by bytes made where a {@code '?'} stands for another character.
   */
  int[] candidates(String text, int pos) {
    int[] c = candidates[hash(text, pos)];
    return c == null ? NO_CANDIDATES : c;
  }

  private static final int[] NO_CANDIDATES = {};
}
