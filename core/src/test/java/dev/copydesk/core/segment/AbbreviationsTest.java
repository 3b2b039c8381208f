package dev.copydesk.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.segment.Abbreviations.Continues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

  private static Abbreviations parse(String text) throws IOException {
    return Abbreviations.parse(new BufferedReader(new StringReader(text)), "test.txt");
  }

  @Test
  void theShippedListLoads() {
    Abbreviations a = Abbreviations.load("english-abbreviations.txt");
    assertEquals(Set.of(Continues.ALWAYS), a.lookup("Mr"));
    assertEquals(Set.of(Continues.ALWAYS), a.lookup("e.g"));
    assertEquals(Set.of(Continues.BEFORE_NUMBER), a.lookup("No"));
    assertEquals(Set.of(Continues.BEFORE_LOWERCASE), a.lookup("Ltd"));
    assertEquals(Set.of(Continues.ALWAYS), a.lookupPair("et", "al"));
    assertTrue(a.endsSentence("on"));
    assertEquals(Set.of(Continues.UNLESS_STARTER), a.lookup("Sept"));
    assertTrue(a.startsSentence("The"));
    assertFalse(a.startsSentence("the"));
    assertEquals(Set.of(), a.lookup("mr"), "look-ups are case-sensitive");
  }

  @Test
  void aWordMayStandInSeveralSections() throws IOException {
    Abbreviations a = parse("[continues-unless-capital]\nFig\n[continues-before-numeral]\nFig\n");
    assertEquals(Set.of(Continues.UNLESS_CAPITAL, Continues.BEFORE_NUMERAL), a.lookup("Fig"));
  }

  @Test
  void commentsAndBlankLinesAreIgnored() throws IOException {
    Abbreviations a = parse("# words\n\n[continues]\n  Dr  \n# Mr\n");
    assertEquals(Set.of(Continues.ALWAYS), a.lookup("Dr"));
    assertEquals(Set.of(), a.lookup("Mr"));
    assertFalse(a.endsSentence("Dr"));
  }

  @Test
  void malformedListsAreRejectedWithTheLine() {
    assertRejected("Mr\n", "test.txt:1: word 'Mr' before any [section]");
    assertRejected("[continues]\nMr.\n", "test.txt:2: word 'Mr.' must not end with a period");
    assertRejected("[sometimes]\n", "test.txt:1: unknown section [sometimes]");
    assertRejected("[continues]\nMr\n\nMr\n", "test.txt:4: duplicate word 'Mr' in [continues]");
    assertRejected("[continues]\na b c\n", "test.txt:2: entry 'a b c' must be one word or two separated by one space");
    assertRejected("[starters]\nThe Times\n", "test.txt:2: starter 'The Times' must be one word");
  }

  private static void assertRejected(String text, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aMissingResourceIsReported() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Abbreviations.load("no-such-file.txt"));
    assertTrue(e.getMessage().contains("no-such-file.txt"), e.getMessage());
  }
}
