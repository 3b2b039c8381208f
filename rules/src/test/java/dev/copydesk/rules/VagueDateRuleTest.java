package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class VagueDateRuleTest {

  private final RuleTester tester = RuleTester.forRule(new VagueDateRule());

  private static final String TITLE = "Talks in Pyongyang\n\n";

  @Test
  void flagsRelativeTimeInAnUndatedArticle() {
    tester.assertFlags(
        Format.TEXT,
        TITLE + "«In mid-April», the chairman visited Pyongyang. The talks ended «last week». "
            + "A summit is planned «later this year».\n");
  }

  @Test
  void leavesArticlesWithAYearAlone() {
    tester.assertClean(Format.TEXT, TITLE + "In mid-April 2024, the chairman visited Pyongyang. The talks ended last week.\n");
    tester.assertClean(Format.TEXT, TITLE + "The chairman visited in the 1990s and again last week.\n");
  }

  @Test
  void leavesTimesWeekdaysAndTheModalMayAlone() {
    tester.assertClean(Format.TEXT, TITLE + "Kick-off is at 2000 GMT on Monday. The side may change.\n");
  }

  @Test
  void leavesArticlesWithAPublicationDateAlone() {
    tester.assertClean(Format.MARKDOWN, "---\ntitle: Talks\ndate: 2024-04-20\n---\n\nThe talks ended last week.\n");
    tester.assertFlags(Format.MARKDOWN, "---\ntitle: Talks\n---\n\nThe talks ended «last week».\n");
  }

  @Test
  void yearsInOtherDigitsAndInLaterBlocksCount() {
    tester.assertClean(Format.TEXT, TITLE + "The talks ended last week.\n\nThe first round was in \u0662\u0660\u0660\u0664.\n");
    tester.assertFlags(Format.TEXT, TITLE + "The talks ended «last week».\n\nThe first round cost 20045 won, or 2004.5 won.\n");
  }

  @Test
  void aYearInTheTitleDatesTheArticle() {
    tester.assertClean(Format.MARKDOWN, "---\ntitle: Budget 2024 talks\n---\n\nThe talks ended last week.\n");
    tester.assertClean(Format.MARKDOWN, "---\ntitle: Budget \u0662\u0660\u0662\u0664 talks\n---\n\nThe talks ended last week.\n");
    // Not a year: five digits, a number out of range, digits run on.
    tester.assertFlags(Format.MARKDOWN, "---\ntitle: Budget 20245 talks\n---\n\nThe talks ended «last week».\n");
    tester.assertFlags(Format.MARKDOWN, "---\ntitle: Budget 1750 talks\n---\n\nThe talks ended «last week».\n");
    tester.assertFlags(Format.MARKDOWN, "---\ntitle: Budget 12024 and 20241 talks\n---\n\nThe talks ended «last week».\n");
  }

  /** The token filter passes every sentence in which {@link VagueDateRule#hasYear} finds a year. */
  @Test
  void theTokenFilterLetsEveryYearThrough() {
    dev.copydesk.core.parse.ArticleParser parser = dev.copydesk.core.parse.ArticleParser.create();
    String[] sentences = {
      "In 2004 it rained.", "The 1990s were long.", "Built in 1850s style.", "Year \u0662\u0660\u0660\u0664 ended.",
      "At 2000 GMT.", "It cost 20,004 dollars.", "Call 555-2004 now.", "In '04 and 04.", "In 2099, 1800 and 1799.", "No digits at all.",
    };
    int years = 0;
    for (String text : sentences) {
      for (dev.copydesk.core.model.Block b : parser.parse("t", text, Format.TEXT).article().proseBlocks()) {
        for (dev.copydesk.core.model.Sentence s : b.sentences()) {
          boolean year = VagueDateRule.hasYear(dev.copydesk.rules.internal.Words.of(s));
          years += year ? 1 : 0;
          if (year) {
            org.junit.jupiter.api.Assertions.assertTrue(VagueDateRule.mayHoldYear(s.tokens()), text);
          }
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertEquals(6, years, "sentences with a year (\"555-2004\" ends in one)");
    org.junit.jupiter.api.Assertions.assertFalse(VagueDateRule.mayHoldYear(
        parser.parse("t", "No digits, only 12 and 123456.", Format.TEXT).article().proseBlocks().get(0).sentences().get(0).tokens()));
  }

  @Test
  void oncePerArticleGivesOneFindingNamingTheOthers() {
    RuleTester once = RuleTester.forRule(new VagueDateRule()).option("once-per-article", true);
    List<Finding> found = once.assertFlags(Format.TEXT, TITLE
        + "«In mid-April», the chairman visited. The talks ended last week.\n\nA summit is planned later this year,"
        + " recently moved, and next month too.\n");
    assertEquals("\u201CIn mid-April\u201D and 4 other relative dates (\u201Clast week\u201D, \u201Clater this year\u201D,"
        + " \u201Crecently\u201D and 1 more) cannot be pinned down: the article has no year and no publication date."
        + " Add a date to the metadata, or give the dates.", found.get(0).message());
    List<Finding> one = once.assertFlags(Format.TEXT, TITLE + "The talks ended «last week».\n");
    assertEquals("\u201Clast week\u201D cannot be pinned down: the article has no year and no publication date. Add a"
        + " date to the metadata, or give the date.", one.get(0).message());
    once.assertClean(Format.TEXT, TITLE + "In mid-April 2024, the chairman visited. The talks ended last week.\n");
  }

  @Test
  void aTimeIsNotAYear() {
    tester.assertFlags(Format.TEXT, TITLE + "Kick-off is at 2000 GMT. The side changed «last week».\n");
  }
}
