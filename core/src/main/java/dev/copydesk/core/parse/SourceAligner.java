package dev.copydesk.core.parse;

import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.parser.Parser;

/**
 * Lines up a text that a markup parser produced (commonmark's literals, jsoup's text nodes) with the
 * source range it came from, so that each text character maps to the source characters it stands for.
 * The parsers tell us which source range a node covers but not how its characters line up, and the two
 * differ where the source has entities ({@code &amp;amp;}, {@code &#8217;}), backslash escapes, CRLF line
 * breaks or characters the parser dropped (trailing spaces, a NUL).
 *
 * <p>Alignment is greedy and never guesses inside a construct: an entity or escape becomes one
 * replacement piece covering the whole construct, so no span can start or end inside it. Verbatim runs
 * are reported as one piece each, not character by character.
 *
 * <p>Stateless and thread-safe.
 */
final class SourceAligner {

  /** Receives the aligned pieces in text order. */
  interface Sink {
    /**
     * Text {@code [textStart, textEnd)} stands for source {@code [sourceStart, sourceEnd)}; when
     * {@code verbatim}, the two are equal character for character.
     */
    void piece(int textStart, int textEnd, int sourceStart, int sourceEnd, boolean verbatim);
  }

  /** Longest entity reference we try to decode ({@code &CounterClockwiseContourIntegral;} is 33). */
  private static final int MAX_ENTITY = 40;

  /** Decoded named references; bounded, since the key may carry text after a legacy entity. */
  private static final ConcurrentHashMap<String, String> NAMED = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 4096;

  private SourceAligner() {}

  /**
   * Decodes one character reference the way jsoup's tokenizer does (jsoup decides what the text holds),
   * with fast paths for numeric references to ordinary characters and a cache for named ones.
   */
  static String decode(String raw) {
    if (raw.length() > 2 && raw.charAt(1) == '#') {
      int cp = numericValue(raw);
      if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp < 0xD800) || (cp >= 0xE000 && cp < 0xFDD0) || (cp > 0xFDEF && cp < 0xFFFE)) {
        return String.valueOf((char) cp);
      }
      if (cp >= 0x10000 && cp <= 0x10FFFF && (cp & 0xFFFE) != 0xFFFE) {
        return new String(Character.toChars(cp));
      }
      return Parser.unescapeEntities(raw, false);
    }
    String cached = NAMED.get(raw);
    if (cached != null) {
      return cached;
    }
    String decoded = Parser.unescapeEntities(raw, false);
    if (NAMED.size() < MAX_CACHED) {
      NAMED.put(raw, decoded);
    }
    return decoded;
  }

  /** The code point of {@code &#...;}, or -1 when it is out of range or malformed. */
  private static int numericValue(String raw) {
    int i = 2;
    int radix = 10;
    if (i < raw.length() && (raw.charAt(i) == 'x' || raw.charAt(i) == 'X')) {
      radix = 16;
      i++;
    }
    long v = 0;
    int digits = 0;
    for (; i < raw.length() && raw.charAt(i) != ';'; i++) {
      int d = Character.digit(raw.charAt(i), radix);
      if (d < 0) {
        return -1;
      }
      v = v * radix + d;
      digits++;
      if (v > 0x10FFFF) {
        return -1;
      }
    }
    return digits == 0 ? -1 : (int) v;
  }

  /**
   * Aligns {@code text} with {@code source[start, end)}.
   *
   * @param backslashEscapes whether a backslash before ASCII punctuation escapes it (Markdown)
   * @return how many characters of {@code text}, from the start, were aligned; the caller decides what
   *     to do with the rest (it can only happen when the parser did something this class does not know)
   */
  static int align(CharSequence text, String source, int start, int end, boolean backslashEscapes, Sink sink) {
    int ti = 0;
    int si = start;
    int tn = text.length();
    int runText = -1;
    int runSource = -1;
    while (ti < tn && si < end) {
      char s = source.charAt(si);
      char t = text.charAt(ti);
      int consumed = 0;
      int produced = 0;
      if (s == '&') {
        int entityEnd = entityEnd(source, si, end);
        if (entityEnd > si) {
          String raw = source.substring(si, entityEnd);
          String decoded = decode(raw);
          if (!decoded.equals(raw)) {
            // A legacy entity without ';' may decode only a prefix ("&copyright" is "©right"): the
            // common tail is plain text that follows the entity.
            int tail = 0;
            while (tail < decoded.length() - 1
                && tail < raw.length() - 2
                && decoded.charAt(decoded.length() - 1 - tail) == raw.charAt(raw.length() - 1 - tail)) {
              tail++;
            }
            int decodedLen = decoded.length() - tail;
            if (regionEquals(text, ti, decoded, decodedLen)) {
              consumed = raw.length() - tail;
              produced = decodedLen;
            }
          }
        }
      } else if (s == '\\' && backslashEscapes && si + 1 < end && isAsciiPunctuation(source.charAt(si + 1)) && t == source.charAt(si + 1)) {
        consumed = 2;
        produced = 1;
      } else if (s == '\r' && t == '\n') {
        consumed = si + 1 < end && source.charAt(si + 1) == '\n' ? 2 : 1;
        produced = 1;
      } else if (s == '\0' && t == '\uFFFD' && !replacementAfterNuls(source, si, end)) {
        // jsoup writes U+FFFD for a NUL in some places and drops it in others (body text): when a
        // U+FFFD of the source follows the NULs, they were dropped and it is that one.
        consumed = 1;
        produced = 1;
      }
      if (consumed > 0) {
        if (runText >= 0) {
          sink.piece(runText, ti, runSource, si, true);
          runText = -1;
        }
        sink.piece(ti, ti + produced, si, si + consumed, false);
        ti += produced;
        si += consumed;
      } else if (s == t) {
        if (runText < 0) {
          runText = ti;
          runSource = si;
        }
        ti++;
        si++;
      } else if (s == '\0' || Character.isWhitespace(s)) {
        // Dropped by the parser (a NUL, trailing spaces, the newline after <pre>).
        if (runText >= 0) {
          sink.piece(runText, ti, runSource, si, true);
          runText = -1;
        }
        si++;
      } else {
        break;
      }
    }
    if (runText >= 0) {
      sink.piece(runText, ti, runSource, si, true);
    }
    return ti;
  }

  /** Whether {@code source[at, end)} starts with NULs followed by a U+FFFD. */
  private static boolean replacementAfterNuls(String source, int at, int end) {
    int i = at;
    while (i < end && source.charAt(i) == '\0') {
      i++;
    }
    return i < end && source.charAt(i) == '\uFFFD';
  }

  /**
   * The end of a character reference starting at {@code at} ({@code &name;}, {@code &#123;},
   * {@code &#x1F;}, the ';' optional as HTML allows), or {@code at} when there is none.
   */
  static int entityEnd(String s, int at, int end) {
    int i = at + 1;
    int limit = Math.min(end, at + MAX_ENTITY);
    if (i < limit && s.charAt(i) == '#') {
      i++;
      boolean hex = i < limit && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int digits = i;
      while (i < limit && (hex ? isHexDigit(s.charAt(i)) : isDigit(s.charAt(i)))) {
        i++;
      }
      if (i == digits) {
        return at;
      }
    } else {
      int name = i;
      while (i < limit && isAsciiAlphanumeric(s.charAt(i))) {
        i++;
      }
      if (i == name) {
        return at;
      }
    }
    if (i < end && s.charAt(i) == ';') {
      i++;
    }
    return i;
  }

  private static boolean regionEquals(CharSequence text, int at, String s, int len) {
    if (at + len > text.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (text.charAt(at + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
