package dev.copydesk.core.segment;

import dev.copydesk.core.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number, punctuation and symbol tokens. Words keep inner apostrophes and
 * hyphens ("don't", "well-known"); numbers keep inner separators ("1,000.5").
 *
 * <p>Immutable and thread-safe.
 */
public final class Tokenizer {

  private static final Tokenizer INSTANCE = new Tokenizer();

  private Tokenizer() {}

  public static Tokenizer english() {
    return INSTANCE;
  }

  /** Tokens of {@code text[from, to)}, offsets relative to {@code text}. */
  public List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
        continue;
      }
      int start = i;
      Token.Type type;
      if (Character.isLetter(cp)) {
        i += len;
        while (i < to) {
          int c = text.codePointAt(i);
          if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            i += Character.charCount(c);
          } else if (isJoiner(c) && i + 1 < to && Character.isLetter(text.codePointAt(i + 1))) {
            i += Character.charCount(c);
          } else {
            break;
          }
        }
        type = Token.Type.WORD;
      } else if (Character.isDigit(cp)) {
        i += len;
        while (i < to) {
          int c = text.codePointAt(i);
          if (Character.isLetterOrDigit(c)) {
            i += Character.charCount(c);
          } else if ((c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
            i++;
          } else {
            break;
          }
        }
        type = Token.Type.NUMBER;
      } else {
        i += len;
        int t = Character.getType(cp);
        boolean punct =
            t == Character.OTHER_PUNCTUATION
                || t == Character.DASH_PUNCTUATION
                || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION
                || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION
                || t == Character.CONNECTOR_PUNCTUATION;
        type = punct ? Token.Type.PUNCTUATION : Token.Type.SYMBOL;
      }
      out.add(new Token(start, i, text.substring(start, i), type));
    }
    return out;
  }

  private static boolean isJoiner(int c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '\u2010';
  }
}
