package dev.copydesk.core.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text folded for matching, with every folded character mapped back to the original. Folding (see
 * {@link Folding}) turns curly quotes and apostrophes into straight ones, dashes into {@code -}, the
 * ellipsis into {@code .}, runs of white space (no-break spaces included) into one space, and, unless
 * case is kept, lower-cases. Leading and trailing white space is dropped.
 *
 * <p>Offsets are 0-based UTF-16 indexes; {@link #start(int)} and {@link #end(int)} give the original
 * range of a folded range.
 *
 * <p>Immutable and thread-safe.
 */
public final class FoldedText {

  private final String original;
  private final String folded;
  // The original offset of each folded character; null when folding kept every character in place,
  // as it does for most blocks (no run of white space, none at the ends): then it is base + i.
  private final int @Nullable [] toOriginal;
  private final int base;
  // The folded text's Latin-1 bytes (at least as many as it has characters) when it was folded in
  // place; else null.
  private final byte @Nullable [] latin1;

  private FoldedText(String original, String folded, int @Nullable [] toOriginal, int base, byte @Nullable [] latin1) {
    this.original = original;
    this.folded = folded;
    this.toOriginal = toOriginal;
    this.base = base;
    this.latin1 = latin1;
  }

  // Folded ASCII characters, for the common case; SPACE marks white space. Built from fold and
  // foldKeepingCase, so the tables cannot disagree with them.
  private static final char SPACE = '\uFFFF';
  private static final char[] ASCII_IGNORING_CASE = new char[128];
  private static final char[] ASCII_KEEPING_CASE = new char[128];

  // Every Latin-1 character folded, white space to ' ', for the pass that folds text in place: Latin-1
  // characters fold to Latin-1 characters. Built from fold and foldKeepingCase, like the tables above.
  private static final char[] LATIN1_IGNORING_CASE_SPACED = new char[256];
  private static final char[] LATIN1_KEEPING_CASE_SPACED = new char[256];
  // 1 for the Latin-1 characters isWordChar accepts, else 0.
  private static final byte[] LATIN1_WORD_CHAR = new byte[256];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_IGNORING_CASE[c] = isSpace(c) ? SPACE : fold(c);
      ASCII_KEEPING_CASE[c] = isSpace(c) ? SPACE : foldKeepingCase(c);
    }
    for (char c = 0; c < 256; c++) {
      LATIN1_IGNORING_CASE_SPACED[c] = isSpace(c) ? ' ' : fold(c);
      LATIN1_KEEPING_CASE_SPACED[c] = isSpace(c) ? ' ' : foldKeepingCase(c);
      if (LATIN1_IGNORING_CASE_SPACED[c] > 0xFF || LATIN1_KEEPING_CASE_SPACED[c] > 0xFF) {
        throw new AssertionError("Latin-1 character " + (int) c + " folds outside Latin-1");
      }
      LATIN1_WORD_CHAR[c] = (byte) (isWordChar(c) ? 1 : 0);
      // originalWords counts the folded bytes for the original's words.
      if (isWordChar(c) != isWordChar(LATIN1_IGNORING_CASE_SPACED[c]) || isWordChar(c) != isWordChar(LATIN1_KEEPING_CASE_SPACED[c])) {
        throw new AssertionError("Latin-1 character " + (int) c + " folds to a character that is not as much a word's");
      }
    }
  }

  /** Folds {@code text[from, to)} with {@code folding}; offsets of the result still refer to {@code text}. */
  public static FoldedText of(String text, int from, int to, Folding folding) {
    if (from < 0 || to < from || to > text.length()) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") outside text of length " + text.length());
    }
    // Every rule that matches phrases folds the text it reads, so this loop is among the hottest of a
    // run: a char array and a table for ASCII rather than a StringBuilder and Character look-ups.
    boolean lower = folding == Folding.IGNORE_CASE;
    int length = to - from;
    FoldedText inPlace = inPlace(text, from, to, lower);
    if (inPlace != null) {
      return inPlace;
    }
    char[] out = new char[length];
    char[] ascii = lower ? ASCII_IGNORING_CASE : ASCII_KEEPING_CASE;
    // Offsets are written only once one differs from its place (from + its folded index).
    int[] map = null;
    int n = 0;
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char f;
      if (c < 128) {
        f = ascii[c];
        if (f == SPACE) {
          pendingSpace = n > 0;
          continue;
        }
      } else if (isSpace(c)) {
        pendingSpace = n > 0;
        continue;
      } else {
        f = lower ? fold(c) : foldKeepingCase(c);
      }
      if (pendingSpace) {
        map = place(map, n, i - 1, from, length);
        out[n++] = ' ';
        pendingSpace = false;
      }
      map = place(map, n, i, from, length);
      out[n++] = f;
    }
    String result = new String(out, 0, n);
    if (map == null) {
      return new FoldedText(text, result, null, from, null);
    }
    return new FoldedText(text, result, n == length ? map : Arrays.copyOf(map, n), from, null);
  }

  /**
   * {@code text[from, to)} folded when folding keeps every character where it was (no white space
   * before the first word or doubled between two: most blocks) and the text is all Latin-1 (nearly all
   * text), else {@code null}. Each character is folded by one table look-up and written where it was,
   * so no iteration waits on the one before it; a space after white space (or at the start) is only
   * noted, and sends the text to the general path. One trailing space is dropped.
   *
   * <p>The text's Latin-1 bytes are taken as the string hands them over (a copy of its own bytes when
   * it is stored as Latin-1), folded where they lie, and made the folded string: reading the text a
   * {@code charAt} call at a time compiled to code twice as slow over a run's blocks, every one of
   * which is folded.
   */
  private static @Nullable FoldedText inPlace(String text, int from, int to, boolean lower) {
    char[] table = lower ? LATIN1_IGNORING_CASE_SPACED : LATIN1_KEEPING_CASE_SPACED;
    String range = from == 0 && to == text.length() ? text : text.substring(from, to);
    int length = range.length();
    // A character outside Latin-1 is encoded as '?' (a surrogate pair as one '?': fewer bytes).
    byte[] bytes = range.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length != length) {
      return null;
    }
    // Eight characters at a time where all eight fold by arithmetic alone (see foldPlain), else one at a
    // time through the table. The state between characters: bit 0, the last was white space (or there
    // was none yet, where white space is not kept either); bit 1, white space followed white space.
    long capitals = lower ? CAPITAL_BIT : 0;
    int state = 1;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
      long v = (long) LONGS.get(bytes, i);
      if (!isPlain(v)) {
        state = foldEach(bytes, range, table, i, i + 8, state);
        if (state < 0) {
          return null;
        }
        continue;
      }
      long folded = v | capitalsOf(v) & capitals;
      long spaces = spacesOf(folded);
      state |= (spaces & (spaces << 8 | (state & 1L) << 7)) != 0 ? 2 : 0;
      state = state & ~1 | (int) (spaces >>> 63);
      LONGS.set(bytes, i, folded);
    }
    state = foldEach(bytes, range, table, i, length, state);
    if (state < 0 || (state & 2) != 0) {
      return null;
    }
    int n = length > 0 && bytes[length - 1] == ' ' ? length - 1 : length;
    return new FoldedText(text, new String(bytes, 0, n, StandardCharsets.ISO_8859_1), null, from, bytes);
  }

  /**
   * Folds {@code bytes[from, to)} in place through {@code table}, one character at a time, from the
   * state {@code state} (see inPlace); the state after, or -1 at a character outside Latin-1.
   */
  private static int foldEach(byte[] bytes, String range, char[] table, int from, int to, int state) {
    int afterSpace = state & 1;
    int doubled = state >>> 1 & 1;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if (b == '?' && range.charAt(i) != '?') {
        return -1; // not Latin-1: the general path
      }
      int f = table[b];
      bytes[i] = (byte) f;
      // 1 for a space (no character but white space folds to one), else 0: arithmetic rather than
      // conditions, which the compiler would turn into branches that prose makes unpredictable.
      int space = ((f ^ ' ') - 1) >>> 31;
      doubled |= space & afterSpace;
      afterSpace = space;
    }
    return afterSpace | doubled << 1;
  }

  // Eight bytes read and written as one long, in the order they lie.
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  // The bit that makes an ASCII capital its small letter, in each byte.
  private static final long CAPITAL_BIT = 0x20 * ONES;

  /**
   * Whether each of the eight characters in {@code v} folds by arithmetic alone: printable ASCII (a
   * space, not other white space) but for {@code ?}, which may stand for a character outside Latin-1,
   * and the grave accent, which folds to an apostrophe. Such a character folds to itself, a capital to
   * its small letter when case is ignored. Prose is nearly all such.
   */
  private static boolean isPlain(long v) {
    return ((v | below(v, ' ') | zeroIn(v ^ '?' * ONES) | zeroIn(v ^ '`' * ONES)) & HIGH) == 0;
  }

  /** The high bit of some byte set when some byte of {@code v} (none with its high bit set) is below {@code c}. */
  private static long below(long v, int c) {
    return (v - c * ONES) & ~v;
  }

  /** The high bit of some byte set when some byte of {@code v} is 0. */
  private static long zeroIn(long v) {
    return (v - ONES) & ~v;
  }

  /** The capital bit ({@link #CAPITAL_BIT}) of each byte of {@code v} (all ASCII) that is a capital A to Z. */
  private static long capitalsOf(long v) {
    long atLeastA = v + (0x80 - 'A') * ONES;
    long pastZ = v + (0x80 - 'Z' - 1) * ONES;
    return (atLeastA & ~pastZ & HIGH) >>> 2;
  }

  /** The high bit of each byte of {@code v} (all ASCII) that is a space, and no other bit. */
  private static long spacesOf(long v) {
    long x = v ^ ' ' * ONES;
    return ~((x & LOW7) + LOW7 | x | LOW7);
  }

  /**
   * Records that folded character {@code n} comes from offset {@code at}: nothing while every character
   * so far is in place, else in {@code map}, made (and filled for the characters before) on the first
   * one out of place.
   */
  private static int @Nullable [] place(int @Nullable [] map, int n, int at, int from, int length) {
    if (map == null) {
      if (at == from + n) {
        return null;
      }
      map = new int[length];
      for (int k = 0; k < n; k++) {
        map[k] = from + k;
      }
    }
    map[n] = at;
    return map;
  }

  /** Folds {@code text[from, to)}, ignoring case. */
  public static FoldedText of(String text, int from, int to) {
    return of(text, from, to, Folding.IGNORE_CASE);
  }

  /** Folds all of {@code text}, ignoring case. */
  public static FoldedText of(String text) {
    return of(text, 0, text.length(), Folding.IGNORE_CASE);
  }

  /** Folds all of {@code text} with {@code folding}. */
  public static FoldedText of(String text, Folding folding) {
    return of(text, 0, text.length(), folding);
  }

  /** The folded form of one character, lower-cased. */
  public static char fold(char c) {
    char f = foldKeepingCase(c);
    return f == c ? Character.toLowerCase(c) : f;
  }

  /** The folded form of one character with its case kept. */
  public static char foldKeepingCase(char c) {
    switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4':
        return '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
        return '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
        return '-';
      case '\u2026':
        return '.';
      default:
        return c;
    }
  }

  /** Whether {@code c} is white space for folding: any Unicode space, a zero-width space or a BOM. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** Whether {@code c} is part of a word (letter or digit). */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  // 1 for the ASCII characters isWordChar accepts, else 0: built from it, so the two cannot disagree.
  private static final byte[] ASCII_WORD_CHAR = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHAR[c] = (byte) (isWordChar(c) ? 1 : 0);
    }
  }

  /**
   * Number of words (runs of {@link #isWordChar} characters) in {@code s[from, to)}; counting stops once
   * past {@code cap}, enough to compare the count with limits up to {@code cap - 1}. Counted in
   * arithmetic rather than with a branch at every word's start, which in prose no predictor can guess.
   */
  public static int countWords(CharSequence s, int from, int to, int cap) {
    return countWords(s.toString(), from, to, cap);
  }

  /**
   * {@link #countWords(CharSequence, int, int, int)} on a String, the usual case. (The other reads its
   * text as a String too: through the interface, every character is a call the command line's compiler,
   * C1, does not inline.)
   */
  public static int countWords(String s, int from, int to, int cap) {
    int n = 0;
    int in = 0;
    for (int i = from; i < to && n <= cap; i++) {
      char c = s.charAt(i);
      int w = c < 128 ? ASCII_WORD_CHAR[c] : isWordChar(c) ? 1 : 0;
      n += w & (in ^ 1);
      in = w;
    }
    return n;
  }

  /**
   * Number of words of the original range this folds, counted as {@link #countWords(String, int, int,
   * int)} counts them in the original, up to {@code cap} alike. Folding keeps every character's being
   * part of a word or not, and white space only separates words, so a text folded in place is counted
   * from its folded bytes, a loop over bytes rather than over a string's characters; any other from the
   * original, from its first folded character to its last.
   */
  public int originalWords(int cap) {
    byte[] bytes = latin1;
    int length = folded.length();
    if (bytes == null) {
      return length == 0 ? 0 : countWords(original, start(0), end(length), cap);
    }
    // Eight characters at a time where all are ASCII: a mask of the word characters among them, and
    // the word starts counted in one bit count. Counting past the cap in a chunk is taken back below.
    int n = 0;
    int in = 0;
    int i = 0;
    for (; i + 8 <= length && n <= cap; i += 8) {
      long v = (long) LONGS.get(bytes, i);
      if ((v & HIGH) != 0) {
        for (int j = i; j < i + 8; j++) {
          int w = LATIN1_WORD_CHAR[bytes[j] & 0xFF];
          n += w & (in ^ 1);
          in = w;
        }
        continue;
      }
      long words = wordCharsOf(v);
      n += Long.bitCount(words & ~(words << 8 | (long) in << 7));
      in = (int) (words >>> 63);
    }
    for (; i < length && n <= cap; i++) {
      int w = LATIN1_WORD_CHAR[bytes[i] & 0xFF];
      n += w & (in ^ 1);
      in = w;
    }
    return (int) Math.min(n, cap + 1L);
  }

  /** The high bit of each byte of {@code v} (all ASCII) that is a letter or digit, and no other bit. */
  private static long wordCharsOf(long v) {
    return (inRange(v, '0', '9') | inRange(v, 'A', 'Z') | inRange(v, 'a', 'z')) & HIGH;
  }

  /** The high bit of each byte of {@code v} (all ASCII) from {@code low} to {@code high}, among other bits. */
  private static long inRange(long v, char low, char high) {
    return (v + (0x80 - low) * ONES) & ~(v + (0x7F - high) * ONES);
  }

  public String folded() {
    return folded;
  }

  /**
   * The folded text's Latin-1 bytes, at least as many as it has characters, when it was folded in place
   * (every character Latin-1); else null. Not to be modified.
   */
  byte @Nullable [] latin1() {
    return latin1;
  }

  public String original() {
    return original;
  }

  public int length() {
    return folded.length();
  }

  /** The original offset of the folded character {@code i}. */
  public int start(int i) {
    return toOriginal == null ? base + Objects.checkIndex(i, folded.length()) : toOriginal[i];
  }

  /** The original offset just past the folded character {@code i - 1}, for a range ending at {@code i}. */
  public int end(int i) {
    if (i <= 0) {
      return folded.isEmpty() ? 0 : start(0);
    }
    return start(i - 1) + 1;
  }

  @Override
  public String toString() {
    return folded;
  }
}
