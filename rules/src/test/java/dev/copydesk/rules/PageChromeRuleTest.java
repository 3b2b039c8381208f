package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PageChromeRuleTest {

  private final RuleTester tester = RuleTester.forRule(new PageChromeRule());

  @Test
  void flagsACommentFormHeading() {
    tester.assertFlags(Format.TEXT, "Budget passes\n\nThe council approved the budget.\n\n«Leave a Reply»\n");
  }

  @Test
  void leavesPhrasesInsideSentencesAlone() {
    tester.assertClean(Format.TEXT, "Budget passes\n\nShe did not leave a reply to the council's letter.\n");
  }
}
