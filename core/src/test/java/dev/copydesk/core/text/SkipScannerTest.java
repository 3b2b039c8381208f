package dev.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link SkipScanner#scan} walks a long text from its start and from its middle at once: it must stop
 * wherever a phrase occurs, as the one walk of {@link SkipScanner#next} does, the middle included.
 */
class SkipScannerTest {

  @Test
  void aLongPhraseGivesTheScannerItsLeastCommonCharacters() {
    // "i hope th" would end at every " th" of a text; a later window of the phrase at next to nothing.
    int offset = SkipScanner.rarestWindow("i hope this helps! let me know", 9, 3);
    assertTrue(offset > 0, "not the opening window: " + offset);
    assertFalse("i hope this helps! let me know".substring(offset, offset + 9).endsWith(" th"));
    assertEquals(0, SkipScanner.rarestWindow("lorem ips", 9, 3), "a phrase as long as the window is its window");
    // Found wherever it is, whatever window it gave.
    SkipScanner s = SkipScanner.of(List.of("i hope this helps! let me know", "regenerate response"));
    for (String text : List.of("i hope this helps! let me know", "well, i hope this helps! let me know.", "x regenerate response")) {
      List<Integer> starts = new ArrayList<>();
      s.scan(text, pos -> {
        for (int k = 0; k < s.candidateCount(text, pos); k++) {
          int c = s.candidate(text, pos, k);
          String p = c == 0 ? "i hope this helps! let me know" : "regenerate response";
          if (s.start(c, pos) >= 0 && text.startsWith(p, s.start(c, pos))) {
            starts.add(s.start(c, pos));
          }
        }
        return false;
      });
      assertEquals(List.of(text.indexOf(text.contains("hope") ? "i hope" : "regenerate")), starts, text);
    }
  }

  @Test
  void twoWalksFindEveryOccurrenceThatOneWalkFinds() {
    Random rnd = new Random(41);
    int occurrences = 0;
    int straddling = 0;
    int triples = 0;
    int caseless = 0;
    for (int round = 0; round < 400; round++) {
      boolean ignoreCase = round % 3 == 0;
      boolean many = round % 2 == 1;
      List<String> phrases = new ArrayList<>();
      for (int i = many ? 12 + rnd.nextInt(20) : 1 + rnd.nextInt(8); i > 0; i--) {
        phrases.add(random(rnd, "abcde ", (many ? 6 : 4) + rnd.nextInt(6)));
      }
      SkipScanner s = ignoreCase ? SkipScanner.ignoringCase(phrases) : SkipScanner.of(phrases);
      assertNotNull(s, phrases.toString());
      triples += s.gram() == 3 ? 1 : 0;
      caseless += ignoreCase ? 1 : 0;
      for (int n = 0; n < 20; n++) {
        StringBuilder t = new StringBuilder(random(rnd, "abcdeABCDE \u212A", SkipScanner.TWO_WALKS + rnd.nextInt(400)));
        for (int k = rnd.nextInt(4); k > 0; k--) {
          String p = phrases.get(rnd.nextInt(phrases.size()));
          // Some planted across the middle, where the second walk starts.
          int at = rnd.nextBoolean() ? t.length() / 2 - rnd.nextInt(p.length() + 1) : rnd.nextInt(t.length());
          t.insert(Math.max(0, at), ignoreCase ? upperSome(rnd, p) : p);
        }
        String text = t.toString();
        TreeSet<Integer> expected = occurrences(s, phrases, text, ignoreCase);
        TreeSet<Integer> byNext = new TreeSet<>();
        for (int pos = s.next(text, s.window() - 1); pos >= 0; pos = s.next(text, pos + 1)) {
          byNext.addAll(startsAt(s, phrases, text, pos, ignoreCase));
        }
        TreeSet<Integer> byScan = new TreeSet<>();
        List<Integer> stops = new ArrayList<>();
        assertFalse(s.scan(text, pos -> {
          stops.add(pos);
          byScan.addAll(startsAt(s, phrases, text, pos, ignoreCase));
          return false;
        }));
        assertEquals(expected, byNext, () -> phrases + " in '" + text + "'");
        assertEquals(expected, byScan, () -> phrases + " in '" + text + "'");
        assertEquals(stops.size(), new TreeSet<>(stops).size(), "no place is handed over twice");
        int mid = (s.window() - 1 + text.length()) / 2;
        for (int start : expected) {
          int end = start + s.window() - 1;
          straddling += start < mid && end >= mid ? 1 : 0;
        }
        occurrences += expected.size();
      }
    }
    assertTrue(occurrences > 5_000, "occurrences " + occurrences);
    assertTrue(straddling > 200, "occurrences across the middle " + straddling);
    assertTrue(triples > 50 && caseless > 100, triples + " lists by triples, " + caseless + " ignoring case");
  }

  @Test
  void walkingTheBytesStopsWhereWalkingTheCharactersDoes() {
    // Latin-1 bytes, '?' for other characters: every occurrence found, short texts and long; with a
    // phrase whose opening window is not Latin-1, the characters are walked and it is found too.
    Random rnd = new Random(43);
    int occurrences = 0;
    int sameStops = 0;
    for (int round = 0; round < 300; round++) {
      boolean odd = round % 5 == 0;
      List<String> phrases = new ArrayList<>();
      for (int i = round % 2 == 1 ? 12 + rnd.nextInt(20) : 1 + rnd.nextInt(8); i > 0; i--) {
        phrases.add(random(rnd, odd ? "abc \u00E9?\u0416" : "abcde \u00E9?", 4 + rnd.nextInt(8)));
      }
      SkipScanner s = SkipScanner.of(phrases);
      assertNotNull(s, phrases.toString());
      for (int n = 0; n < 20; n++) {
        String alphabet = n % 2 == 0 ? "abcde \u00E9?" : "abcde \u00E9?\u0416\u2014";
        StringBuilder t = new StringBuilder(random(rnd, alphabet, rnd.nextInt(2 * SkipScanner.TWO_WALKS + 300)));
        for (int k = rnd.nextInt(4); k > 0; k--) {
          String p = phrases.get(rnd.nextInt(phrases.size()));
          int at = rnd.nextBoolean() ? t.length() / 2 - rnd.nextInt(p.length() + 1) : rnd.nextInt(t.length() + 1);
          t.insert(Math.max(0, at), p);
        }
        String text = t.toString();
        byte[] latin1 = Latin1.of(text);
        TreeSet<Integer> byBytes = new TreeSet<>();
        List<Integer> stops = new ArrayList<>();
        assertFalse(s.scan(text, latin1, pos -> {
          stops.add(pos);
          byBytes.addAll(startsAt(s, phrases, text, pos, false));
          return false;
        }));
        TreeSet<Integer> expected = occurrences(s, phrases, text, false);
        assertEquals(expected, byBytes, () -> phrases + " in '" + text + "'");
        assertEquals(stops.size(), new TreeSet<>(stops).size(), "no place is handed over twice");
        if (text.chars().allMatch(c -> c <= 0xFF)) {
          TreeSet<Integer> byCharacters = new TreeSet<>();
          s.scan(text, pos -> !byCharacters.add(pos));
          sameStops += byCharacters.equals(new TreeSet<>(stops)) ? 1 : 0;
        }
        occurrences += expected.size();
      }
    }
    assertTrue(occurrences > 3_000, "occurrences " + occurrences);
    assertTrue(sameStops > 1_500, "Latin-1 texts stopped alike " + sameStops);
    SkipScanner s = SkipScanner.of(List.of("ab\u0416c"));
    assertNotNull(s);
    String text = "x".repeat(100) + "ab\u0416c" + "x".repeat(100);
    List<Integer> seen = new ArrayList<>();
    s.scan(text, Latin1.of(text), pos -> seen.add(pos) && false);
    assertTrue(seen.contains(103), "a phrase outside Latin-1 is found in the characters: " + seen);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> s.scan(text, new byte[3], pos -> false));
  }

  @Test
  void aScanEndsWhereItsStopsSaySo() {
    SkipScanner s = SkipScanner.of(List.of("needle"));
    assertNotNull(s);
    String text = "hay ".repeat(40) + "needle " + "hay ".repeat(40) + "needle";
    List<Integer> seen = new ArrayList<>();
    assertTrue(s.scan(text, pos -> {
      seen.add(pos);
      return text.startsWith("needle", pos - s.window() + 1);
    }));
    assertEquals(1, seen.stream().filter(p -> text.startsWith("needle", p - s.window() + 1)).count(), "ends at the first one found");
    assertFalse(s.scan("hay ".repeat(40), pos -> true), "no stop in a text without the phrase's pairs");
  }

  /** Starts of every occurrence of a phrase, by a plain search. */
  private static TreeSet<Integer> occurrences(SkipScanner s, List<String> phrases, String text, boolean ignoreCase) {
    TreeSet<Integer> out = new TreeSet<>();
    String t = ignoreCase ? SkipScanner.caseKeys(text) : text;
    for (String p : phrases) {
      String q = ignoreCase ? SkipScanner.caseKeys(p) : p;
      for (int i = t.indexOf(q); i >= 0; i = t.indexOf(q, i + 1)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Starts of the phrases that occur where the window ending at {@code pos} opens them. */
  private static List<Integer> startsAt(SkipScanner s, List<String> phrases, String text, int pos, boolean ignoreCase) {
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < s.candidateCount(text, pos); k++) {
      int c = s.candidate(text, pos, k);
      String p = phrases.get(c);
      int start = s.start(c, pos);
      if (start >= 0 && start + p.length() <= text.length()) {
        String here = text.substring(start, start + p.length());
        if (ignoreCase ? SkipScanner.caseKeys(here).equals(SkipScanner.caseKeys(p)) : here.equals(p)) {
          out.add(start);
        }
      }
    }
    return out;
  }

  private static String upperSome(Random rnd, String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(rnd.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  private static String random(Random rnd, String alphabet, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
