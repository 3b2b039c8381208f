package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.parse.ArticleParser;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Word classes: each test makes its own registry, so the pack's sets and other tests' do not count. */
class WordClassesTest {

  private static final Set<String> SOURCES = Set.of("experts", "analysts", "\u00E9t\u00E9", "don't", "x-ray", "7");
  private static final Set<String> VERBS = Set.of("said", "say", "believe");

  private static Sentence sentence(String text) {
    return ArticleParser.create().parse("t", "Title\n\n" + text + "\n", Format.TEXT).article().blocks().get(1).sentences().get(0);
  }

  /** The first index in [from, to) whose normalized word is in {@code words}, or to. */
  private static int firstMember(Words w, Set<String> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.contains(w.lower(i))) {
        return i;
      }
    }
    return to;
  }

  @Test
  void aSetWithAClassAnswersAsItsWordsDo() {
    WordClasses registry = new WordClasses();
    WordSet sources = WordSet.of(SOURCES, registry);
    WordSet verbs = WordSet.of(VERBS, registry);
    String[] pieces = ("Experts and ANALYSTS said a \u00C9t\u00E9 x-ray, Don\u2019t 7 ex-pats Says believed "
        + "the expert analyst say \u00C9te an ex believe").split(" ");
    Random rnd = new Random(11);
    int classed = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + rnd.nextInt(14);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(' ');
      }
      Words w = Words.of(sentence(sb.toString().strip() + "."), registry);
      for (WordSet set : List.of(sources, verbs)) {
        Set<String> words = set == sources ? SOURCES : VERBS;
        for (int i = 0; i < w.size(); i++) {
          assertEquals(words.contains(w.lower(i)), set.contains(w, i), sb + " @" + i);
          // Never past a member: the scan may stop early, at a word sharing a slot, but not skip one.
          int next = set.nextMayContain(w, i, w.size());
          assertTrue(next <= firstMember(w, words, i, w.size()), sb + " @" + i);
        }
        if (w.nextInClass(registry, 0, 0, w.size()) >= 0) {
          classed++;
        }
      }
    }
    assertEquals(600, classed, "every view made after the sets knows their classes");
  }

  @Test
  void aScanForAClassStopsAtTheFirstWordInItInAnySentence() {
    // Up to 64 words a view answers a scan from each class's bits, past that word by word: both the same
    // as asking each word, from any word to any end, on either side of 64.
    WordClasses registry = new WordClasses();
    WordSet.of(SOURCES, registry);
    WordSet.of(VERBS, registry);
    String[] pieces = "experts said the analysts say it would rain and believe we may".split(" ");
    Random rnd = new Random(5);
    for (int length : new int[] {1, 2, 63, 64, 65, 130}) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(' ');
      }
      Words w = Words.of(sentence(sb.toString().strip() + "."), registry);
      assertEquals(length, w.size());
      for (int index = 0; index < 2; index++) {
        for (int from = 0; from <= w.size(); from++) {
          for (int to = from; to <= w.size(); to++) {
            int expected = to;
            for (int i = from; i < to; i++) {
              if (w.inClass(registry, index, i) == 1) {
                expected = i;
                break;
              }
            }
            assertEquals(expected, w.nextInClass(registry, index, from, to), length + " words, class " + index + " [" + from + ", " + to + ")");
          }
        }
      }
    }
  }

  @Test
  void aTableOfManyDistinctSetsOfClassesStillAnswersEveryWord() {
    // Few distinct sets of classes are read through a palette; past 256 the table is read as it is.
    // Both give each word every class that holds it.
    WordClasses registry = new WordClasses();
    Random rnd = new Random(21);
    List<Set<String>> sets = new java.util.ArrayList<>();
    for (int c = 0; c < 40; c++) {
      Set<String> words = new java.util.HashSet<>();
      for (int k = 0; k < 400; k++) {
        words.add("w" + rnd.nextInt(3000));
      }
      sets.add(words);
      WordSet.of(words, registry);
      if (c == 1) {
        assertTrue(registry.current().compact(), "two classes: a palette");
      }
    }
    assertFalse(registry.current().compact(), "forty classes of scattered words: more than 256 sets");
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      sb.append('w').append(rnd.nextInt(3000)).append(' ');
    }
    Words w = Words.of(sentence(sb.toString().strip() + "."), registry);
    for (int c = 0; c < sets.size(); c++) {
      for (int i = 0; i < w.size(); i++) {
        if (sets.get(c).contains(w.lower(i))) {
          assertEquals(1, w.inClass(registry, c, i), w.lower(i) + " in class " + c);
        }
      }
    }
  }

  @Test
  void aSentenceWithNoneOfASetsWordsIsPassedOverWhole() {
    WordClasses registry = new WordClasses();
    WordSet sources = WordSet.of(SOURCES, registry);
    WordSet.of(VERBS, registry);
    Words w = Words.of(sentence("The minister said the figures were wrong."), registry);
    assertEquals(w.size(), sources.nextMayContain(w, 0, w.size()));
    Words with = Words.of(sentence("The minister said experts were wrong."), registry);
    assertEquals(3, sources.nextMayContain(with, 0, with.size()));
    assertEquals(1, w.inClass(registry, 1, 2), "\"said\" is in the second class");
  }

  @Test
  void aSetMadeAfterAViewIsAskedWordByWord() {
    WordClasses registry = new WordClasses();
    Words w = Words.of(sentence("Some analysts said so."), registry);
    WordSet late = WordSet.of(SOURCES, registry);
    assertEquals(-1, w.nextInClass(registry, 0, 0, w.size()), "the view does not know the class");
    findsAnalystsAtOne(late, w);
  }

  /** The set finds "analysts", word 1 of {@code w}, by its scan and its look-up, and turns word 0 away. */
  private static void findsAnalystsAtOne(WordSet set, Words w) {
    assertEquals("analysts", w.lower(1));
    assertEquals(1, set.nextMayContain(w, 0, w.size()));
    assertTrue(set.contains(w, 1));
    assertFalse(set.contains(w, 0));
  }

  @Test
  void aViewOfAnotherRegistryKnowsNoneOfItsClasses() {
    WordClasses mine = new WordClasses();
    WordClasses other = new WordClasses();
    WordSet.of(Set.of("decoy"), other);
    WordSet sources = WordSet.of(SOURCES, mine);
    Words w = Words.of(sentence("Decoy analysts said so."), other);
    // Class 0 of the other registry holds "decoy", not "analysts": the set must not read its bit.
    assertEquals(1, w.inClass(other, 0, 0));
    assertEquals(-1, w.inClass(mine, 0, 0));
    findsAnalystsAtOne(sources, w);
  }

  @Test
  void setsPastTheLastClassGetNoneAndStillAnswer() {
    WordClasses registry = new WordClasses();
    for (int k = 0; k < WordClasses.MAX_CLASSES; k++) {
      assertEquals(k, registry.register(Set.of("filler" + k)));
    }
    assertEquals(-1, registry.register(Set.of("one-too-many")));
    assertEquals(-1, new WordClasses().register(Set.of()), "an empty set needs no class");
    WordSet sources = WordSet.of(SOURCES, registry);
    Words w = Words.of(sentence("Filler3 analysts said so."), registry);
    assertEquals(1, w.inClass(registry, 3, 0));
    findsAnalystsAtOne(sources, w);
  }

  @Test
  void aWordThatSharesAMembersSlotIsNotTakenForIt() {
    WordClasses registry = new WordClasses();
    WordSet set = WordSet.of(Set.of("experts"), registry);
    // Find a word that is not "experts" but falls in its slot of the table.
    String decoy = null;
    for (int k = 0; decoy == null && k < 1_000_000; k++) {
      String candidate = "w" + Integer.toString(k, 36);
      if (registry.current().of(candidate.hashCode()) != 0) {
        decoy = candidate;
      }
    }
    assertNotNull(decoy, "no word of a million shares the slot of \"experts\"");
    assertNotEquals("experts", decoy);
    Words w = Words.of(sentence("The " + decoy + " spoke."), registry);
    assertEquals(1, w.inClass(registry, 0, 1), "the decoy shares the slot");
    assertFalse(set.contains(w, 1));
  }
}
