package dev.copydesk.core.testing;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A rule context for calling a rule directly on an article, without the engine: it collects what the
 * rule reports, shares derived views as the engine does ({@link RuleContext#derive}) and counts them,
 * and gives every token no part-of-speech tags. Not thread-safe; one per article and run.
 */
public final class CollectingContext implements RuleContext {

  /** One report: where, what, which fixes. */
  public record Reported(Span span, String message, List<Fix> fixes) {
    public String text(String source) {
      return span.of(source);
    }
  }

  private final Article article;
  private final RuleOptions options;
  private final List<Reported> reported = new ArrayList<>();
  private final Map<Derivation<?, ?>, Map<Object, Object>> derived = new HashMap<>();
  private int derivationsAsked;
  private int derivationsComputed;

  public CollectingContext(Article article, RuleOptions options) {
    this.article = article;
    this.options = options;
  }

  /** Runs {@code rule} (an article rule) on {@code article} with its default options over {@code overrides}. */
  public static List<Reported> run(Rule rule, Article article, Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>(RuleOptions.defaults(rule.metadata()).asMap());
    overrides.forEach((k, v) -> values.put(k, rule.metadata().options().get(k).type().coerce(v)));
    CollectingContext ctx = new CollectingContext(article, new RuleOptions(rule.metadata().id(), values));
    ((ArticleRule) rule).check(article, ctx);
    return ctx.reported();
  }

  /** Runs {@code check} on {@code article} with {@code rule}'s default options and collects its reports. */
  public static List<Reported> collect(Rule rule, Article article, Consumer<RuleContext> check) {
    CollectingContext ctx = new CollectingContext(article, RuleOptions.defaults(rule.metadata()));
    check.accept(ctx);
    return ctx.reported();
  }

  /** What was reported, in order. */
  public List<Reported> reported() {
    return reported;
  }

  /** How many times a rule asked for a derived view. */
  public int derivationsAsked() {
    return derivationsAsked;
  }

  /** How many of those views had to be computed: the rest were shared. */
  public int derivationsComputed() {
    return derivationsComputed;
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
  public List<List<String>> posTags(Sentence sentence) {
    List<List<String>> none = new ArrayList<>(sentence.tokens().size());
    sentence.tokens().forEach(t -> none.add(List.of()));
    return none;
  }

  @Override
  public <I, T> T derive(Derivation<I, T> derivation, I input) {
    derivationsAsked++;
    Map<Object, Object> values = derived.computeIfAbsent(derivation, d -> new IdentityHashMap<>());
    @SuppressWarnings("unchecked") // stored under this derivation by the line below only
    T value = (T) values.get(input);
    if (value == null) {
      derivationsComputed++;
      value = derivation.compute(input, this);
      values.put(input, value);
    }
    return value;
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
}
