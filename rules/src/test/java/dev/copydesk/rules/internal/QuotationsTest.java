package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(Quotations.COUNTED, curly.words(), "D\u00E9j\u00E0, vu, it, s, 2024: five words, counted up to four");
    Quotations.Quote straight = quotes.get(1);
    assertEquals("\"34 more words\"", text.substring(straight.start(), straight.end()), "34\" outside a quote is an inch mark");
    assertEquals(3, straight.words());
  }

  /** Up to {@code max - 1} characters drawn from {@code pieces}. */
  private static String randomText(Random rnd, String pieces, int max) {
    StringBuilder t = new StringBuilder();
    for (int k = rnd.nextInt(max); k > 0; k--) {
      t.append(pieces.charAt(rnd.nextInt(pieces.length())));
    }
    return t.toString();
  }

  @Test
  void straightQuotesFoundByJumpingAreThoseTheFullScanFinds() {
    Random rnd = new Random(29);
    String pieces = "ab '\"\"''7 \u00AA\u00E9,";
    int quoted = 0;
    for (int round = 0; round < 5000; round++) {
      String text = randomText(rnd, pieces, 20);
      List<Quotations.Quote> expected = Quotations.of(text).all();
      assertEquals(expected, Quotations.straight(text).all(), text);
      quoted += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(quoted > 1000, "the random texts hold quotations: " + quoted);
  }

  @Test
  void aBlocksQuotationsAreItsTextsWhateverItsCharacters() {
    Random rnd = new Random(13);
    String pieces = "a '\"\u201C\u201D\u00AB\u00BB\u201E\u00AA\u00E9\u2014 3";
    int quoted = 0;
    for (int round = 0; round < 3000; round++) {
      String text = randomText(rnd, pieces, 16);
      dev.copydesk.core.model.Block b =
          new dev.copydesk.core.model.Block(
              0, dev.copydesk.core.model.BlockKind.PARAGRAPH, 0, new dev.copydesk.core.model.Span(0, text.length()), text,
              dev.copydesk.core.model.TextMap.verbatim(0, text.length()), List.of());
      assertEquals(Quotations.of(text).all(), Quotations.of(b).all(), text);
      quoted += Quotations.of(b).any() ? 1 : 0;
    }
    // Some with quotations, and some whose summary alone says they have none.
    assertTrue(quoted > 50 && quoted < 2950, quoted + " of 3000 with quotations");
  }

  @Test
  void wordCountsAgreeWithCharactersLettersAndDigitsOnAnyText() {
    Random rnd = new Random(5);
    // No quotation marks among them, and the quote opens on a letter: a curly opener before white space
    // reads as a mistyped closer.
    String pieces = "ab Z9 \u00E9\u00DF\u4E2D\u0663-.,\u00A0\u2014\uD835\uDC00";
    java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
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
      assertEquals(Math.min(expected, Quotations.COUNTED), quotes.get(0).words(), text);
      counts.merge(quotes.get(0).words(), 1, Integer::sum);
    }
    // Every count from one word to the cap came up.
    for (int w = 1; w <= Quotations.COUNTED; w++) {
      assertTrue(counts.getOrDefault(w, 0) > 20, "quotations of " + w + " words: " + counts);
    }
  }
}
