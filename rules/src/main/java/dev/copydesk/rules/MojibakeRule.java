package dev.copydesk.rules;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Encoding damage: UTF-8 text that was decoded as Windows-1252 or Latin-1 ("â€™" for "’", "Ã©" for
 * "é"), the replacement character U+FFFD, and "?" standing for a curly apostrophe ("Kosovo?s").
 * Damaged runs are found by decoding them back: a run counts only when its characters, read as
 * Windows-1252 bytes, form valid UTF-8, so accented words such as "CAFÉ" or "SÃO" are never flagged.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "mojibake",
    summary = "Encoding damage such as \"â€™\", \"Ã©\", U+FFFD or \"Kosovo?s\"",
    severity = Severity.ERROR,
    category = Category.INTEGRITY,
    tags = {"encoding", "integrity"},
    description =
        "Flags text garbled by a wrong character encoding somewhere between the writer and the page:"
            + " UTF-8 read as Windows-1252 or Latin-1 (\"donâ€™t\", \"cafÃ©\"), the replacement character"
            + " U+FFFD (\"\uFFFD\") that marks bytes a decoder could not read, and a question mark standing"
            + " for a curly apostrophe (\"Kosovo?s\", \"don?t\"). A damaged run is flagged with its repair"
            + " as a suggested fix.")
public final class MojibakeRule implements BlockRule {

  @Override
  public void check(Block block, RuleContext context) {
    // Nothing to look at below a lead byte but question marks: most blocks have neither, and the block's
    // summary of its characters says so without reading them again.
    if (block.maxChar() < '\u00C2' && !block.hasAscii('?')) {
      return;
    }
    String text = block.text();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < '\u00C2' && c != '?') { // below every lead byte misdecodedLength knows: the bulk of a text
        i++;
        continue;
      }
      if (c == '\uFFFD') {
        int j = i;
        while (j < text.length() && text.charAt(j) == '\uFFFD') {
          j++;
        }
        context
            .at(block, i, j)
            .message("Replacement character \"\uFFFD\": bytes here could not be decoded. Restore the"
                + " original character from the source text.")
            .report();
        i = j;
        continue;
      }
      int len = misdecodedLength(text, i);
      if (len > 0) {
        int j = i + len;
        int more;
        while (j < text.length() && (more = misdecodedLength(text, j)) > 0) {
          j += more;
        }
        String damaged = text.substring(i, j);
        String repaired = repair(damaged);
        context
            .at(block, i, j)
            .message("\"" + damaged + "\" is encoding damage (UTF-8 read as Windows-1252): it should read \""
                + repaired + "\". Re-import the text as UTF-8 or replace it.")
            .fix(repaired)
            .report();
        i = j;
        continue;
      }
      if (c == '?' && isApostropheQuestionMark(text, i)) {
        context
            .at(block, i, i + 1)
            .message("\"?\" inside \"" + wordAround(text, i) + "\" stands for an apostrophe lost to an encoding"
                + " error: replace it with \u2019.")
            .fix("\u2019")
            .report();
      }
      i++;
    }
  }

  /**
   * Length of a UTF-8 sequence starting at {@code i} that was decoded one byte per character as
   * Windows-1252 (or Latin-1), or 0 when there is none. Lead bytes are limited to those whose
   * misreading is common and unmistakable: Â Ã Ä Å Æ Ç Ë Î Ð Ñ for two-byte sequences, â ã ï for
   * three-byte ones.
   */
  static int misdecodedLength(String text, int i) {
    char lead = text.charAt(i);
    int need;
    switch (lead) {
      case '\u00C2', '\u00C3', '\u00C4', '\u00C5', '\u00C6', '\u00C7', '\u00CB', '\u00CE', '\u00D0', '\u00D1' -> need = 1;
      case '\u00E2', '\u00E3', '\u00EF' -> need = 2;
      default -> {
        return 0;
      }
    }
    if (i + need >= text.length()) {
      return 0;
    }
    byte[] bytes = new byte[need + 1];
    bytes[0] = (byte) lead;
    for (int k = 1; k <= need; k++) {
      int b = cp1252Byte(text.charAt(i + k));
      if (b < 0x80 || b > 0xBF) {
        return 0;
      }
      bytes[k] = (byte) b;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return need + 1;
    } catch (CharacterCodingException e) {
      return 0;
    }
  }

  /** The text that {@code damaged} stood for before it was misread. */
  static String repair(String damaged) {
    byte[] bytes = new byte[damaged.length()];
    for (int k = 0; k < damaged.length(); k++) {
      int b = cp1252Byte(damaged.charAt(k));
      bytes[k] = (byte) (b < 0 ? '?' : b);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static final String CP1252_HIGH =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  /** The Windows-1252 byte of {@code c} (C1 controls read as Latin-1), or -1 when it has none. */
  static int cp1252Byte(char c) {
    if (c < 0x80 || c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    int k = CP1252_HIGH.indexOf(c);
    if (k >= 0) {
      return 0x80 + k;
    }
    return c >= 0x80 && c < 0xA0 ? c : -1;
  }

  /** "Kosovo?s", "don?t", "we?re": a letter, "?", then a contraction ending and a word boundary. */
  static boolean isApostropheQuestionMark(String text, int i) {
    if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
      return false;
    }
    int j = i + 1;
    int k = j;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    String tail = text.substring(j, k);
    if (!(tail.equals("s") || tail.equals("t") || tail.equals("d") || tail.equals("m") || tail.equals("ll")
        || tail.equals("re") || tail.equals("ve"))) {
      return false;
    }
    if (k < text.length() && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == '=' || text.charAt(k) == '&')) {
      return false;
    }
    // Not a URL's query string: the token before "?" holds no '/' or '='.
    int b = i - 1;
    while (b >= 0 && !Character.isWhitespace(text.charAt(b))) {
      char c = text.charAt(b);
      if (c == '/' || c == '=' || c == '&') {
        return false;
      }
      b--;
    }
    return true;
  }

  private static String wordAround(String text, int i) {
    int a = i;
    while (a > 0 && Character.isLetter(text.charAt(a - 1))) {
      a--;
    }
    int b = i + 1;
    while (b < text.length() && Character.isLetter(text.charAt(b))) {
      b++;
    }
    return text.substring(a, b);
  }
}
