package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
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
  void aPageLintedWholeIsJudgedByItsArticleNotItsNavigation() {
    String nav = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>The economy</h1>";
    String foot = "</article><footer><p>Copyright 2024 The Gazette. All rights reserved.</p></footer></body></html>";
    RuleTester page = RuleTester.forRule(new MissingSourcesRule()).option("min-words", 20).htmlContent(HtmlContent.PAGE);

    page.assertFlags(Format.HTML, nav + "<p>«" + FIRST + "»" + REST + "</p>" + foot);
    page.assertClean(Format.HTML, nav + "<p>" + FIRST + REST + " <a href=\"https://ons.gov.uk/gdp\">The figures</a> are out.</p>" + foot);
    // 29 words of article under a threshold of 35, in a page of 44 without a link.
    String header = "<html><body><header><p>Morning Edition: your daily briefing from the Gazette newsroom team</p></header>"
        + "<article><h1>The economy</h1>";
    RuleTester.forRule(new MissingSourcesRule()).option("min-words", 35).htmlContent(HtmlContent.PAGE)
        .assertClean(Format.HTML, header + "<p>" + FIRST + REST + "</p>" + foot);
    RuleTester.forRule(new MissingSourcesRule()).option("min-words", 29).htmlContent(HtmlContent.PAGE)
        .assertFlags(Format.HTML, header + "<p>«" + FIRST + "»" + REST + "</p>" + foot);
  }

  @Test
  void leavesShortArticlesAlone() {
    RuleTester.forRule(new MissingSourcesRule()).assertClean(Format.TEXT, TITLE + FIRST + REST);
  }
}
