package dev.copydesk.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.parse.ArticleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordMatcherTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private final WordMatcher matcher =
      WordMatcher.of(List.of("there are concerns that", "there are", "it is believed", "critics"), Set.of("also", "widely"), 2);

  @Test
  void findsLeftmostLongestMatchesWithFillers() {
    Words w = words("Critics say there are also concerns that it is widely believed to be late.");
    List<WordMatcher.Match> all = matcher.findAll(w);
    assertEquals(List.of("critics", "there are concerns that", "it is believed"), all.stream().map(WordMatcher.Match::phrase).toList());
    assertEquals(2, all.get(1).start());
    assertEquals(7, all.get(1).end());
  }

  @Test
  void findsPhrasesWhereverTheStartFilterMustLetThemThrough() {
    // A filler right after the first word: the pair the start filter sees is (first word, filler).
    assertEquals(List.of("it is believed"), phrases(matcher.findAll(words("It also is believed, they say."))));
    assertEquals(List.of("there are"), phrases(matcher.findAll(words("There widely also are some."))));
    // A phrase of one word as the sentence's last word, with no next word to pair it with.
    assertEquals(List.of("critics"), phrases(matcher.findAll(words("Ask the critics"))));
    assertEquals(List.of("critics"), phrases(matcher.findAll(words("Critics"))));
    // A first word with no continuation after it is not a match, even as the last word.
    assertEquals(List.of(), phrases(matcher.findAll(words("Nothing but it is"))));
    assertEquals(List.of(), phrases(matcher.findAll(words("Ask whether there"))));
    // Three fillers are one too many.
    assertEquals(List.of(), phrases(matcher.findAll(words("It also widely also is believed."))));
  }

  private static List<String> phrases(List<WordMatcher.Match> matches) {
    return matches.stream().map(WordMatcher.Match::phrase).toList();
  }

  @Test
  void findFirstIsTheFirstOfAllMatches() {
    for (String text :
        List.of(
            "There are reasons, and there are concerns that it is believed.",
            "Nothing here matches at all.",
            "It is, they say, believed by critics.",
            "Widely there are also widely concerns that the critics are right.")) {
      Words w = words(text);
      List<WordMatcher.Match> all = matcher.findAll(w);
      assertEquals(all.isEmpty() ? null : all.get(0), matcher.findFirst(w), text);
    }
    assertNull(matcher.findFirst(words("No phrase of the list is in this sentence.")));
  }

  @Test
  void findAllGivesAnUnmodifiableList() {
    WordMatcher m = WordMatcher.of(List.of("experts say"));
    List<WordMatcher.Match> none = m.findAll(words("Nobody said a thing."));
    List<WordMatcher.Match> one = m.findAll(words("Experts say so."));
    assertEquals(List.of(), none);
    assertEquals(List.of(new WordMatcher.Match(0, 2, "experts say")), one);
    assertThrows(UnsupportedOperationException.class, () -> none.add(one.get(0)));
    assertThrows(UnsupportedOperationException.class, () -> one.add(one.get(0)));
  }

  @Test
  void wordsWithTheSameHashAreToldApart() {
    // "aan" and "ac0" have the same String.hashCode, and so the same slot in a node's table.
    assertEquals("aan".hashCode(), "ac0".hashCode());
    WordMatcher m = WordMatcher.of(List.of("aan one", "ac0 two"));
    assertEquals(List.of("ac0 two"), m.findAll(words("Then ac0 one and ac0 two.")).stream().map(WordMatcher.Match::phrase).toList());
    assertEquals(List.of("aan one"), m.findAll(words("AAN two, then Aan one.")).stream().map(WordMatcher.Match::phrase).toList());
  }

  @Test
  void matchesWhatTryingEveryPhraseAtEveryWordFinds() {
    String[] vocabulary = {"in", "the", "last", "week", "may", "well", "be", "it", "is", "said", "that", "some", "Experts",
        "caf\u00E9", "don\u2019t", "x-ray", "2025"};
    Random rnd = new Random(7);
    List<String> phrases = new ArrayList<>();
    for (int p = 0; p < 60; p++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, n = 1 + rnd.nextInt(3); k < n; k++) {
        sb.append(k == 0 ? "" : " ").append(vocabulary[rnd.nextInt(vocabulary.length)]);
      }
      phrases.add(sb.toString());
    }
    WordMatcher m = WordMatcher.of(phrases);
    List<String[]> split = phrases.stream().map(p -> Lexicon.normalize(p).split(" ")).toList();
    int found = 0;
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 12; k++) {
        sb.append(vocabulary[rnd.nextInt(vocabulary.length)]).append(' ');
      }
      Words w = words(sb.append("end.").toString());
      List<WordMatcher.Match> expected = new ArrayList<>();
      for (int i = 0; i < w.size(); ) {
        int best = -1;
        for (int p = 0; p < split.size(); p++) {
          String[] words = split.get(p);
          boolean all = i + words.length <= w.size();
          for (int k = 0; all && k < words.length; k++) {
            all = w.lower(i + k).equals(words[k]);
          }
          if (all && (best < 0 || words.length > split.get(best).length)) {
            best = p;
          }
        }
        if (best < 0) {
          i++;
          continue;
        }
        int end = i + split.get(best).length;
        expected.add(new WordMatcher.Match(i, end, phrases.get(best)));
        i = end;
      }
      List<WordMatcher.Match> actual = m.findAll(w);
      assertEquals(expected.stream().map(x -> x.start() + "-" + x.end()).toList(),
          actual.stream().map(x -> x.start() + "-" + x.end()).toList(), sb.toString());
      for (int k = 0; k < actual.size(); k++) {
        assertEquals(Lexicon.normalize(expected.get(k).phrase()), Lexicon.normalize(actual.get(k).phrase()));
      }
      found += actual.size();
    }
    assertEquals(true, found > 300, "found " + found);
  }

  private static Words words(String text) {
    Sentence s = PARSER.parse("t.txt", text, Format.TEXT).article().blocks().get(0).sentences().get(0);
    return Words.of(s);
  }
}
