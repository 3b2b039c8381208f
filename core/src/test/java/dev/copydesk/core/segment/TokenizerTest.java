package dev.copydesk.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.text.Latin1;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private static final Tokenizer TOKENIZER = Tokenizer.english();

  /** Tokens as "text/TYPE" joined by spaces, W for words, N numbers, P punctuation, S symbols. */
  private static String show(String text) {
    return TOKENIZER.tokenize(text).stream()
        .map(t -> t.text() + "/" + t.type().name().charAt(0))
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "don't stop|don't/W stop/W",
        "Blair\u2019s plan|Blair\u2019s/W plan/W",
        "a well-known man|a/W well-known/W man/W",
        "COVID-19 and F-16s|COVID-19/W and/W F-16s/W",
        "dogs' bones|dogs/W '/P bones/W",
        "'Hello'|'/P Hello/W '/P",
        "rock-|rock/W -/P",
        "1,000.5 and 1.13bn|1,000.5/N and/W 1.13bn/N",
        "£5m, up 76%.|£/S 5m/N ,/P up/W 76/N %/P ./P",
        "the 21st time|the/W 21st/N time/W",
        "2004-05|2004/N -/P 05/N",
        "It ended.|It/W ended/W ./P",
        "the U.S. and U.K. vote|the/W U.S./W and/W U.K./W vote/W",
        "e.g. at 3 p.m. today|e.g./W at/W 3/N p.m./W today/W",
        "in the U.S.|in/W the/W U.S/W ./P",
        "(in the U.K.)|(/P in/W the/W U.K/W ./P )/P",
        "\"at 3 p.m.\" he said|\"/P at/W 3/N p.m./W \"/P he/W said/W",
        "Mr. Smith|Mr/W ./P Smith/W",
        "A.Smith|A/W ./P Smith/W",
        "Wait... what?!|Wait/W .../P what/W ?/P !/P",
        "in\u00ADter\u00ADna\u00ADtion\u00ADal|in\u00ADter\u00ADna\u00ADtion\u00ADal/W",
        "caf\u0065\u0301 na\u00EFve|caf\u0065\u0301/W na\u00EFve/W",
        "\u0939\u093F\u0928\u094D\u0926\u0940 text|\u0939\u093F\u0928\u094D\u0926\u0940/W text/W",
        "zero\u200Bwidth|zero/W width/W",
        "\uFEFFBOM|BOM/W",
        "ok \uD83D\uDC4D\uD83C\uDFFD!|ok/W \uD83D\uDC4D\uD83C\uDFFD/S !/P",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family|\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67/S family/W",
        "\uD83C\uDDEC\uD83C\uDDE7\uD83C\uDDEB\uD83C\uDDF7|\uD83C\uDDEC\uD83C\uDDE7/S \uD83C\uDDEB\uD83C\uDDF7/S",
        "\u2764\uFE0F love|\u2764\uFE0F/S love/W",
        "\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD|\u0645\u0631\u062D\u0628\u0627/W \u05E9\u05DC\u05D5\u05DD/W",
      })
  void tokenizes(String text, String expected) {
    assertEquals(expected, show(text));
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "Skip. Take this part. Skip.";
    List<Token> tokens = TOKENIZER.tokenize(text, 6, 21);
    assertEquals(List.of("Take", "this", "part", "."), tokens.stream().map(Token::text).toList());
    assertEquals(6, tokens.get(0).start());
    assertEquals(21, tokens.get(3).end());
    for (Token t : tokens) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void readsQuestionMarksAndCharactersOutsideLatin1AlikeInItsBytes() {
    // Both are '?' in the text's Latin-1 bytes: the tokenizer reads the text itself there.
    String text = "Why?\u0130stanbul?\u2019Tis caf\u00E9? \uD83D\uDC4D? don\u2019t?";
    assertEquals(
        "Why/W ?/P \u0130stanbul/W ?/P \u2019/P Tis/W caf\u00E9/W ?/P \uD83D\uDC4D/S ?/P don\u2019t/W ?/P", show(text));
    byte[] bytes = Latin1.of(text);
    TokenList tokens = TOKENIZER.tokenize(text, bytes, 0, text.length(), new TokenList.Builder());
    assertSame(bytes, tokens.latin1());
    assertEquals(TOKENIZER.tokenize(text), tokens);
  }

  @Test
  void anAsciiWordOrNumberComesKeyed() {
    String[] pieces = {"Experts", "said", "ANALYSTS", "x-ray", "don't", "Don\u2019t", "caf\u00E9", "\u0130stanbul", "U.S.",
        "e.g.", "McDonald's", "word\u201D", "\u201Cquoted\u201D", "em\u2014dash", "7", "3.5", "A1", "b2b", "why?", "Zz",
        "\uD835\uDC00lpha", "naive", "co-op's"};
    Random rnd = new Random(5);
    int hashed = 0;
    int unhashed = 0;
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextBoolean() ? " " : ", ");
      }
      String text = sb.toString();
      TokenList tokens = TOKENIZER.tokenize(text, Latin1.of(text), 0, text.length(), new TokenList.Builder());
      int[] data = tokens.wordData();
      int k = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.isWordOrNumber(i)) {
          continue;
        }
        String t = tokens.get(i).text();
        int at = k++ * TokenList.WORD_FIELDS;
        assertEquals(i, data[at + TokenList.WORD_TOKEN], t);
        boolean ascii = t.chars().allMatch(c -> c < 128);
        boolean dotted = tokens.type(i) == Token.Type.WORD && t.indexOf('.') >= 0;
        if (ascii && !dotted) {
          String lower = t.toLowerCase(java.util.Locale.ROOT);
          assertEquals(lower.hashCode(), data[at + TokenList.WORD_HASH], t + " in " + text);
          assertEquals(TokenList.wordKey(lower.charAt(0), lower.length() > 1 ? lower.charAt(1) : 0, lower.length()),
              data[at + TokenList.WORD_KEY], t);
          assertEquals(lower.length() << 16 | lower.charAt(lower.length() - 1), data[at + TokenList.WORD_LENGTH_AND_LAST], t);
          hashed++;
        } else {
          assertEquals(TokenList.UNKEYED, data[at + TokenList.WORD_KEY], t + " in " + text);
          unhashed++;
        }
      }
      assertEquals(k, tokens.wordsAndNumbers());
    }
    assertTrue(hashed > 500 && unhashed > 500, hashed + " hashed, " + unhashed + " not");
  }

  @Test
  void bytesForAnotherTextAreRefused() {
    String text = "Some text.";
    assertThrows(IllegalArgumentException.class,
        () -> TOKENIZER.tokenize(text, Latin1.of("Some"), 0, 4, new TokenList.Builder()));
  }

  @Test
  void aSurrogatePairCutByTheRangeEndStaysInside() {
    String text = "a \uD83D\uDE00";
    List<Token> tokens = TOKENIZER.tokenize(text, 0, 3);
    assertEquals(3, tokens.get(tokens.size() - 1).end());
    assertEquals("\uD83D", tokens.get(tokens.size() - 1).text());
  }

  @Test
  void loneSurrogatesAreSymbols() {
    assertEquals("\uDC00/S a/W \uD800/S", show("\uDC00a\uD800"));
  }

  @Test
  void badRangesAreRejectedWithTheirValues() {
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> TOKENIZER.tokenize("abc", 2, 5));
    assertEquals("range [2, 5) is not inside a text of length 3", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> TOKENIZER.tokenize("abc", -1, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> TOKENIZER.tokenize("abc", 2, 1));
  }

  @Test
  void randomTextsGiveTokensThatTileTheNonSpaceText() {
    String[] alphabet = {
      "a", "Z", "1", ".", ",", "'", "\u2019", "-", " ", "\n", "\u00AD", "\u200D", "\u200B", "\uD800", "\uDC00",
      "\uD83D\uDE00", "\uD83C\uDFFD", "\uFE0F", "\uD83C\uDDEC", "\u0301", "\u093F", "$", "%", "(", "\u00A0"
    };
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length());
      int to = from + random.nextInt(text.length() - from + 1);
      int previous = from;
      for (Token t : TOKENIZER.tokenize(text, from, to)) {
        assertTrue(t.start() >= previous && t.end() <= to, () -> t + " outside [" + 0 + ", " + to + ") of " + text);
        for (int i = previous; i < t.start(); i++) {
          char c = text.charAt(i);
          assertTrue(
              Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF',
              "skipped a visible character at " + i);
        }
        previous = t.end();
      }
    }
  }

  /** Each ASCII character, alone and between letters, has the type Character's classes give it. */
  @Test
  void everyAsciiCharacterGetsItsUnicodeClass() {
    for (char c = 0; c < 128; c++) {
      int t = Character.getType(c);
      Token.Type expected = Character.isWhitespace(c) || Character.isSpaceChar(c) ? null
          : Character.isLetter(c) ? Token.Type.WORD
          : Character.isDigit(c) ? Token.Type.NUMBER
          : t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
              || t == Character.END_PUNCTUATION || t == Character.CONNECTOR_PUNCTUATION ? Token.Type.PUNCTUATION
          : Token.Type.SYMBOL;
      TokenList alone = TOKENIZER.tokenize(String.valueOf(c));
      assertEquals(expected == null ? 0 : 1, alone.size(), "U+" + Integer.toHexString(c));
      if (expected != null) {
        assertEquals(expected, alone.type(0), "U+" + Integer.toHexString(c));
      }
      if (expected == Token.Type.PUNCTUATION || expected == Token.Type.SYMBOL) {
        TokenList between = TOKENIZER.tokenize("x " + c + " y");
        assertEquals(List.of("x", String.valueOf(c), "y"), between.stream().map(Token::text).toList());
      }
    }
  }

  @Test
  void aScratchBuilderGivesTheSameTokensAndIsLeftEmpty() {
    Tokenizer t = Tokenizer.english();
    TokenList.Builder scratch = new TokenList.Builder();
    String text = "In the U.S., 1,000.5 people said \u201Cno\u201D. Then... \uD83D\uDC4D\uD83C\uDFFD ok";
    for (int from = 0; from < text.length(); from += 7) {
      int to = Math.min(text.length(), from + 30);
      if (Character.isLowSurrogate(text.charAt(from))) {
        continue;
      }
      List<Token> alone = t.tokenize(text, from, to);
      assertEquals(alone, t.tokenize(text, from, to, scratch));
      // Left empty: the next range's tokens are its own.
      assertEquals(List.of(), t.tokenize(text, from, from, scratch));
    }
    List<Token> tokens = t.tokenize(text, 0, text.length(), scratch);
    assertThrows(UnsupportedOperationException.class, () -> tokens.add(tokens.get(0)));
  }
}
