package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingSourcesRuleTest {

  private final RuleTester tester = RuleTester.forRule(new MissingSourcesRule()).option("min-words", 20);

  private static final String TITLE = "The economy\n\n";
  private static final String FIRST = "The economy grew faster than expected in the last quarter.";
  private static final String REST =
      " Consumer spending rose and exports recovered after a weak start to the year, and the outlook improved.\n";

  @Test
  void flagsALongArticleWithNoSourceAtAll() {
    tester.assertFlags(Format.TEXT, TITLE + "«" + FIRST + "»" + REST);
  }

  @Test
  void leavesArticlesWithAQuotationOrANamedSourceAlone() {
    tester.assertClean(Format.TEXT, TITLE + FIRST + REST + "\n\"We are pleased with the numbers,\" she said.\n");
    tester.assertClean(Format.TEXT, TITLE + FIRST + REST + "\nThe figures were published by the Office for National Statistics, the Treasury said.\n");
    tester.assertClean(Format.TEXT, TITLE + FIRST + REST + "\nExports grew 3%, according to Eurostat.\n");
  }

  @Test
  void leavesShortArticlesAlone() {
    RuleTester.forRule(new MissingSourcesRule()).assertClean(Format.TEXT, TITLE + FIRST + REST);
  }
}
