package dev.copydesk.rules;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.FoldedText;
import dev.copydesk.rules.internal.PhraseMatcher;

/**
 * Leftovers of a chatbot's reply pasted into an article: "As an AI language model", "I cannot fulfill
 * that request", "my knowledge cutoff", "Certainly! Here is", "Regenerate response". The phrases live
 * in {@code chatbot-artifact.txt}; a phrase inside a quotation is left alone, since an article about
 * chatbots may quote one.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "chatbot-artifact",
    summary = "Text left over from a chatbot's reply, such as \"As an AI language model\"",
    severity = Severity.ERROR,
    category = Category.ARTIFACT,
    tags = {"ai", "artifact"},
    description =
        "Flags the tell-tale phrases of a chatbot's reply that were pasted into the article with the"
            + " text it produced: self-descriptions (\"As an AI language model\"), refusals (\"I cannot"
            + " fulfill that request\"), knowledge limits (\"my knowledge cutoff\"), reply openers"
            + " (\"Certainly! Here is\") and interface labels (\"Regenerate response\"). A phrase inside"
            + " quotation marks is not flagged: the article may be quoting a chatbot.")
public final class ChatbotArtifactRule implements BlockRule {

  /** Phrases this short are interface labels, flagged only on a line of their own. */
  static final int SHORT_LABEL = 10;

  private static final PhraseMatcher PHRASES = PhraseMatcher.of(PhraseList.load("chatbot-artifact.txt").phrases());

  @Override
  public void check(Block block, RuleContext context) {
    String text = block.text();
    FoldedText folded = FoldedText.of(text);
    String f = folded.folded();
    for (PhraseMatcher.Match m : PHRASES.findNonOverlapping(f)) {
      if (insideQuotation(f, m.start())) {
        continue;
      }
      int start = folded.start(m.start());
      int end = folded.end(m.end());
      if (m.end() - m.start() <= SHORT_LABEL && !standsAlone(text, start, end)) {
        continue;
      }
      context
          .at(block, start, end)
          .message(
              "\"" + text.substring(start, end) + "\" is left over from a chatbot's reply: delete it and"
                  + " check the text around it was written and verified by a person.")
          .report();
    }
  }

  /** Short interface labels ("Regenerate", "Copy code") count only as a block or line of their own. */
  private static boolean standsAlone(String text, int start, int end) {
    for (int i = start - 1; i >= 0 && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i--) {
      if (!FoldedText.isSpace(text.charAt(i))) {
        return false;
      }
    }
    for (int i = end; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
      if (FoldedText.isWordChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an odd number of double quotes precede {@code offset} in the block: a quotation is open. */
  static boolean insideQuotation(String folded, int offset) {
    int quotes = 0;
    for (int i = 0; i < offset; i++) {
      if (folded.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }
}
