package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void lowerCaseEntriesAcceptAnyCaseOthersTheirSpellingAndCapitals() {
    Vocabulary v = Vocabulary.of(List.of("copyedit", "iPhone", "Keir Starmer", "Jean-Luc"));
    assertTrue(v.accepts("copyedit"));
    assertTrue(v.accepts("Copyedit"));
    assertTrue(v.accepts("COPYEDIT"));
    assertTrue(v.accepts("iPhone"));
    assertTrue(v.accepts("IPHONE"));
    assertFalse(v.accepts("iphone"));
    assertFalse(v.accepts("Iphone"));
    assertTrue(v.accepts("Starmer"));
    assertTrue(v.accepts("Keir"));
    assertTrue(v.accepts("Jean"));
    assertTrue(v.accepts("Jean-Luc"));
    assertTrue(v.accepts("Starmer's"));
    assertTrue(v.accepts("Starmer\u2019s"));
    assertFalse(v.accepts("Starmers"));
    assertFalse(v.accepts(""));
    assertFalse(Vocabulary.EMPTY.accepts("copyedit"));
  }

  @Test
  void fileLinesSkipBlanksAndComments() {
    assertEquals(
        List.of("Copydesk", "Keir Starmer", "zorblat"),
        Vocabulary.parseLines("\uFEFFCopydesk\n# names\n\n  Keir Starmer  \r\nzorblat\n   # indented comment\n"));
  }
}
