package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.Words;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VagueAttributionTest {

  /**
   * find asks only the words near a verb of claiming or "according"; asking every word (groupAt of
   * each, up to the impersonal claim) must give the same first match. Sentences are strung together
   * from the rule's own lists, dense in fillers and qualifiers, so that groups open as far from their
   * cue as the patterns allow: narrowing the window by one word on either side fails this test.
   */
  @Test
  void findsWhatAskingEveryWordFinds() {
    List<String> pieces = new ArrayList<>();
    for (String list : List.of("sources", "quantifiers", "fillers", "verbs", "impersonal")) {
      for (String word : Lexicon.words("unsourced-claim-" + list + ".txt")) {
        pieces.add(word.replace("=", " "));
      }
    }
    pieces.addAll(List.of("according to", "according to", "at", "from", "of the", "in", "Capital Economics", "London",
        "the", "these", "their", "a", "modern", "leading", "archaeologists", "physicians", "Asians", "said", "say",
        "said", "argued", "rates", "will", "rise", ",", "that", "2019", "people", "women", "men", "officials"));
    int groups = 0;
    int impersonal = 0;
    int none = 0;
    for (Words w : StrungSentences.of(pieces, 17, 4_000, 14)) {
      VagueAttribution.Match expected = byEveryWord(w);
      assertEquals(expected, VagueAttribution.find(w), w.sentence().text());
      if (expected == null) {
        none++;
      } else if (expected.kind() == VagueAttribution.Kind.IMPERSONAL) {
        impersonal++;
      } else {
        groups++;
      }
    }
    assertTrue(groups > 500, "many sentences should hold a group: " + groups);
    assertTrue(impersonal > 3_000, "many should hold only an impersonal claim: " + impersonal);
    assertTrue(none > 2_000, "many should hold neither: " + none);
  }

  /**
   * A sentence is searched for impersonal claims only if it holds one of their key words: the answer is
   * the search's on every sentence, those strung from the lists and each phrase alone, with a filler
   * inside it as the matcher allows.
   */
  @Test
  void theKeyWordsGateTurnsAwayOnlySentencesWithNoImpersonalClaim() {
    java.util.Set<String> fillers = Lexicon.words("unsourced-claim-fillers.txt");
    dev.copydesk.rules.internal.WordMatcher search =
        dev.copydesk.rules.internal.WordMatcher.of(Lexicon.words("unsourced-claim-impersonal.txt"), fillers, 2);
    List<String> pieces = new ArrayList<>(Lexicon.words("unsourced-claim-impersonal.txt"));
    pieces.addAll(fillers);
    pieces.addAll(List.of("it", "is", "there", "are", "was", "were", "that", "the", "rain", "said", "to", ","));
    int found = 0;
    for (Words w : StrungSentences.of(pieces, 23, 4_000, 10)) {
      var expected = search.findFirst(w);
      assertEquals(expected, VagueAttribution.firstImpersonal(w), w.sentence().text());
      found += expected != null ? 1 : 0;
    }
    assertTrue(found > 1_000, "many hold one: " + found);
    String filler = fillers.iterator().next();
    for (String phrase : Lexicon.words("unsourced-claim-impersonal.txt")) {
      String[] parts = phrase.split(" ", 2);
      for (String sentence : List.of("Now " + phrase + " the plan works.",
          "Now " + parts[0] + " " + filler + (parts.length > 1 ? " " + parts[1] : "") + " the plan works.")) {
        Words w = words(sentence);
        assertEquals(search.findFirst(w), VagueAttribution.firstImpersonal(w), sentence);
        assertTrue(VagueAttribution.firstImpersonal(w) != null || search.findFirst(w) == null, sentence);
      }
      assertTrue(VagueAttribution.firstImpersonal(words("Now " + phrase + " the plan works.")) != null, phrase);
    }
  }

  /** Groups whose cue stands as far from the word that opens them as the patterns allow. */
  @Test
  void findsGroupsAtTheFarthestReachOfTheirCue() {
    for (String sentence : List.of(
        // The verb six words after the opener: past a quantifier, a plural that is no source noun and
        // three fillers; past a qualifier of six words.
        "In the end some modern authors also widely still believe the tale.",
        "Yesterday analysts at a large old bank said rates would rise.",
        // "according" four words before the noun, and a verb four words before it past a quantifier.
        "The plan will fail, according to leading independent experts.",
        "The plan will fail, say many very senior experts.")) {
      Words w = words(sentence);
      VagueAttribution.Match expected = byEveryWord(w);
      assertTrue(expected != null && expected.kind() != VagueAttribution.Kind.IMPERSONAL, sentence + ": " + expected);
      assertEquals(expected, VagueAttribution.find(w), sentence);
    }
  }

  private static Words words(String sentence) {
    var blocks = ArticleParser.create().parse("t", "Title\n\n" + sentence + "\n", Format.TEXT).article().blocks();
    return Words.of(blocks.get(blocks.size() - 1).sentences().get(0));
  }

  private static VagueAttribution.@Nullable Match byEveryWord(Words w) {
    var imp = VagueAttribution.firstImpersonal(w);
    int limit = imp == null ? w.size() : imp.start();
    for (int i = 0; i < limit; i++) {
      VagueAttribution.Match m = VagueAttribution.groupAt(w, i);
      if (m != null) {
        return m;
      }
    }
    return imp == null ? null : new VagueAttribution.Match(VagueAttribution.Kind.IMPERSONAL, imp.start(), imp.end(), -1, null);
  }
}
