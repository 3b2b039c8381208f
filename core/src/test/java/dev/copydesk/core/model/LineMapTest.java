package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineMapTest {

  @Test
  void countsLfCrlfAndLoneCrAsOneBreakEach() {
    LineMap m = LineMap.of("a\nb\r\nc\rd");
    assertEquals(4, m.lineCount());
    assertEquals(new Position(1, 1), m.position(0));
    assertEquals(new Position(1, 2), m.position(1)); // the '\n' itself ends line 1
    assertEquals(new Position(2, 1), m.position(2));
    assertEquals(new Position(3, 1), m.position(5));
    assertEquals(new Position(4, 1), m.position(7));
    assertEquals(new Position(4, 2), m.position(8)); // end of source
  }

  @Test
  void columnsCountUtf16Units() {
    LineMap m = LineMap.of("\uD83D\uDE00 ok");
    assertEquals(new Position(1, 4), m.position(3));
  }

  @Test
  void emptySourceHasOneLine() {
    LineMap m = LineMap.of("");
    assertEquals(1, m.lineCount());
    assertEquals(new Position(1, 1), m.position(0));
  }

  @Test
  void rejectsOffsetsOutsideTheSource() {
    assertThrows(IndexOutOfBoundsException.class, () -> LineMap.of("abc").position(4));
    assertThrows(IndexOutOfBoundsException.class, () -> LineMap.of("abc").position(-1));
  }
}
