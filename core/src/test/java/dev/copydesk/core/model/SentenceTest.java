package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SentenceTest {

  private static final String BLOCK = "First one. Second one.";

  @Test
  void aSentenceOfABlockCutsItsTextWhenAskedAndKeepsIt() {
    Sentence s = Sentence.of(1, BLOCK, 11, 22, new Span(111, 122), TokenList.of());
    assertEquals("Second one.", s.text());
    assertSame(s.text(), s.text());
    assertEquals(11, s.textStart());
    assertEquals(22, s.textEnd());
    assertEquals(new Span(111, 122), s.span());
  }

  @Test
  void madeEitherWayTheSameSentenceIsEqual() {
    Sentence cut = Sentence.of(1, BLOCK, 11, 22, new Span(111, 122), TokenList.of());
    Sentence given = new Sentence(1, 11, 22, "Second one.", new Span(111, 122), TokenList.of());
    assertEquals(given, cut);
    assertEquals(given.hashCode(), cut.hashCode());
    assertEquals(given.toString(), cut.toString());
    assertNotEquals(given, Sentence.of(0, BLOCK, 0, 10, new Span(100, 110), TokenList.of()));
    assertNotEquals(given, new Sentence(1, 11, 22, "Second two.", new Span(111, 122), TokenList.of()));
  }

  @Test
  void aRangeOutsideTheTextIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Sentence.of(0, BLOCK, 11, 23, new Span(0, 12), TokenList.of()));
    assertThrows(IllegalArgumentException.class, () -> Sentence.of(0, BLOCK, 5, 4, new Span(0, 0), TokenList.of()));
    assertThrows(IllegalArgumentException.class, () -> new Sentence(0, 0, 5, "four", new Span(0, 5), TokenList.of()));
  }
}
