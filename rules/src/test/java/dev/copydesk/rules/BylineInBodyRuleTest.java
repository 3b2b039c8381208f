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
}
