package dev.copydesk.core.segment;

import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.text.Latin1;

/**
 * Splits text into word, number, punctuation and symbol tokens.
 *
 * <ul>
 *   <li>Words are letters, digits and combining marks, joined by inner apostrophes and hyphens
 *       ("don't", "Blair’s", "well-known", "COVID-19") and by invisible format characters such as
 *       the soft hyphen. Acronyms of single letters and periods keep their periods ("U.S.", "e.g.",
 *       "p.m."), as in the Penn Treebank, except a final period that ends the range (with nothing
 *       but closing quotes or brackets after it): that one ends the sentence and is a token of its
 *       own ("in the U.S." gives "U.S" and "."), so the last token of a sentence is its terminal
 *       punctuation. Other periods are tokens of their own ("Mr", ".").
 *   <li>Numbers start with a digit and keep inner separators and letter suffixes ("1,000.5",
 *       "1.13bn", "21st"); a sign or currency symbol before them is a token of its own.
 *   <li>Punctuation is one character, except that a run of periods ("...") is one token.
 *   <li>Everything else is a symbol, one per character, except that an emoji keeps its modifiers,
 *       variation selectors and zero-width-joiner sequences ("👍🏽", "👨‍👩‍👧"), and a flag its
 *       two regional indicators.
 * </ul>
 *
 * <p>White space (with the zero-width space and the byte-order mark) separates tokens and belongs to
 * none. Unpaired surrogates become one-character
 * symbols; no input makes the tokenizer throw.
 *
 * <p>Immutable and thread-safe.
 */
public final class Tokenizer {

  private static final Tokenizer INSTANCE = new Tokenizer();

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  // Classes of the ASCII characters, worked out by classOf, which classes the others.
  private static final byte SPACE = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte PUNCTUATION = 3;
  private static final byte SYMBOL = 4;
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_CLASS[c] = classOf(c);
    }
  }

  /** The class of a token's first code point: what kind of token it starts, or none (white space). */
  private static byte classOf(int cp) {
    return isSeparator(cp) ? SPACE
        : Character.isLetter(cp) ? LETTER
        : Character.isDigit(cp) ? DIGIT
        : isPunctuation(cp) ? PUNCTUATION
        : SYMBOL;
  }

  private Tokenizer() {}

  /** The English tokenizer, shared; immutable and thread-safe. */
  public static Tokenizer english() {
    return INSTANCE;
  }

  /** Tokens of all of {@code text}. */
  public TokenList tokenize(String text) {
    return tokenize(text, 0, text.length());
  }

  /**
   * Tokens of {@code text[from, to)}, in an unmodifiable list, with offsets (0-based UTF-16 indexes, end
   * exclusive) into {@code text}; no token reaches past {@code to}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= text.length()}
   */
  public TokenList tokenize(String text, int from, int to) {
    return tokenize(text, from, to, new TokenList.Builder());
  }

  /**
   * {@link #tokenize(String, int, int)}, collecting the tokens in {@code scratch} and copying them once
   * into the result: for a caller that tokenizes many ranges in turn, such as a parser its sentences,
   * and so grows no arrays per range. Each call copies all of {@code text} into {@link Latin1} bytes;
   * such a caller makes them once and passes them ({@link #tokenize(String, byte[], int, int,
   * TokenList.Builder)}).
   */
  public TokenList tokenize(String text, int from, int to, TokenList.Builder scratch) {
    return tokenize(text, Latin1.of(text), from, to, scratch);
  }

  /**
   * {@link #tokenize(String, int, int, TokenList.Builder)} with the text's characters as {@link Latin1}
   * bytes ({@link Latin1#of}{@code (text)}, not modified afterwards), made once by a caller that
   * tokenizes many ranges of one text. The result keeps them (see {@link TokenList#latin1()}).
   *
   * @throws IllegalArgumentException if {@code latin1} is not as long as {@code text}
   */
  public TokenList tokenize(String text, byte[] latin1, int from, int to, TokenList.Builder scratch) {
    if (from < 0 || from > to || to > text.length()) {
      throw new IndexOutOfBoundsException(
          "range [" + from + ", " + to + ") is not inside a text of length " + text.length());
    }
    if (latin1.length != text.length()) {
      throw new IllegalArgumentException(latin1.length + " bytes for a text of length " + text.length());
    }
    TokenList.Builder out = scratch;
    int i = from;
    while (i < to) {
      byte b = latin1[i];
      int cp;
      byte k;
      if (b >= 0 && b != Latin1.UNMAPPED) {
        // ASCII, nearly every token's first character: its class from a table rather than from
        // Character's look-ups, which the command line's compiler (C1) makes calls.
        cp = b;
        k = ASCII_CLASS[b];
      } else {
        cp = codePointAt(text, i, to);
        k = classOf(cp);
      }
      if (k == SPACE) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      Token.Type type;
      if (k == LETTER) {
        long word = wordEnd(text, latin1, i, to);
        i = (int) (word & END_BITS);
        if ((word & HASHED) != 0) {
          addKeyed(out, latin1, start, i, Token.Type.WORD, (int) (word >>> 32));
          continue;
        }
        type = Token.Type.WORD;
      } else if (k == DIGIT) {
        i = numberEnd(text, i, to);
        int hash = asciiHash(latin1, start, i);
        if (hash != NOT_ASCII) {
          addKeyed(out, latin1, start, i, Token.Type.NUMBER, hash);
          continue;
        }
        type = Token.Type.NUMBER;
      } else if (k == PUNCTUATION) {
        i += Character.charCount(cp);
        if (cp == '.') {
          while (i < to && latin1[i] == '.') {
            i++;
          }
        }
        type = Token.Type.PUNCTUATION;
      } else {
        i = symbolEnd(text, i, to);
        type = Token.Type.SYMBOL;
      }
      out.add(start, i, type);
    }
    return out.build(text, latin1);
  }

  /**
   * Adds the word {@code [start, end)}, all ASCII, with its hash and what else the readers of words
   * look up (see {@link TokenList#wordData()}), read off the bytes while they are at hand.
   */
  private static void addKeyed(TokenList.Builder out, byte[] latin1, int start, int end, Token.Type type, int hash) {
    int first = ASCII_LOWER[latin1[start]];
    int second = end - start > 1 ? ASCII_LOWER[latin1[start + 1]] : 0;
    int last = ASCII_LOWER[latin1[end - 1]];
    out.addKeyed(start, end, type, hash, first, second, last);
  }

  // Each ASCII character lower-cased.
  private static final byte[] ASCII_LOWER = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_LOWER[c] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
  }

  private static final int NOT_ASCII = Integer.MIN_VALUE;

  /**
   * The {@link String#hashCode} of {@code [from, to)} with capitals lower-cased, or {@link #NOT_ASCII}
   * when a character there is outside ASCII (a number such as "½" or one with Arabic digits). A
   * number whose hash happens to be {@code NOT_ASCII} is left unkeyed too; its readers work it out.
   */
  private static int asciiHash(byte[] latin1, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      byte b = latin1[i];
      if (b < 0 || b == Latin1.UNMAPPED) {
        return NOT_ASCII;
      }
      h = 31 * h + ASCII_LOWER[b];
    }
    return h;
  }

  // wordEnd's result: the end in the low bits, HASHED when the word's ASCII hash is in the high 32.
  private static final long END_BITS = 0x7FFF_FFFFL;
  private static final long HASHED = 0x8000_0000L;

  /**
   * The end of the word that starts at {@code start} ({@code & END_BITS}) and, when every character of it
   * is ASCII ({@code & HASHED}), the {@link String#hashCode} of it lower-cased in the high 32 bits
   * (see {@link TokenList#wordData}): worked out here, as the characters are read, so that no reader of the
   * words reads them again for it.
   */
  private static long wordEnd(String text, byte[] latin1, int start, int to) {
    byte first = latin1[start];
    boolean ascii = first >= 0 && first != Latin1.UNMAPPED;
    int h = first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first;
    int i = start + Character.charCount(codePointAt(text, start, to));
    while (i < to) {
      // ASCII first, the bulk of English words: letters and digits continue the word, an apostrophe or
      // hyphen does when a word character follows, anything else ends it (no ASCII character is a mark
      // or a format character). Read from the bytes: a '?' there is a question mark, which ends the
      // word, or a character outside Latin-1, which the general path below reads.
      byte a = latin1[i];
      if (a >= 0 && a != Latin1.UNMAPPED) {
        if (a >= 'a' && a <= 'z' || a >= '0' && a <= '9') {
          h = 31 * h + a;
          i++;
          continue;
        }
        if (a >= 'A' && a <= 'Z') {
          h = 31 * h + (a + ('a' - 'A'));
          i++;
          continue;
        }
        if ((a == '\'' || a == '-') && i + 1 < to && isWordPart(codePointAt(text, i + 1, to))) {
          h = 31 * h + a;
          i++;
          continue;
        }
        break;
      }
      int c = codePointAt(text, i, to);
      int len = Character.charCount(c);
      if (Character.isLetterOrDigit(c) || isMark(c)) {
        ascii = false;
        i += len;
      } else if ((isJoiner(c) || isFormat(c)) && i + len < to && isWordPart(codePointAt(text, i + len, to))) {
        ascii = false;
        i += len;
      } else {
        break;
      }
    }
    // "U.S.", "e.g.", "p.m.": single letters joined by periods, with the final period.
    if (i - start == 1 && i + 1 < to && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))
        && (i + 2 == to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
      ascii = false; // left to the readers: such words are few
      while (i + 1 < to && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))
          && (i + 2 == to || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        i += 2;
      }
      if (i < to && text.charAt(i) == '.' && !endsRange(text, i + 1, to)) {
        i++;
      }
    }
    return ascii ? (long) h << 32 | HASHED | i : i;
  }

  /** Whether only closing quotes and brackets follow {@code i} up to {@code to}. */
  private static boolean endsRange(String text, int i, int to) {
    for (int p = i; p < to; p++) {
      int t = Character.getType(text.charAt(p));
      if (t != Character.END_PUNCTUATION && t != Character.FINAL_QUOTE_PUNCTUATION && text.charAt(p) != '"'
          && text.charAt(p) != '\'') {
        return false;
      }
    }
    return true;
  }

  private static int numberEnd(String text, int start, int to) {
    int i = start + 1;
    while (i < to) {
      int c = codePointAt(text, i, to);
      if (Character.isLetterOrDigit(c) || isMark(c)) {
        i += Character.charCount(c);
      } else if ((c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of a symbol, with the modifiers and joined parts that draw it as one picture. */
  private static int symbolEnd(String text, int start, int to) {
    int first = codePointAt(text, start, to);
    int i = start + Character.charCount(first);
    if (isRegionalIndicator(first) && i < to && isRegionalIndicator(codePointAt(text, i, to))) {
      return i + 2; // a flag: two regional indicators, each a surrogate pair
    }
    while (i < to) {
      int c = codePointAt(text, i, to);
      if (isEmojiModifier(c)) {
        i += Character.charCount(c);
      } else if (c == ZERO_WIDTH_JOINER && i + 1 < to
          && Character.getType(codePointAt(text, i + 1, to)) == Character.OTHER_SYMBOL) {
        i += 1 + Character.charCount(codePointAt(text, i + 1, to));
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The code point at {@code i}, never reading at or past {@code to}: a high surrogate whose pair
   * lies outside the range counts as unpaired.
   */
  private static int codePointAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  private static boolean isWordPart(int c) {
    return Character.isLetterOrDigit(c) || isMark(c);
  }

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** White space, and the zero-width space and byte-order mark, which separate without showing. */
  private static boolean isSeparator(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  /** Soft hyphen, zero-width joiner and non-joiner and the like: invisible inside a word. */
  private static boolean isFormat(int c) {
    return Character.getType(c) == Character.FORMAT && !isSeparator(c);
  }

  private static boolean isJoiner(int c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isPunctuation(int c) {
    int t = Character.getType(c);
    return t == Character.OTHER_PUNCTUATION
        || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION
        || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION
        || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.CONNECTOR_PUNCTUATION;
  }

  private static boolean isRegionalIndicator(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
  }

  /** Variation selectors, skin-tone modifiers and the keycap mark, which change the symbol before them. */
  private static boolean isEmojiModifier(int c) {
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3;
  }
}
