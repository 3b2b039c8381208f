package dev.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static List<String> found(PhraseMatcher m, String text, Folding folding) {
    FoldedText f = FoldedText.of(text, folding);
    return m.findNonOverlapping(f.folded()).stream().map(x -> text.substring(f.start(x.start()), f.end(x.end()))).toList();
  }

  @Test
  void looksForAPhraseFromItsRarestCharacterAsIndexOfWould() {
    assertEquals(1, PhraseMatcher.rarest("tktk"), "k is rarer than t");
    assertEquals(0, PhraseMatcher.rarest("x"));
    assertEquals(4, PhraseMatcher.rarest("the 7th"), "a digit is rarer than any letter");
    assertEquals(2, PhraseMatcher.rarest("a \u00E9"), "and a character outside ASCII rarer still");
    Random random = new Random(3);
    String[] pieces = {"t", "k", "tk", "tktk", "kt", " ", "a", "e", "\u00E9", "7"};
    String[] phrases = {"tktk", "kt", "t", "k", "a tk", "\u00E9 7", "tt", "e"};
    for (int round = 0; round < 3_000; round++) {
      StringBuilder t = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        t.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = t.toString();
      for (String phrase : phrases) {
        for (int from = -1; from <= text.length() + 1; from++) {
          assertEquals(text.indexOf(phrase, from), PhraseMatcher.indexOf(text, phrase, PhraseMatcher.rarest(phrase), from),
              () -> "'" + phrase + "' in '" + text + "'");
        }
      }
    }
  }

  @Test
  void findsPhrasesOnWordBoundariesFoldingCaseQuotesAndSpace() {
    PhraseMatcher m = PhraseMatcher.of(List.of("tk", "don't miss", "leave a reply"));
    assertEquals(
        List.of("TK", "Don\u2019t  miss", "Leave a\nReply"),
        found(m, "Atkins TK. Don\u2019t  miss it. Leave a\nReply", Folding.IGNORE_CASE));
  }

  @Test
  void keepsCaseWhenAskedAndMatchesInsideWordsWithoutBoundaries() {
    PhraseMatcher cased = PhraseMatcher.of(List.of("NATO"), Folding.MATCH_CASE, PhraseMatcher.Boundaries.WORDS);
    assertEquals(List.of("NATO"), found(cased, "nato and NATO", Folding.MATCH_CASE));
    PhraseMatcher inside = PhraseMatcher.of(List.of("ize"), Folding.IGNORE_CASE, PhraseMatcher.Boundaries.NONE);
    assertEquals(List.of("ize", "IZE"), found(inside, "organize ORGANIZE", Folding.IGNORE_CASE));
  }

  @Test
  void overlappingPhrasesAllFoundAndLeftmostLongestChosen() {
    PhraseMatcher m = PhraseMatcher.of(List.of("he", "she", "hers", "his"), Folding.IGNORE_CASE, PhraseMatcher.Boundaries.NONE);
    // "ushers" holds she, he and hers; leftmost-longest without overlaps keeps "she".
    assertEquals(
        List.of(new PhraseMatcher.Match(1, 4, 1), new PhraseMatcher.Match(2, 4, 0), new PhraseMatcher.Match(2, 6, 2)),
        m.findAll("ushers"));
    assertEquals(List.of("she"), found(m, "ushers", Folding.IGNORE_CASE));
  }

  @Test
  void agreesWithANaiveSearchOnRandomText() {
    Random rnd = new Random(7);
    List<String> phrases = phrases(rnd, 300);
    PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, PhraseMatcher.Boundaries.NONE);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append(word(rnd)).append(' ');
    }
    String t = text.toString();
    int naive = 0;
    for (String p : phrases.stream().distinct().toList()) {
      for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
        naive += phrases.stream().filter(p::equals).count();
      }
    }
    assertEquals(naive, m.findAll(t).size());
  }

  @Test
  void findAtStartIsFindAllRestrictedToTheFirstCharacter() {
    Random rnd = new Random(11);
    List<String> phrases = phrases(rnd, 200);
    for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
      PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
      int atStart = 0;
      for (int n = 0; n < 2000; n++) {
        String phrase = phrases.get(rnd.nextInt(phrases.size()));
        String t = phrase.substring(0, Math.min(phrase.length(), 1 + rnd.nextInt(3)))
            + (rnd.nextBoolean() ? "" : word(rnd)) + (rnd.nextBoolean() ? " " + word(rnd) : "");
        List<PhraseMatcher.Match> expected = m.findAll(t).stream().filter(x -> x.start() == 0).toList();
        assertEquals(expected, m.findAtStart(t), t);
        atStart += expected.size();
      }
      // The generated texts do open with phrases, or the comparison above proves little.
      assertTrue(atStart > 100, "matches at the start: " + atStart);
    }
    PhraseMatcher m = PhraseMatcher.of(List.of("leave a reply", "reply", "leave"));
    assertEquals(List.of(new PhraseMatcher.Match(0, 5, 2), new PhraseMatcher.Match(0, 13, 0)), m.findAtStart("leave a reply now"));
    assertEquals(List.of(), m.findAtStart("please leave a reply"));
    assertEquals(List.of(), m.findAtStart("leaves"));
  }

  @Test
  void containsAnyIsWhetherFindAllFindsSomething() {
    Random rnd = new Random(13);
    for (int size : new int[] {3, 200}) { // a short list (String.indexOf first) and a long one
      List<String> phrases = phrases(rnd, size);
      for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
        PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
        int yes = 0;
        for (int n = 0; n < 2000; n++) {
          StringBuilder t = new StringBuilder();
          for (int k = rnd.nextInt(6); k > 0; k--) {
            t.append(rnd.nextInt(4) == 0 ? phrases.get(rnd.nextInt(phrases.size())) : word(rnd)).append(rnd.nextBoolean() ? " " : "");
          }
          String text = t.toString();
          boolean expected = !m.findAll(text).isEmpty();
          assertEquals(expected, m.containsAny(text), text);
          yes += expected ? 1 : 0;
        }
        assertTrue(yes > 200 && yes < 1800, "texts with a match: " + yes);
      }
    }
  }

  @Test
  void findAtStartOnARangeIsFindAtStartOnThatRangeCutOut() {
    Random rnd = new Random(12);
    List<String> phrases = phrases(rnd, 200);
    String[] edges = {"", "\u00BB ", ": ", "...", "- "};
    for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
      PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
      int found = 0;
      for (int n = 0; n < 2000; n++) {
        String phrase = phrases.get(rnd.nextInt(phrases.size()));
        String middle = phrase.substring(0, Math.min(phrase.length(), 1 + rnd.nextInt(phrase.length())))
            + (rnd.nextBoolean() ? "" : " " + word(rnd));
        // The range's neighbours are not word characters: as ExistenceCheck's keys, trimmed of them.
        String before = edges[rnd.nextInt(edges.length)];
        String t = before + middle + edges[rnd.nextInt(edges.length)];
        List<PhraseMatcher.Match> expected = m.findAtStart(middle);
        assertEquals(expected, m.findAtStart(t, before.length(), before.length() + middle.length()), t);
        found += expected.size();
      }
      assertTrue(found > 300, "matches: " + found);
    }
    PhraseMatcher m = PhraseMatcher.of(List.of("share"));
    assertEquals(List.of(new PhraseMatcher.Match(0, 5, 0)), m.findAtStart("> share this", 2, 12));
    assertEquals(List.of(), m.findAtStart("> share this", 2, 6), "the range ends inside the phrase");
    assertThrows(IndexOutOfBoundsException.class, () -> m.findAtStart("share", 2, 9));
  }

  @Test
  void skippingFindsWhatTheAutomatonFindsInTheSameOrder() {
    Random rnd = new Random(17);
    int lists = 0;
    int matches = 0;
    int triples = 0;
    for (int round = 0; round < 60; round++) {
      // Phrases of four or more characters over a small alphabet, duplicates and phrases inside others
      // included, so that matches overlap, share starts and ends, and fall on and off word boundaries.
      // Every other list has many long phrases, which the scanner hashes by triples.
      boolean many = round % 2 == 1;
      List<String> phrases = new ArrayList<>();
      for (int i = many ? 14 + rnd.nextInt(20) : 1 + rnd.nextInt(12); i > 0; i--) {
        StringBuilder p = new StringBuilder(word(rnd));
        while (p.length() < (many ? 6 + rnd.nextInt(6) : 4 + rnd.nextInt(4))) {
          p.append(rnd.nextInt(3) == 0 ? " " : "").append(word(rnd));
        }
        String phrase = p.toString().strip();
        phrases.add(phrase.length() < (many ? 6 : 4) ? phrase + "abcdef" : phrase);
      }
      if (rnd.nextInt(4) == 0) {
        phrases.add(phrases.get(0));
      }
      for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
        PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
        assertTrue(m.skips(), "phrases of four or more characters, few of them: " + phrases);
        lists++;
        triples += m.skipsByTriples() ? 1 : 0;
        matches += agreeWithTheAutomaton(m, phrases, rnd, 200, 12);
      }
    }
    assertTrue(lists == 120 && matches > 5000, "lists " + lists + ", matches " + matches);
    assertTrue(triples >= 40, "lists hashed by triples: " + triples);
  }

  /** Texts long enough that the scanner walks them from the start and the middle at once. */
  @Test
  void skippingLongTextsFindsWhatTheAutomatonFinds() {
    Random rnd = new Random(43);
    int matches = 0;
    int lists = 0;
    for (int round = 0; round < 40; round++) {
      List<String> phrases = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(round % 2 == 0 ? 6 : 30); i > 0; i--) {
        StringBuilder p = new StringBuilder(word(rnd));
        while (p.length() < 6 + rnd.nextInt(5)) {
          p.append(rnd.nextInt(3) == 0 ? " " : "").append(word(rnd));
        }
        phrases.add(p.toString().strip().length() < 6 ? p + "abcdef" : p.toString().strip());
      }
      for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
        PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
        assertTrue(m.skips(), phrases.toString());
        matches += agreeWithTheAutomaton(m, phrases, rnd, 60, 200);
        lists++;
      }
    }
    assertTrue(lists == 80 && matches > 5000, "lists " + lists + ", matches " + matches);
  }

  @Test
  void aShortPhraseOrTwoBesideLongOnesAreFoundWithoutShorteningTheWindow() {
    Random rnd = new Random(19);
    int matches = 0;
    for (int round = 0; round < 40; round++) {
      List<String> phrases = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(6); i > 0; i--) {
        StringBuilder p = new StringBuilder(word(rnd));
        while (p.length() < 10 + rnd.nextInt(4)) {
          p.append(rnd.nextBoolean() ? " " : "").append(word(rnd));
        }
        phrases.add(p.toString());
      }
      int shorts = 1 + round % 2;
      for (int i = 0; i < shorts; i++) {
        String s = word(rnd) + word(rnd) + "cd";
        phrases.add(rnd.nextInt(phrases.size() + 1), s.length() < 4 ? s + "d" : s.substring(0, Math.min(5, s.length())));
      }
      for (PhraseMatcher.Boundaries b : PhraseMatcher.Boundaries.values()) {
        PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, b);
        assertEquals(shorts, m.leftOutOfSkipping(), phrases.toString());
        matches += agreeWithTheAutomaton(m, phrases, rnd, 300, 10);
      }
    }
    assertTrue(matches > 5000, "matches " + matches);
    assertEquals(1, PhraseMatcher.of(List.of("lorem ipsum", "dolor sit amet", "tktk", "placeholder text")).leftOutOfSkipping());
  }

  /** Characters beyond Latin-1 (dashes, curly quotes, an emoji's surrogates) hash like any others. */
  @Test
  void skippingAgreesWithTheAutomatonBeyondLatin1() {
    Random rnd = new Random(31);
    String alphabet = "ae\u00E9\u2014\u201C\uD83D\uDE00 ";
    int matches = 0;
    for (int round = 0; round < 60; round++) {
      List<String> phrases = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(round % 2 == 0 ? 6 : 30); i > 0; i--) {
        StringBuilder p = new StringBuilder();
        for (int k = 4 + rnd.nextInt(round % 2 == 0 ? 4 : 8); k > 0; k--) {
          p.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        phrases.add(p.toString().strip().length() < 4 ? p + "aaaa" : p.toString().strip());
      }
      PhraseMatcher m = PhraseMatcher.of(phrases, Folding.MATCH_CASE, PhraseMatcher.Boundaries.NONE);
      if (!m.skips()) {
        continue;
      }
      matches += agreeWithTheAutomaton(m, phrases, rnd, 200, 40,
          () -> String.valueOf(alphabet.charAt(rnd.nextInt(alphabet.length()))) + alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    assertTrue(matches > 3000, "matches " + matches);
  }

  @Test
  void skipsOnlyWhereItPays() {
    assertTrue(PhraseMatcher.of(List.of("as an ai language model", "i hope this helps")).skips());
    assertTrue(!PhraseMatcher.of(List.of("as an ai language model", "faq")).skips(), "a phrase of three characters");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      many.add("phrase number " + i);
    }
    assertTrue(!PhraseMatcher.of(many).skips(), "200 phrases fill the shift table with short shifts");
    PhraseMatcher m = PhraseMatcher.of(many);
    assertEquals(List.of(new PhraseMatcher.Match(4, 21, 123)), m.findAll("see phrase number 123."));
  }

  @Test
  void theAutomatonFindsWhatABruteForceSearchFindsWithItsTableOrWithout() {
    Random rnd = new Random(41);
    int tabled = 0;
    int walked = 0;
    for (int round = 0; round < 60; round++) {
      // Short phrases keep the automaton's table; long ones skip, and so walk failure links.
      boolean longOnes = round % 2 == 0;
      List<String> phrases = new ArrayList<>();
      for (int i = 1 + rnd.nextInt(12); i > 0; i--) {
        String p = word(rnd) + (longOnes ? word(rnd) + word(rnd) + "abcd" : "");
        phrases.add(p);
      }
      PhraseMatcher m = PhraseMatcher.of(phrases, Folding.IGNORE_CASE, PhraseMatcher.Boundaries.NONE);
      assertEquals(!m.skips(), m.hasTable(), phrases.toString());
      if (m.hasTable()) {
        tabled++;
      } else {
        walked++;
      }
      for (int n = 0; n < 20; n++) {
        StringBuilder t = new StringBuilder();
        for (int k = rnd.nextInt(30); k > 0; k--) {
          t.append(rnd.nextInt(3) == 0 ? phrases.get(rnd.nextInt(phrases.size())) : word(rnd));
        }
        String text = t.toString();
        List<PhraseMatcher.Match> expected = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
          for (int p = 0; p < phrases.size(); p++) {
            String phrase = phrases.get(p);
            if (end >= phrase.length() && text.startsWith(phrase, end - phrase.length())) {
              expected.add(new PhraseMatcher.Match(end - phrase.length(), end, p));
            }
          }
        }
        // Compared as sets: the order of matches is pinned by the tests above.
        expected.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::end)
            .thenComparingInt(x -> x.start()).thenComparingInt(PhraseMatcher.Match::phrase));
        List<PhraseMatcher.Match> found = new ArrayList<>(m.findAllByAutomaton(text));
        found.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::end)
            .thenComparingInt(x -> x.start()).thenComparingInt(PhraseMatcher.Match::phrase));
        assertEquals(expected, found, text + " " + phrases);
      }
    }
    assertTrue(tabled > 10 && walked > 10, tabled + " with a table, " + walked + " without");
  }

  @Test
  void anEmptyPhraseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> PhraseMatcher.of(List.of("a", "  ")));
  }

  /**
   * Scans {@code texts} random texts of up to {@code parts} words and phrases of {@code phrases}, and
   * checks that {@code m}'s findAll and containsAny say what the automaton reading every character says.
   * The number of matches, so that a caller can check that its texts held some.
   */
  private static int agreeWithTheAutomaton(PhraseMatcher m, List<String> phrases, Random rnd, int texts, int parts) {
    return agreeWithTheAutomaton(m, phrases, rnd, texts, parts, () -> word(rnd) + (rnd.nextBoolean() ? " " : ""));
  }

  /** {@link #agreeWithTheAutomaton(PhraseMatcher, List, Random, int, int)} with other filler between phrases. */
  private static int agreeWithTheAutomaton(
      PhraseMatcher m, List<String> phrases, Random rnd, int texts, int parts, java.util.function.Supplier<String> filler) {
    int matches = 0;
    for (int n = 0; n < texts; n++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(parts); k > 0; k--) {
        t.append(rnd.nextInt(3) == 0 ? phrases.get(rnd.nextInt(phrases.size())) + (rnd.nextBoolean() ? " " : "") : filler.get());
      }
      String text = t.toString();
      List<PhraseMatcher.Match> expected = m.findAllByAutomaton(text);
      assertEquals(expected, m.findAll(text), text);
      assertEquals(!expected.isEmpty(), m.containsAny(text), text);
      // Given the fold itself, a scan may walk its bytes: the same matches in the folded text.
      FoldedText folded = FoldedText.of(text, m.folding());
      List<PhraseMatcher.Match> inFolded = m.findAllByAutomaton(folded.folded());
      assertEquals(inFolded, m.findAll(folded), text);
      assertEquals(!inFolded.isEmpty(), m.containsAny(folded), text);
      assertEquals(m.findNonOverlapping(folded.folded()), m.findNonOverlapping(folded), text);
      matches += expected.size();
    }
    return matches;
  }

  /** {@code n} random phrases of one or two words. */
  private static List<String> phrases(Random rnd, int n) {
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      phrases.add(word(rnd) + (rnd.nextBoolean() ? " " + word(rnd) : ""));
    }
    return phrases;
  }

  private static String word(Random rnd) {
    int n = 1 + rnd.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + rnd.nextInt(4)));
    }
    return sb.toString();
  }
}
