package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void rejectsNegativeAndInvertedRangesNamingTheValues() {
    assertEquals("invalid span [5, 3)", assertThrows(IllegalArgumentException.class, () -> new Span(5, 3)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
  }

  @Test
  void overlapIsAboutSharedCharacters() {
    assertTrue(new Span(0, 5).overlaps(new Span(4, 9)));
    assertFalse(new Span(0, 5).overlaps(new Span(5, 9)));
    assertTrue(new Span(0, 5).contains(new Span(1, 5)));
    assertFalse(new Span(0, 5).contains(5));
  }

  @Test
  void ordersByStartThenEnd() {
    assertTrue(new Span(1, 2).compareTo(new Span(1, 3)) < 0);
    assertTrue(new Span(2, 2).compareTo(new Span(1, 9)) > 0);
  }
}
