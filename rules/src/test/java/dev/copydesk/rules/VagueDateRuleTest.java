package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
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
  void aTimeIsNotAYear() {
    tester.assertFlags(Format.TEXT, TITLE + "Kick-off is at 2000 GMT. The side changed «last week».\n");
  }
}
