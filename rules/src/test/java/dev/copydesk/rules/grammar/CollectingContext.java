package dev.copydesk.rules.grammar;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule context that collects what a rule reports, for calling a rule on a hand-built article. */
final class CollectingContext implements RuleContext {

  /** One report: where, what, which fixes. */
  record Reported(Span span, String message, List<Fix> fixes) {
    String text(String source) {
      return span.of(source);
    }
  }

  private final Article article;
  private final RuleOptions options;
  final List<Reported> reported = new ArrayList<>();

  private CollectingContext(Article article, RuleOptions options) {
    this.article = article;
    this.options = options;
  }

  /** Runs {@code rule} (an article rule) on {@code article} with its default options over {@code overrides}. */
  static List<Reported> run(Rule rule, Article article, Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>(RuleOptions.defaults(rule.metadata()).asMap());
    overrides.forEach((k, v) -> values.put(k, rule.metadata().options().get(k).type().coerce(v)));
    CollectingContext ctx = new CollectingContext(article, new RuleOptions(rule.metadata().id(), values));
    ((dev.copydesk.core.rule.ArticleRule) rule).check(article, ctx);
    return ctx.reported;
  }

  /** Runs {@code check} on {@code article} with {@code rule}'s default options and collects its reports. */
  static List<Reported> collect(Rule rule, Article article, java.util.function.Consumer<RuleContext> check) {
    CollectingContext ctx = new CollectingContext(article, RuleOptions.defaults(rule.metadata()));
    check.accept(ctx);
    return ctx.reported;
  }

  @Override
  public Article article() {
    return article;
  }

  @Override
  public RuleOptions options() {
    return options;
  }

  @Override
  public FindingBuilder at(Span span) {
    if (span.end() > article.source().length()) {
      throw new IllegalArgumentException("span " + span + " outside the source");
    }
    return new FindingBuilder() {
      private String message = "";
      private final List<Fix> fixes = new ArrayList<>();

      @Override
      public FindingBuilder message(String m) {
        message = m;
        return this;
      }

      @Override
      public FindingBuilder severity(Severity severity) {
        return this;
      }

      @Override
      public FindingBuilder fix(String replacement) {
        fixes.add(Fix.replace(span, replacement));
        return this;
      }

      @Override
      public FindingBuilder fix(Fix fix) {
        fixes.add(fix);
        return this;
      }

      @Override
      public void report() {
        reported.add(new Reported(span, message, List.copyOf(fixes)));
      }
    };
  }

  @Override
  public List<List<String>> posTags(Sentence sentence) {
    throw new UnsupportedOperationException("not needed by LanguageTool rules");
  }
}
