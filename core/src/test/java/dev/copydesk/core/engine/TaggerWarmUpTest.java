package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.segment.PosTagger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A linter asks its tagger to get ready only when a rule that uses tags may run. */
class TaggerWarmUpTest {

  @RuleInfo(id = "tags-user", summary = "Asks for tags", severity = Severity.INFO, category = Category.STYLE, usesPosTags = true)
  static final class TagsUser implements ArticleRule {
    @Override
    public void check(dev.copydesk.core.model.Article article, RuleContext context) {}
  }

  @RuleInfo(id = "tags-user-off", summary = "Asks for tags, off by default", severity = Severity.INFO,
      category = Category.STYLE, usesPosTags = true, enabledByDefault = false)
  static final class TagsUserOff implements ArticleRule {
    @Override
    public void check(dev.copydesk.core.model.Article article, RuleContext context) {}
  }

  /** Asks every token's tags both ways, and keeps what each gave. */
  @RuleInfo(id = "tags-both-ways", summary = "Asks for tags", severity = Severity.INFO, category = Category.STYLE, usesPosTags = true)
  static final class TagsBothWays implements ArticleRule {
    final List<String> whole = new java.util.ArrayList<>();
    final List<String> one = new java.util.ArrayList<>();

    @Override
    public void check(dev.copydesk.core.model.Article article, RuleContext context) {
      for (dev.copydesk.core.model.Block b : article.blocks()) {
        for (dev.copydesk.core.model.Sentence s : b.sentences()) {
          List<List<String>> all = context.posTags(s);
          for (int t = 0; t < s.tokens().size(); t++) {
            whole.add(s.tokens().get(t).text() + "/" + all.get(t));
            one.add(s.tokens().get(t).text() + "/" + context.posTags(s, t));
          }
        }
      }
    }
  }

  @Test
  void aTokensTagsAloneAreThoseOfItsWholeSentence() {
    TagsBothWays rule = new TagsBothWays();
    Linter linter = Linter.builder().rules(List.of(rule)).ruleProviders(false).build();
    linter.lint("Title\n\nThe committee's very important decision was quickly announced, and it \u201Cworks\u201D.\n", Format.TEXT, "a.txt");
    assertEquals(rule.whole, rule.one);
    org.junit.jupiter.api.Assertions.assertTrue(rule.whole.stream().anyMatch(t -> t.startsWith("announced/[") && !t.endsWith("[]")),
        "the tagger tags: " + rule.whole);
  }

  /** Counts prepare() calls. */
  private static final class CountingTagger implements PosTagger {
    final AtomicInteger prepared = new AtomicInteger();

    @Override
    public List<List<String>> tag(List<Token> tokens) {
      return tokens.stream().map(t -> List.<String>of()).toList();
    }

    @Override
    public void prepare() {
      prepared.incrementAndGet();
    }
  }

  private static int preparesAfterTwoLints(List<? extends dev.copydesk.core.rule.Rule> rules, String config) {
    CountingTagger tagger = new CountingTagger();
    CopydeskConfig c = ConfigLoader.parse(config, ".copydesk.yml");
    Linter linter = Linter.builder().rules(rules).config(c).ruleProviders(false).posTagger(tagger).build();
    int before = tagger.prepared.get();
    assertEquals(0, before, "building the linter prepares nothing: a build with every result cached lints nothing");
    linter.lint("Title\n\nOne sentence.\n", Format.TEXT, "a.txt");
    linter.lint("Title\n\nAnother sentence.\n", Format.TEXT, "b.txt");
    return tagger.prepared.get();
  }

  @Test
  void preparesOnEveryLintWhenATaggingRuleRuns() {
    assertEquals(2, preparesAfterTwoLints(List.of(new TagsUser()), "# defaults\n"));
  }

  @Test
  void preparesNothingWhenNoTaggingRuleCanRun() {
    assertEquals(0, preparesAfterTwoLints(List.of(new TestRules.WordCount()), "# defaults\n"));
    assertEquals(0, preparesAfterTwoLints(List.of(new TagsUser()), "rules:\n  tags-user: off\n"));
    assertEquals(0, preparesAfterTwoLints(List.of(new TagsUserOff()), "# defaults\n"));
  }

  @Test
  void preparesWhenAnOverrideTurnsATaggingRuleOn() {
    assertEquals(2, preparesAfterTwoLints(List.of(new TagsUserOff()),
        "overrides:\n  - files: [\"news/**\"]\n    rules:\n      tags-user-off: on\n"));
  }
}
