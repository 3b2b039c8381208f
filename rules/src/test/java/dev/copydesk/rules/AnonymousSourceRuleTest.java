package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnonymousSourceRuleTest {

  private final RuleTester tester = RuleTester.forRule(new AnonymousSourceRule());

  private static final String TITLE = "Merger talks\n\n";

  @Test
  void flagsAnonymousSourcesWithNoReason() {
    tester.assertFlags(Format.TEXT, TITLE + "The deal is close, «a source said». Shares rose.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Sources familiar with» the matter said talks had stalled. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«A Labour source told» the BBC the vote would be close. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Talks stalled, according to «people familiar with» the plans. Shares fell.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«An official, who declined to be named», said the bid was dead. Shares fell.\n");
  }

  @Test
  void leavesSourcesWhoseAnonymityIsExplainedAlone() {
    tester.assertClean(
        Format.TEXT,
        TITLE + "A source said the deal was close. The source asked not to be named because the talks are private.\n");
    tester.assertClean(
        Format.TEXT,
        TITLE + "People familiar with the matter, who spoke on condition of anonymity because they were not authorized "
            + "to speak publicly, said talks had stalled.\n");
  }

  @Test
  void theSourceAgainIsTheOneAlreadyFlagged() {
    tester.assertFlags(Format.TEXT, TITLE + "«A Labour source told» the paper the vote was close.\n\n"
        + "\"It is our turn,\" the source told the paper. Shares fell.\n");
    // First mentioned as "the source", it is flagged all the same.
    tester.assertFlags(Format.TEXT, TITLE + "The deal is close, the «source said». Shares rose.\n");
    // A new source after the first is flagged too.
    tester.assertFlags(Format.TEXT, TITLE + "«A Labour source told» the paper the vote was close.\n\n"
        + "«A Tory source said» it was not. Shares fell.\n");
  }

  @Test
  void leavesThingsAndNamesCalledSourcesAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Wind is a source of energy. Energy sources, said the report, are changing.\n");
    tester.assertClean(Format.TEXT, TITLE + "The Open Source Development Labs said Linux was growing.\n");
    tester.assertClean(Format.TEXT, TITLE + "Experts say renewable sources will grow.\n");
  }

  @Test
  void sentencesWithoutATriggerAreSkippedBeforeThePatterns() {
    assertTrue(mentionsTrigger("An official, who declined to be named, said."));
    assertTrue(mentionsTrigger("Unnamed officials said so."));
    assertTrue(mentionsTrigger("People close to the talks said so."));
    assertTrue(mentionsTrigger("He spoke anonymously."));
    assertTrue(mentionsTrigger("Sources."));
    assertTrue(mentionsTrigger("Officials briefed on the plan said so."));
    assertFalse(mentionsTrigger("The minister said the talks had stalled."));
    assertFalse(mentionsTrigger("It was closely watched."));
    assertFalse(mentionsTrigger("The company renamed its resources."));
  }

  @Test
  void everySentenceThePatternsFindHoldsATrigger() {
    // Sentences strung from the rule's own lists and the words around them, whole phrases included, so
    // that the patterns find something in many of them.
    java.util.List<String> pieces = new java.util.ArrayList<>();
    for (String list : java.util.List.of("anonymity", "qualifiers", "nouns", "persons", "not-after", "reasons")) {
      pieces.addAll(dev.copydesk.rules.internal.Lexicon.words("anonymous-source-" + list + ".txt"));
    }
    pieces.addAll(java.util.List.of("said", "told", "according to", "a", "one", "senior", "unnamed", "anonymous", "of",
        "the", "talks", "Labour", "BBC", ",", "matter", "who", "were", "close", "named", "with"));
    int found = 0;
    int skipped = 0;
    for (dev.copydesk.rules.internal.Words w : StrungSentences.of(pieces, 3, 3_000, 8)) {
      boolean trigger = AnonymousSourceRule.mentionsTrigger(w);
      if (AnonymousSourceRule.find(w) != null) {
        found++;
        assertTrue(trigger, "found in a sentence without a trigger: " + w.sentence().text());
      } else if (!trigger) {
        skipped++;
      }
    }
    assertTrue(found > 1_000, "the patterns should find something in many sentences: " + found);
    assertTrue(skipped > 1_000, "the triggers should turn many sentences away: " + skipped);
  }

  private static boolean mentionsTrigger(String sentence) {
    var blocks = dev.copydesk.core.parse.ArticleParser.create().parse("t", TITLE + sentence + "\n", Format.TEXT).article().blocks();
    var s = blocks.get(blocks.size() - 1).sentences().get(0);
    return AnonymousSourceRule.mentionsTrigger(dev.copydesk.rules.internal.Words.of(s));
  }
}
