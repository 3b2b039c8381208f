package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.text.Latin1;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockTest {

  private static Block block(String text) {
    return new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, text.length()), text, TextMap.verbatim(0, text.length()), List.of());
  }

  /**
   * A block whose sentence carries the text's Latin-1 bytes, as a parsed one does: the summary reads
   * those. (A list of no tokens keeps no bytes: the whole text is made one token.)
   */
  private static Block withBytes(String text) {
    TokenList.Builder builder = new TokenList.Builder();
    if (!text.isEmpty()) {
      builder.add(0, text.length(), Token.Type.SYMBOL);
    }
    TokenList tokens = builder.build(text, Latin1.of(text));
    Sentence s = Sentence.of(0, text, 0, text.length(), new Span(0, text.length()), tokens);
    return new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, text.length()), text, TextMap.verbatim(0, text.length()), List.of(s));
  }

  @Test
  void lineBreaksSayWhichBreaksTheTextHolds() {
    assertEquals(0, block("One line, no break.").lineBreaks());
    assertEquals(0, block("").lineBreaks());
    assertEquals(Block.LINE_FEED, block("one\ntwo").lineBreaks());
    assertEquals(Block.LINE_FEED | Block.LINE_FEEDS, block("one\ntwo\nthree").lineBreaks());
    assertEquals(Block.LINE_FEED | Block.CARRIAGE_RETURN, block("one\r\ntwo").lineBreaks());
    assertEquals(Block.CARRIAGE_RETURN, block("one\rtwo").lineBreaks());
    for (char c : new char[] {'\u000B', '\f', '\u0085', '\u2028', '\u2029'}) {
      assertEquals(Block.OTHER_LINE_BREAK, block("one" + c + "two").lineBreaks(), "U+" + Integer.toHexString(c));
    }
    assertEquals(0, block("tab\there, \u00A0 and \u2027 and \u0084 are not breaks").lineBreaks());
  }

  @Test
  void theSummarySaysWhichAsciiCharactersTheTextHoldsAndItsGreatest() {
    Random rnd = new Random(9);
    String pieces = "aZ?[<{\n\u0000\u007F@`~ 09\u00C1\u00C2\u00E9\u00FF\u2014\uFFFD\uD83D";
    for (int round = 0; round < 3000; round++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(10); k > 0; k--) {
        t.append(pieces.charAt(rnd.nextInt(pieces.length())));
      }
      String text = t.toString();
      for (Block b : List.of(block(text), withBytes(text))) {
        for (char c = 0; c < 128; c++) {
          assertEquals(text.indexOf(c) >= 0, b.hasAscii(c), "'" + c + "' in " + text);
        }
        assertEquals((char) text.chars().max().orElse(0), b.maxChar(), text);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> block("x").hasAscii('\u00E9'));
  }

  @Test
  void theSummaryKnowsEveryLatin1CharacterAloneAndWithAnother() {
    // Each of the 256 values, read from the text's bytes, alone and beside each ASCII character: every
    // bit of the summary and every greatest character are reached.
    for (char c = 0; c < 256; c++) {
      for (char other = 0; other <= 128; other += other == 0 ? 1 : other) {
        String text = other == 0 ? String.valueOf(c) : "" + c + other;
        Block b = withBytes(text);
        assertTrue(b.sentences().get(0).tokens().latin1() != null, "the summary is read from the bytes");
        for (char a = 0; a < 128; a++) {
          assertEquals(text.indexOf(a) >= 0, b.hasAscii(a), "'" + a + "' in U+" + Integer.toHexString(c) + " U+" + Integer.toHexString(other));
        }
        assertEquals((char) text.chars().max().orElse(0), b.maxChar(), "U+" + Integer.toHexString(c) + " U+" + Integer.toHexString(other));
      }
    }
  }

  @Test
  void lineBreaksAgreeWithCountingTheCharactersOneByOne() {
    Random rnd = new Random(3);
    String pieces = "ab \n\r\t\u000B\f\u0085\u2028\u2029\u00E9\u2014";
    for (int round = 0; round < 2000; round++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(12); k > 0; k--) {
        t.append(pieces.charAt(rnd.nextInt(pieces.length())));
      }
      String text = t.toString();
      long feeds = text.chars().filter(c -> c == '\n').count();
      int expected = (feeds >= 1 ? Block.LINE_FEED : 0) | (feeds >= 2 ? Block.LINE_FEEDS : 0)
          | (text.indexOf('\r') >= 0 ? Block.CARRIAGE_RETURN : 0)
          | (text.chars().anyMatch(c -> "\u000B\f\u0085\u2028\u2029".indexOf(c) >= 0) ? Block.OTHER_LINE_BREAK : 0);
      for (Block b : List.of(block(text), withBytes(text))) {
        assertEquals(expected, b.lineBreaks(), text);
        assertEquals(expected, b.lineBreaks(), "asked again: " + text);
      }
    }
  }
}
