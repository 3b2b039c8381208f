package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.parse.ArticleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

  private static List<Words> wordsOf(String text) {
    List<Words> out = new ArrayList<>();
    for (Block b : ArticleParser.create().parse("t", text, Format.TEXT).article().blocks()) {
      for (Sentence s : b.sentences()) {
        out.add(Words.of(s));
      }
    }
    return out;
  }

  @Test
  void keepsEveryWordAndNumberWithItsNormalizedFormHashAndShape() {
    assertEquals(true, checkWords(new String[] {"Experts", "said", "ANALYSTS", "x-ray", "Don\u2019t", "don't", "\u00C9t\u00E9", "A\u00D1EJO", "7",
        "3.5", "I", "a", "U.S.", "McDonald's", "\u0130stanbul", "caf\u00E9", "Zz", "naive", "\u201Cquoted\u201D", "--", "(Reuters)",
        "supercalifragilisticexpialidocious-ly", "\u00DFtra\u00DFe", "\u2018Tis", "\u00BD",
        // A question mark, and a character outside the Basic Multilingual Plane: the first is itself in
        // the tokens' Latin-1 bytes, the second a '?' there too.
        "why?", "?", "\uD83D\uDC4D", "\uD835\uDC00lpha"}, false) > 3_000);
  }

  @Test
  void aSentenceTheTokenizerKeyedThroughoutIsReadTheSameFromItsKeys() {
    // ASCII only: the tokenizer keys every word and number, and the view reads them as they are.
    assertEquals(true, checkWords(new String[] {"Experts", "said", "ANALYSTS", "x-ray", "don't", "7", "3.5", "I", "a",
        "McDonald's", "Zz", "naive", "--", "(Reuters)", "supercalifragilisticexpialidocious-ly", "10AM", "1,000"}, true)
        > 3_000);
  }

  /** Checks the view of each sentence of random texts of {@code pieces}; returns how many words were checked. */
  private static int checkWords(String[] pieces, boolean allKeyed) {
    Random rnd = new Random(11);
    int checked = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder("Title\n\n");
      for (int k = 0; k < 15; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(' ');
      }
      sb.append("end.\n");
      for (Words w : wordsOf(sb.toString())) {
        List<Token> tokens = w.sentence().tokens();
        if (allKeyed) {
          assertEquals(0, w.sentence().tokens().unkeyedWords(), sb.toString());
        }
        assertEquals(true, w.sentence().tokens().latin1() != null, "the parser's tokens keep their text's bytes");
        int expected = 0;
        int numbers = 0;
        for (int t = 0; t < tokens.size(); t++) {
          Token token = tokens.get(t);
          if (token.type() != Token.Type.WORD && token.type() != Token.Type.NUMBER) {
            continue;
          }
          assertSame(token, w.token(expected));
          assertEquals(t, w.tokenIndex(expected));
          String lower = Lexicon.normalize(token.text());
          assertEquals(lower.hashCode(), w.hash(expected), token.text());
          assertEquals(Words.shapeOf(lower), w.shape(expected), token.text());
          assertEquals(lower.length(), w.length(expected), token.text());
          assertEquals(lower.charAt(lower.length() - 1), w.last(expected), token.text());
          assertEquals(false, w.is(expected, lower + "s"), token.text());
          assertEquals(false, w.is(expected, "said".equals(lower) ? "says" : "said"), token.text());
          assertEquals(true, w.is(expected, lower), token.text());
          for (String suffix : new String[] {"s", "ly", "ists", lower, "x" + lower, lower.substring(lower.length() / 2)}) {
            assertEquals(lower.endsWith(suffix), w.endsWith(expected, suffix), token.text() + " ends with " + suffix);
          }
          assertEquals(token.type() == Token.Type.NUMBER, w.isNumber(expected));
          // Asked last, so that length and last character were answered before the form was made.
          assertEquals(lower, w.lower(expected), token.text());
          numbers += token.type() == Token.Type.NUMBER ? 1 : 0;
          expected++;
          checked++;
        }
        assertEquals(expected, w.size());
        assertEquals(numbers, w.numbers());
      }
    }
    return checked;
  }

  @Test
  void tokensWhoseOffsetsAreNotInTheSentencesTextAreReadOffTheTokens() {
    // A sentence made by hand, its tokens' offsets not those of its text in a block.
    Sentence s = new Sentence(0, 100, 112, "Experts Say.", new dev.copydesk.core.model.Span(100, 112),
        TokenList.copyOf(List.of(new Token(0, 7, "Experts", Token.Type.WORD), new Token(8, 11, "Say", Token.Type.WORD),
            new Token(11, 12, ".", Token.Type.PUNCTUATION))));
    Words w = Words.of(s);
    assertEquals(2, w.size());
    assertEquals("experts".hashCode(), w.hash(0));
    assertEquals(Words.shapeOf("say"), w.shape(1));
    assertEquals("say", w.lower(1));
  }

  @Test
  void aWordLongerThanTheKeptLengthHoldsIsMeasuredOffItsForm() {
    String word = "A" + "b".repeat(70_000) + "X";
    Words w = wordsOf("Title\n\nSay " + word + " twice.\n").get(1);
    assertEquals(70_002, w.length(1));
    assertEquals('x', w.last(1));
    assertEquals(true, w.endsWith(1, "bx"));
    assertEquals(3, w.length(0));
  }

  @Test
  void aWordWithoutCapitalsIsItsOwnNormalizedForm() {
    Words w = wordsOf("Title\n\nthe experts said so.\n").get(1);
    // Cut from the block's text once and kept: lower-casing it makes no copy.
    assertSame(w.lower(1), w.lower(1));
    assertEquals(w.text(1), w.lower(1));
    assertEquals("experts", w.lower(1));
    Words capital = wordsOf("Title\n\nExperts said so.\n").get(1);
    assertEquals("experts", capital.lower(0));
    assertSame(capital.lower(0), capital.lower(0), "made once, then kept");
  }

  @Test
  void indexesPastTheLastWordAreRefusedEvenWherePunctuationHadSlots() {
    Words w = wordsOf("Title\n\nYes, no, maybe.\n").get(1);
    assertEquals(3, w.size());
    assertThrows(IndexOutOfBoundsException.class, () -> w.lower(3));
    assertThrows(IndexOutOfBoundsException.class, () -> w.shape(3));
    assertThrows(IndexOutOfBoundsException.class, () -> w.shape(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> w.hash(3));
    assertThrows(IndexOutOfBoundsException.class, () -> w.hash(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> w.token(4));
    assertThrows(IndexOutOfBoundsException.class, () -> w.endOffset(4));
  }
}
