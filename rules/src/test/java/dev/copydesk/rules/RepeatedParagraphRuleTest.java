package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RepeatedParagraphRuleTest {

  private final RuleTester tester = RuleTester.forRule(new RepeatedParagraphRule());

  @Test
  void flagsExactAndNearDuplicates() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget on Monday after a long debate about schools.\n\n"
            + "It takes effect in April.\n\n"
            + "«The Council approved the budget on Monday, after a long debate about schools!»\n\n"
            + "The mayor said the plan would pay for ten new teachers and a library in the north of the city.\n\n"
            + "«The mayor said the plan would pay for ten new teachers and a library in the north of town.»\n");
  }

  @Test
  void leavesShortRepeatsAndDifferentParagraphsAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nAdvertisement\n\nThe council approved the budget on Monday after a long debate.\n\n"
            + "Advertisement\n\nThe mayor said the plan would pay for ten new teachers in the north.\n");
  }

  @Test
  void staysLinearOnHugeRepetitiveArticles() {
    StringBuilder sb = new StringBuilder("Huge\n\n");
    for (int i = 0; i < 20_000; i++) {
      sb.append("The council approved the budget on Monday after a long debate number ").append(i % 50).append(".\n\n");
    }
    long t0 = System.nanoTime();
    LintResult r = tester.lint(Format.TEXT, sb.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(r.findings().size() >= 19_000, "findings: " + r.findings().size());
    assertTrue(ms < 20_000, "took " + ms + " ms");
  }
}
