package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BylineInBodyRuleTest {

  private final RuleTester tester = RuleTester.forRule(new BylineInBodyRule());

  @Test
  void flagsBylineLines() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\n«By Aiden Johnson»\n\nThe council approved the budget.\n\n"
            + "«Posted by Frank Wilkenmeyer on 19 Sep 2016»\n\n«BY JANE DOE, Associated Press»\n\n"
            + "«Reporting by David Lawder; Editing by Andrea Ricci»\n\n«Authors:»\n");
  }

  @Test
  void leavesHeadingsAndSentencesThatStartWithByAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nBy the Numbers\n\nBy Tuesday, Smith and Jones had left.\n\nBy Design\n\n"
            + "By Aaron Humes: The Americas cannot ignore the risk of further surges, health officials warned.\n\n"
            + "By setting this to Default, attributes are kept.\n");
  }

  @Test
  void readsPrefixesPastRunsOfWhiteSpace() {
    // The prefix test folds only the start of a line; white space collapses when folded, so the start
    // it folds must grow until it holds the longest prefix.
    String spaces = " ".repeat(90);
    tester.assertFlags(Format.TEXT, "Budget passes\n\nThe council met on Monday.\n" + spaces + "«By Jane Doe»\n");
    tester.assertFlags(Format.TEXT, "Budget passes\n\n«Written   by  Jane Doe»\n\nThe council met on Monday.\n");
    tester.assertClean(Format.TEXT, "Budget passes\n\nAdditional" + spaces + "reporting" + spaces + "bylines were dropped.\n");
  }
}
