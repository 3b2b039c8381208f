package dev.copydesk.core.engine;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.SentenceRule;
import dev.copydesk.core.rule.Severity;

/** Small rules that exercise the engine. */
final class TestRules {

  private TestRules() {}

  @RuleInfo(
      id = "leave-a-reply",
      summary = "Comment form heading",
      severity = Severity.ERROR,
      category = Category.BOILERPLATE)
  static final class LeaveAReply implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (block.text().strip().equals("Leave a Reply")) {
        context.report(block, 0, block.text().length(), "Delete the comment form.");
      }
    }
  }

  @RuleInfo(
      id = "leave-a-reply-fixed",
      summary = "Comment form heading, deleted by its fix",
      severity = Severity.ERROR,
      category = Category.BOILERPLATE)
  static final class LeaveAReplyWithFix implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (block.text().strip().equals("Leave a Reply")) {
        dev.copydesk.core.model.Span span = block.toSource(0, block.text().length());
        context.at(span).message("Delete the comment form.").fix(dev.copydesk.core.rule.Fix.delete(span)).report();
      }
    }
  }

  @RuleInfo(
      id = "long-sentence",
      summary = "Sentence longer than a word limit",
      severity = Severity.WARNING,
      category = Category.STYLE,
      options = @RuleOption(name = "max-words", type = OptionType.INTEGER, defaultValue = "25", description = "Most words"))
  static final class LongSentence implements SentenceRule {
    @Override
    public void check(Sentence sentence, Block block, RuleContext context) {
      long words = sentence.tokens().stream().filter(t -> t.isWord()).count();
      if (words > context.options().getInt("max-words")) {
        context.report(block, sentence.textStart(), sentence.textEnd(), words + " words");
      }
    }
  }

  @RuleInfo(
      id = "word-count",
      summary = "Reports the word count as info",
      severity = Severity.INFO,
      category = Category.STYLE,
      enabledByDefault = false,
      options = @RuleOption(name = "unit", type = OptionType.STRING, defaultValue = "words", description = "What to call them"))
  static final class WordCount implements ArticleRule {
    @Override
    public void check(Article article, RuleContext context) {
      context.at(article.blocks().get(0).span()).message(article.wordCount() + " " + context.options().getString("unit")).report();
    }
  }

  @RuleInfo(id = "always-fails", summary = "Throws", severity = Severity.ERROR, category = Category.STYLE)
  static final class AlwaysFails implements ArticleRule {
    @Override
    public void check(Article article, RuleContext context) {
      throw new IllegalStateException("boom");
    }
  }

  @RuleInfo(id = "Bad_Id", summary = "Invalid id", severity = Severity.ERROR, category = Category.STYLE)
  static final class BadId implements ArticleRule {
    @Override
    public void check(Article article, RuleContext context) {}
  }
}
