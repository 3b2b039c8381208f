package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BoilerplateBioRuleTest {

  private final RuleTester tester = RuleTester.forRule(new BoilerplateBioRule());

  @Test
  void flagsFirstPersonSelfPromotionAsAnError() {
    var f =
        tester.assertFlags(
            Format.TEXT,
            "Budget passes\n\nThe council approved the budget.\n\n«As a content writer at example.com, I have a"
                + " passion for crafting engaging and informative articles. I strive to deliver content that"
                + " informs.»\n");
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void flagsThirdPersonStaffBiosAsWarnings() {
    var f =
        tester.assertFlags(
            Format.TEXT,
            "Budget passes\n\nThe council approved the budget.\n\n«Phil Helsel is a reporter for NBC News.»\n\n"
                + "«Perry Bacon Jr. is a senior writer for FiveThirtyEight.»\n");
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void leavesPeopleInTheNewsAndOtherRolesAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nErin Spiceland is a Software Engineer for SpaceX.\n\n"
            + "Mr Smith is a reporter for the local paper who broke the story.\n\n"
            + "As a journalist, I have covered the council for ten years, and I have never seen a vote like this"
            + " one.\n");
  }

  @Test
  void theCheapPreTestPassesWheneverTheSelfIntroductionDoes() {
    String[] blocks = {
      "As a content writer at example.com, I write.",
      "  as an editor I edit.",
      "We met. As a reporter, I covered it.",
      "We met\u2026  I\u2019m a freelance writer and I love it.",
      "Done!\u00A0\u00A0Hello, I'm a blogger.",
      "Done?\nMY NAME IS Ann and I write.",
      "Hi i'm Sam.",
      "\u0130 am a writer.",
      "Done. ? As a copywriter I know.",
      "The council met. It voted.",
      "Asa is a journalist.",
      "Done.\u001FAs a writer I write.",
      "Done.\u000BMy name is Jo and I write.",
      "Done.\u2028As a writer I write.",
    };
    for (String b : blocks) {
      String folded = dev.copydesk.core.text.FoldedText.of(b).folded();
      if (BoilerplateBioRule.introducesSelf(folded)) {
        assertEquals(true, BoilerplateBioRule.mayIntroduceSelf(b), b);
      }
    }
    assertEquals(true, BoilerplateBioRule.introducesSelf(dev.copydesk.core.text.FoldedText.of(blocks[3]).folded()));
    assertEquals(false, BoilerplateBioRule.mayIntroduceSelf("The council met. It voted."));
  }
}
