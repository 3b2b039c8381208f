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
  void textsWithAndWithoutCarriageReturnsAgreeWithAPlainCount() {
    java.util.Random rnd = new java.util.Random(3);
    char[] alphabet = {'a', ' ', '\n', '\r', '\u00E9'};
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      // Half of the texts without CR, which take the LF-only path.
      int kinds = round % 2 == 0 ? 3 : alphabet.length;
      for (int i = rnd.nextInt(60); i > 0; i--) {
        char c = alphabet[rnd.nextInt(kinds)];
        sb.append(c == '\r' && kinds == 3 ? 'b' : c);
      }
      String text = sb.toString();
      LineMap map = LineMap.of(text);
      int line = 1;
      int lineStart = 0;
      for (int offset = 0; offset <= text.length(); offset++) {
        assertEquals(new Position(line, offset - lineStart + 1), map.position(offset), text + " at " + offset);
        if (offset < text.length()) {
          char c = text.charAt(offset);
          boolean crlf = c == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n';
          if (c == '\n' || c == '\r' && !crlf) {
            line++;
            lineStart = offset + 1;
          }
        }
      }
      assertEquals(line, map.lineCount(), text);
    }
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
