package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PlaceholderRuleTest {

  private final RuleTester tester = RuleTester.forRule(new PlaceholderRule());

  @Test
  void flagsBracketedBlanksFillerAndTk() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council, led by «[Your Name]», met on «[date]». The budget is «TK» million.\n\n"
            + "«Lorem ipsum» «dolor sit amet», the plan says. Contact «{{ reporter_email }}».\n\n"
            + "«INSERT QUOTE FROM MAYOR HERE»\n\nSee «<Insert link>».\n");
  }

  @Test
  void leavesEditorialInsertionsNamesAndTemplatingAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\n\u201c[The mayor] will sign it,\u201d she said. Shoppers at TK Maxx and TK-421 agreed.\n\n"
            + "Read the [report](https://example.org/report). The <title> tag is fine.\n");
    tester.assertClean(Format.MARKDOWN, "# Budget\n\nSee {{< figure src=\"a.png\" >}} and {{ site.title }}.\n");
  }
}
