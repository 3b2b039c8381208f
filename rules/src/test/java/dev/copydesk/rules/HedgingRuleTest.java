package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HedgingRuleTest {

  private final RuleTester tester = RuleTester.forRule(new HedgingRule());

  private static final String TITLE = "Election\n\n";

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
