package dev.copydesk.rules;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ChatbotArtifactRuleTest {

  private final RuleTester tester = RuleTester.forRule(new ChatbotArtifactRule());

  @Test
  void flagsChatbotSelfDescriptionsAndOpeners() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\n«Certainly! Here is» an article about the budget.\n\n"
            + "«As an AI language model», I cannot predict the vote. «My knowledge cutoff» is 2021.\n\n"
            + "«Regenerate response»\n");
  }

  @Test
  void flagsShortInterfaceLabelsOnlyOnALineOfTheirOwn() {
    tester.assertFlags(Format.TEXT, "Budget passes\n\nThe budget passed.\n\n«Regenerate»\n");
    tester.assertClean(Format.TEXT, "Budget passes\n\nThe forest will regenerate in a decade, experts said.\n");
  }

  @Test
  void leavesQuotedChatbotRepliesAlone() {
    tester.assertClean(
        Format.TEXT,
        "Chatbots in newsrooms\n\nAsked about the vote, the bot replied: \u201cAs an AI language model, I cannot"
            + " predict elections.\u201d\n");
  }
}
