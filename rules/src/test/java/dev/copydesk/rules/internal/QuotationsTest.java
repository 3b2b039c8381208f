package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  @Test
  void quotesAreFoundWithTheirWordsCountedAsRunsOfLettersAndDigits() {
    String text = "He said \u201CD\u00E9j\u00E0 vu, it's 2024\u201D on a 34\" screen. She wrote \"34 more words\".";
    List<Quotations.Quote> quotes = Quotations.of(text).all();
    assertEquals(2, quotes.size(), quotes.toString());
    Quotations.Quote curly = quotes.get(0);
    assertEquals("\u201CD\u00E9j\u00E0 vu, it's 2024\u201D", text.substring(curly.start(), curly.end()));
    assertEquals(5, curly.words(), "D\u00E9j\u00E0, vu, it, s, 2024");
    Quotations.Quote straight = quotes.get(1);
    assertEquals("\"34 more words\"", text.substring(straight.start(), straight.end()), "34\" outside a quote is an inch mark");
    assertEquals(3, straight.words());
  }

  @Test
  void wordCountsAgreeWithCharactersLettersAndDigitsOnAnyText() {
    Random rnd = new Random(5);
    // No quotation marks among them, and the quote opens on a letter: a curly opener before white space
    // reads as a mistyped closer.
    String pieces = "ab Z9 \u00E9\u00DF\u4E2D\u0663-.,\u00A0\u2014\uD835\uDC00";
    for (int round = 0; round < 2000; round++) {
      StringBuilder inner = new StringBuilder();
      for (int k = rnd.nextInt(15); k > 0; k--) {
        inner.append(pieces.charAt(rnd.nextInt(pieces.length())));
      }
      String text = "\u201Cx" + inner + "\u201D";
      int expected = 0;
      boolean in = false;
      for (int i = 0; i < text.length(); i++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(i));
        if (letter && !in) {
          expected++;
        }
        in = letter;
      }
      List<Quotations.Quote> quotes = Quotations.of(text).all();
      assertEquals(1, quotes.size(), text);
      assertEquals(expected, quotes.get(0).words(), text);
    }
  }
}
