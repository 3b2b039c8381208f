package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextMapTest {

  // Source: "Tom &amp; Jerry *ran*" -> text "Tom & Jerry ran"
  private static final String SOURCE = "Tom &amp; Jerry *ran*";
  private static final TextMap MAP =
      TextMap.builder()
          .verbatim(0, 4) // "Tom "
          .replacement(4, 5, 1) // "&amp;" -> "&"
          .verbatim(9, 7) // " Jerry "
          .verbatim(17, 3) // "ran" inside the emphasis
          .build();

  @Test
  void verbatimRunsMapOneForOne() {
    assertEquals("Tom", MAP.toSource(0, 3).of(SOURCE));
    assertEquals("Jerry", MAP.toSource(6, 11).of(SOURCE));
  }

  @Test
  void aRangeTouchingAnEntityCoversTheWholeEntity() {
    assertEquals("&amp;", MAP.toSource(4, 5).of(SOURCE));
    assertEquals("Tom &amp;", MAP.toSource(0, 5).of(SOURCE));
    assertEquals("&amp; Jerry", MAP.toSource(4, 11).of(SOURCE));
  }

  @Test
  void rangesAcrossMarkupKeepTheMarkupInside() {
    // "Jerry ran" spans the opening '*' in the source.
    assertEquals("Jerry *ran", MAP.toSource(6, 15).of(SOURCE));
  }

  @Test
  void emptyRangesSitAtTheNextCharacter() {
    assertEquals(new Span(17, 17), MAP.toSource(12, 12));
    assertEquals(new Span(20, 20), MAP.toSource(15, 15));
  }

  @Test
  void rejectsRangesOutsideTheText() {
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> MAP.toSource(3, 16));
    assertEquals("text range [3, 16) outside [0, 15]", e.getMessage());
  }

  @Test
  void adjacentVerbatimPiecesMerge() {
    TextMap m = TextMap.builder().verbatim(10, 3).verbatim(13, 4).build();
    assertEquals(new Span(11, 16), m.toSource(1, 6));
  }
}
