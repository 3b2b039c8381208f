package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitalization, metric and conditional rules. */
class ShapeRuleTest {

  @Test
  void titleCaseHeadingsApStyle() {
    RuleTester t = Defs.tester("house-headings:\n  type: capitalization\n  match: title\n  style: ap\n");
    List<Finding> f = t.assertFlags(Format.TEXT, "«Council passes the budget for the year after long debate»\n\nIt passed.\n");
    assertEquals("'Council passes the budget for the year after long debate' should be in title case.", f.get(0).message());
    assertEquals("Council Passes the Budget for the Year After Long Debate", f.get(0).fixes().get(0).replacement());
    t.assertClean(Format.TEXT, "Council Passes the Budget for the Year With a Vote of 7 to 2\n\nIt passed.\n");
  }

  @Test
  void titleCaseChicagoLowerCasesLongPrepositions() {
    RuleTester t = Defs.tester("house-headings:\n  type: capitalization\n  match: title\n  style: chicago\n  threshold: 0.95\n");
    t.assertClean(Format.TEXT, "Council Passes the Budget with a Vote after Debate\n\nIt passed.\n");
    Defs.tester("house-headings:\n  type: capitalization\n  match: title\n  threshold: 0.95\n")
        .assertFlags(Format.TEXT, "«Council Passes the Budget with a Vote after Debate»\n\nIt passed.\n");
  }

  @Test
  void sentenceCaseAllowsAcronymsAndListedNames() {
    RuleTester t =
        Defs.tester(
            """
            house-sentence-case:
              type: capitalization
              match: sentence
              exceptions: [Paris, City Hall]
            """);
    t.assertClean(Format.TEXT, "NATO leaders meet in Paris at City Hall to discuss the budget\n\nText.\n");
    List<Finding> f = t.assertFlags(Format.TEXT, "«Leaders Meet To Discuss The Budget»\n\nText.\n");
    assertEquals("Leaders meet to discuss the budget", f.get(0).fixes().get(0).replacement());
  }

  @Test
  void sentenceLengthFlagsLongSentences() {
    RuleTester t = Defs.tester("house-sentence-length:\n  type: metric\n  metric: sentence-length\n  max: 12\n");
    List<Finding> f =
        t.assertFlags(
            Format.TEXT,
            "Budget\n\n«The council approved the budget after a debate that ran late into the night on Monday.» It passed.\n");
    assertEquals("This sentence is 16 words long; aim for at most 12.", f.get(0).message());
    t.assertClean(Format.TEXT, "Budget\n\nThe council approved the budget. It passed.\n");
  }

  @Test
  void paragraphLengthFlagsLongParagraphs() {
    RuleTester t = Defs.tester("house-paragraphs:\n  type: metric\n  metric: paragraph-length\n  max: 10\n");
    t.assertFlags(Format.TEXT, "Budget\n\n«The council approved the budget. It passed after a long debate on Monday.»\n\nShort one.\n");
  }

  @Test
  void fleschReadingEaseOfTheArticle() {
    RuleTester t =
        Defs.tester(
            """
            house-readability:
              type: metric
              metric: flesch-reading-ease
              min: 50
              min-words: 10
            """);
    String hard =
        "Budget\n\n«The municipal administration's comprehensive appropriations legislation necessitated extraordinary"
            + " deliberation. Considerable disagreement characterized parliamentary negotiations regarding infrastructure"
            + " modernization.»\n";
    List<Finding> f = t.assertFlags(Format.TEXT, hard);
    assertEquals(true, f.get(0).message().startsWith("Flesch reading ease of this article is -"), f.get(0).message());
    t.assertClean(Format.TEXT, "Budget\n\nThe town set its budget. It was a long day. The vote was close. Then they went home.\n");
  }

  @Test
  void fleschKincaidGradePerParagraphSkipsShortParagraphs() {
    RuleTester t =
        Defs.tester(
            """
            house-grade:
              type: metric
              metric: flesch-kincaid-grade
              scope: paragraph
              max: 12
            """);
    t.assertClean(Format.TEXT, "Budget\n\nComprehensive appropriations necessitated deliberation.\n");
  }

  @Test
  void conditionalNeedsAnAcronymDefinedOnFirstUse() {
    RuleTester t =
        Defs.tester(
            """
            house-acronyms:
              type: conditional
              first: '\\b([A-Z]{2,5})\\b'
              second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{2,5})\\)'
              exceptions: [US, UK]
              message: "Spell out '{match}' on first use."
            """);
    t.assertClean(
        Format.TEXT,
        "Budget\n\nThe World Health Organization (WHO) met the US delegation. WHO officials agreed.\n");
    List<Finding> f =
        t.assertFlags(
            Format.TEXT,
            "Budget\n\n«WHO» officials met. The World Health Organization (WHO) agreed. «IMF» staff and IMF advisers came.\n");
    assertEquals("Spell out 'WHO' on first use.", f.get(0).message());
  }
}
