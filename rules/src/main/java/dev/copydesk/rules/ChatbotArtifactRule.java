package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.style.StyleRule;

/**
 * Leftovers of a chatbot's reply pasted into an article: "As an AI language model", "I cannot fulfill
 * that request", "my knowledge cutoff", "Certainly! Here is", "Regenerate response". A declarative rule:
 * its metadata, phrases and matching options (quotations left alone, short interface labels only on a
 * line of their own) are all in {@code styles/chatbot-artifact.yml}; this class registers it with the
 * rule pack.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChatbotArtifactRule implements ArticleRule {

  private static final StyleRule RULE = PackStyles.rule("chatbot-artifact");

  @Override
  public RuleMetadata metadata() {
    return RULE.metadata();
  }

  @Override
  public void check(Article article, RuleContext context) {
    RULE.check(article, context);
  }
}
