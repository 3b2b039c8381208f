package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceAlignerTest {

  /** "text|source|verbatim" for each piece. */
  private static List<String> pieces(String text, String source, boolean escapes) {
    List<String> out = new ArrayList<>();
    int aligned =
        SourceAligner.align(
            text, source, 0, source.length(), escapes,
            (ts, te, ss, se, v) -> out.add(text.substring(ts, te) + "|" + source.substring(ss, se) + (v ? "" : "|r")));
    out.add("aligned " + aligned);
    return out;
  }

  @Test
  void verbatimRunsAreOnePiece() {
    assertEquals(List.of("abc def|abc def", "aligned 7"), pieces("abc def", "abc def", false));
  }

  @Test
  void entitiesEscapesAndLineBreaks() {
    assertEquals(
        List.of("a |a ", "&|&amp;|r", " b| b", "*|\\*|r", "aligned 6"),
        pieces("a & b*", "a &amp; b\\*", true));
    assertEquals(List.of("x|x", "\n|\r\n|r", "y|y", "aligned 3"), pieces("x\ny", "x\r\ny", false));
  }

  @Test
  void doubleEncodedEntityMapsTheOuterEntityOnly() {
    assertEquals(List.of("&|&amp;|r", "amp;|amp;", "aligned 5"), pieces("&amp;", "&amp;amp;", false));
  }

  @Test
  void legacyEntityPrefix() {
    assertEquals(List.of("\u00A9|&copy|r", "right|right", "aligned 6"), pieces("\u00A9right", "&copyright", false));
  }

  @Test
  void droppedCharactersAreSkippedAndUnknownChangesStop() {
    assertEquals(List.of("ab|ab", "c|c", "aligned 3"), pieces("abc", "ab\u0000c", false));
    assertEquals(List.of("a|a", "aligned 1"), pieces("aXc", "abc", false));
  }
}
