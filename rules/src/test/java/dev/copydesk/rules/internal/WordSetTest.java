package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.parse.ArticleParser;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void answersAsTheSetItWasBuiltFromDoes() {
    Set<String> words = Set.of("experts", "analysts", "a", "", "été", "x-ray", "supercalifragilisticexpialidocious-ly", "añejo", "ex");
    WordSet set = WordSet.of(words);
    List<String> asked = List.of("experts", "expert", "analysts", "analyst", "a", "b", "", "été", "éte", "x-ray", "x-rays",
        "supercalifragilisticexpialidocious-ly", "supercalifragilisticexpialidocious-lz", "Experts", "7", "añejo", "anejo", "añ", "ex", "ez", "e");
    for (String w : asked) {
      assertEquals(words.contains(w), set.contains(w), w);
    }
    Random rnd = new Random(3);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append("aeilnprstxéñ".charAt(rnd.nextInt(12)));
      }
      String w = sb.toString();
      assertEquals(words.contains(w), set.contains(w), w);
    }
  }

  @Test
  void tellsApartWordsWhoseHashesCollide() {
    assertEquals("aan".hashCode(), "ac0".hashCode());
    WordSet set = WordSet.of(Set.of("aan", "said"));
    Sentence s = ArticleParser.create().parse("t", "Ac0 and AAN said.\n", Format.TEXT).article().blocks().get(0).sentences().get(0);
    Words w = Words.of(s);
    assertEquals(List.of("ac0", "and", "aan", "said"), List.of(w.lower(0), w.lower(1), w.lower(2), w.lower(3)));
    assertEquals(List.of(false, false, true, true), List.of(set.contains(w, 0), set.contains(w, 1), set.contains(w, 2), set.contains(w, 3)));
  }

  @Test
  void answersForASentencesWordsAsForTheirNormalizedForms() {
    Set<String> words = Set.of("experts", "analysts", "a", "\u00E9t\u00E9", "x-ray", "supercalifragilisticexpialidocious-ly",
        "a\u00F1ejo", "ex", "don't", "7");
    WordSet set = WordSet.of(words);
    String text = "Experts and ANALYSTS said a \u00C9t\u00E9 x-ray, Don\u2019t 7 ex-pats A\u00D1EJO "
        + "supercalifragilisticexpialidocious-ly supercalifragilisticexpialidocious-lz \u00C9te an ex.";
    Random rnd = new Random(5);
    String[] pieces = text.split(" ");
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder("Title\n\n");
      for (int k = 0; k < 12; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]).append(' ');
      }
      sb.append("end.\n");
      for (Block b : ArticleParser.create().parse("t", sb.toString(), Format.TEXT).article().blocks()) {
        for (Sentence s : b.sentences()) {
          Words w = Words.of(s);
          for (int i = 0; i < w.size(); i++) {
            assertEquals(words.contains(w.lower(i)), set.contains(w, i), w.lower(i));
            assertEquals(set.contains(w.lower(i)), set.contains(w, i), w.lower(i));
            if (set.contains(w, i)) {
              assertEquals(true, set.mayContain(w, i), w.lower(i));
            }
          }
          // The words in one call: the first at or after each place that the one-word question lets through.
          for (int from = 0; from <= w.size(); from++) {
            int expected = from;
            while (expected < w.size() && !set.mayContain(w, expected)) {
              expected++;
            }
            assertEquals(expected, set.nextMayContain(w, from, w.size()));
            assertEquals(Math.min(expected, from + 1), set.nextMayContain(w, from, Math.min(w.size(), from + 1)));
          }
        }
      }
    }
  }
}
