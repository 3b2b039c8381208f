package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HedgingRuleTest {

  private final RuleTester tester = RuleTester.forRule(new HedgingRule());

  private static final String TITLE = "Election\n\n";

  @Test
  void theDensityIsWrittenAsTheFormatterWritesIt() {
    for (int words = 1; words <= 1500; words++) {
      for (int cues = 0; cues <= Math.min(words, 80); cues++) {
        org.junit.jupiter.api.Assertions.assertEquals(
            String.format(java.util.Locale.ROOT, "%.1f", cues * 100.0 / words), HedgingRule.perHundred(cues, words), cues + " in " + words);
      }
    }
  }

  @Test
  void flagsASentenceWhereHedgesPileUp() {
    tester.assertFlags(
        Format.TEXT, TITLE + "«The minister may possibly resign, reportedly.» The vote is on Friday.\n");
  }

  @Test
  void leavesASingleHedgeAlone() {
    tester.assertClean(Format.TEXT, TITLE + "The minister may resign. The vote is on Friday.\n");
  }

  @Test
  void leavesQuotedHedgesAndTheMonthAlone() {
    tester.assertClean(Format.TEXT, TITLE + "\"We may possibly win,\" she said. The vote is on Friday.\n");
    tester.assertClean(Format.TEXT, TITLE + "Rates could rise after the election in May. The vote is on Friday.\n");
  }

  @Test
  void leavesHedgesANamedSpeakerIsReportedToMakeAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Jose Manuel Barroso has suggested the cash could be shared out.\n");
    tester.assertClean(Format.TEXT, TITLE + "The cash may possibly be shared out, said Jose Manuel Barroso.\n");
    tester.assertClean(Format.TEXT, TITLE + "According to the Treasury, rates may possibly rise.\n");
    tester.assertClean(Format.TEXT, TITLE + "Mike Prettejohn, Netcraft president, speculated that the block might have been taken to cut costs.\n");
    // An unnamed speaker's hedges, and the writer's own before a named speaker's words, still count.
    tester.assertFlags(Format.TEXT, TITLE + "«Experts speculate that the visit may have been a test.» The vote is on Friday.\n");
    tester.assertFlags(
        Format.TEXT, TITLE + "«Rates may possibly rise, and Jane Smith said they would.» The vote is on Friday.\n");
    // Hearsay ("is said to"), a lone opening word that may be a noun, and the writer's clause after
    // "although" are not a named speaker's words.
    tester.assertFlags(
        Format.TEXT, TITLE + "«Mr Blair, for his part, is said to be angry, and he may possibly resign.» The vote is on Friday.\n");
    tester.assertFlags(Format.TEXT, TITLE + "«Speculation suggests that the bank may raise rates.» The vote is on Friday.\n");
    tester.assertFlags(
        Format.TEXT, TITLE + "«Mr Letwin would say how, although a cut seems unlikely and could possibly wait.» The vote is on Friday.\n");
  }

  @Test
  void leavesAQuestionAloneButNotTheAnswer() {
    // A question asks; it asserts nothing for its cues to hedge.
    tester.assertClean(Format.TEXT, TITLE + "Could the minister possibly resign? The vote is on Friday.\n");
    tester.assertClean(Format.TEXT, TITLE + "She asked: \"Might the minister perhaps resign?\" The vote is on Friday.\n");
    tester.assertClean(Format.TEXT, TITLE + "Was the vote perhaps delayed, as may have happened before (in 2019)? The vote is on Friday.\n");
    tester.assertFlags(Format.TEXT, TITLE + "Will he go? «The minister may possibly resign, reportedly.» The vote is on Friday.\n");
  }

  @Test
  void countsReportedSpeechWhenConfigured() {
    RuleTester.forRule(new HedgingRule())
        .option("count-reported-speech", true)
        .assertFlags(Format.TEXT, TITLE + "«Jose Manuel Barroso has suggested the cash could be shared out.» The vote is on Friday.\n");
  }

  @Test
  void singleCuesAndWeaselWordsCountWhenConfigured() {
    RuleTester.forRule(new HedgingRule())
        .option("min-cues", 1)
        .option("weasel-words", true)
        .assertFlags(Format.TEXT, TITLE + "«Many consider him the favourite.» The vote is on Friday.\n");
  }

  @Test
  void givesADensityAdvisoryOncePerArticle() {
    String hedgy = "It may rain and it might not, but perhaps it will. ";
    RuleTester.forRule(new HedgingRule())
        .option("density-min-words", 10)
        .option("min-cues", 9)
        .assertFlags(Format.TEXT, TITLE + "«" + hedgy.strip() + "» " + hedgy + hedgy + "\n");
  }
}
