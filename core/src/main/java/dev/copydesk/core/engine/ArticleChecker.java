package dev.copydesk.core.engine;

import dev.copydesk.core.config.Suppressions;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.SentenceRule;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.segment.PosTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Runs a list of configured rules over one article and sorts what they report into active and
 * suppressed findings. A rule that throws becomes a diagnostic; the other rules still run. Not
 * thread-safe; one per article.
 */
final class ArticleChecker {

  static final int MAX_EXCERPT = 160;

  private final Article article;
  private final PosTagger tagger;
  private final @Nullable RuleTimings timings;
  private final List<Finding> raw = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  // Views the rules derive (RuleContext.derive), shared by every rule of this article.
  private final DerivedViews derived;

  ArticleChecker(Article article, PosTagger tagger, @Nullable RuleTimings timings) {
    this.article = article;
    this.tagger = tagger;
    this.timings = timings;
    List<Block> blocks = article.blocks();
    int sentences = 0;
    for (int bi = 0; bi < blocks.size(); bi++) {
      sentences += blocks.get(bi).sentences().size();
    }
    this.derived = new DerivedViews(sentences, blocks.size());
  }

  record Outcome(List<Finding> findings, List<Finding> suppressed, List<Diagnostic> diagnostics) {}

  Outcome run(List<RulePlan.ActiveRule> rules) {
    // Indexed loops here and in the rules: under the command line's compiler (C1), a for-each loop over
    // a list makes an iterator object and calls it through an interface for every element.
    for (int ri = 0; ri < rules.size(); ri++) {
      RulePlan.ActiveRule active = rules.get(ri);
      Context ctx = new Context(active);
      Rule rule = active.rule();
      long start = timings == null ? 0 : System.nanoTime();
      try {
        if (rule instanceof ArticleRule r) {
          r.check(article, ctx);
        } else if (rule instanceof BlockRule r) {
          List<Block> blocks = article.blocks();
          for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.isProse()) {
              r.check(b, ctx);
            }
          }
        } else if (rule instanceof SentenceRule r) {
          List<Block> blocks = article.blocks();
          for (int bi = 0; bi < blocks.size(); bi++) {
            Block b = blocks.get(bi);
            if (b.isProse()) {
              List<Sentence> sentences = b.sentences();
              for (int si = 0; si < sentences.size(); si++) {
                Sentence s = sentences.get(si);
                r.check(s, b, ctx);
              }
            }
          }
        }
      } catch (RuntimeException | StackOverflowError | LinkageError e) {
        // A rule's missing class (a trimmed dependency) or runaway recursion must cost that rule on this
        // file, not the whole run.
        diagnostics.add(
            Diagnostic.error(
                "rule.failure",
                "rule '" + active.metadata().id() + "' failed on this file and was skipped: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
      if (timings != null) {
        timings.rule(active.metadata().id()).add(System.nanoTime() - start);
      }
    }
    List<Finding> sorted = sortedWithoutRepeats(raw);
    Suppressions suppressions = Suppressions.of(article);
    List<Finding> active = new ArrayList<>();
    List<Finding> suppressed = new ArrayList<>();
    for (Finding f : sorted) {
      (suppressions.suppresses(f.ruleId(), f.span()) ? suppressed : active).add(f);
    }
    return new Outcome(active, suppressed, diagnostics);
  }

  /**
   * {@code raw} in {@link Finding#ORDER}, each finding once (the first of equal ones, as found). Equal
   * findings compare alike, so after a stable sort they sit in the same run of findings that compare
   * alike, and only such a run (a span, rule and message reported twice: rare, and short) is searched.
   */
  static List<Finding> sortedWithoutRepeats(List<Finding> raw) {
    List<Finding> sorted = new ArrayList<>(raw);
    sorted.sort(Finding.ORDER);
    List<Finding> out = new ArrayList<>(sorted.size());
    int runStart = 0;
    for (int i = 0; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      if (out.isEmpty() || Finding.ORDER.compare(out.get(out.size() - 1), f) != 0) {
        runStart = out.size();
      } else if (out.subList(runStart, out.size()).contains(f)) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  private final class Context implements RuleContext {
    private final RulePlan.ActiveRule active;

    Context(RulePlan.ActiveRule active) {
      this.active = active;
    }

    @Override
    public Article article() {
      return article;
    }

    @Override
    public RuleOptions options() {
      return active.options();
    }

    @Override
    public FindingBuilder at(Span span) {
      if (span.end() > article.source().length()) {
        throw new IllegalArgumentException(
            "span " + span + " lies outside the source of length " + article.source().length());
      }
      return new Builder(span);
    }

    // The derivation this rule asked for last and its views: rules ask for one view in a loop (a
    // sentence's words, sentence after sentence), so this spares most searches for the derivation.
    private @Nullable Derivation<?, ?> lastDerivation;
    private DerivedViews.@Nullable Table lastViews;

    @Override
    public <I, T> T derive(Derivation<I, T> derivation, I input) {
      DerivedViews.Table views = lastViews;
      if (derivation != lastDerivation || views == null) {
        views = derived.of(derivation);
        lastDerivation = derivation;
        lastViews = views;
      }
      Objects.requireNonNull(input, "input");
      @SuppressWarnings("unchecked") // stored under this derivation by the line below only
      T value = (T) views.get(input);
      if (value == null) {
        // A view made from other views derives them through this context while it is computed: the
        // table is looked up again to store it, never held by slot.
        value = derivation.compute(input, this);
        views.put(input, value);
      }
      return value;
    }

    @Override
    public List<List<String>> posTags(Sentence sentence) {
      return tagger.tag(sentence.tokens());
    }

    @Override
    public List<String> posTags(Sentence sentence, int token) {
      return tagger.tag(List.of(sentence.tokens().get(token))).get(0);
    }

    private final class Builder implements FindingBuilder {
      private final Span span;
      private @Nullable String message;
      private @Nullable Severity severity;
      private final List<Fix> fixes = new ArrayList<>();
      private boolean reported;

      Builder(Span span) {
        this.span = span;
      }

      @Override
      public FindingBuilder message(String message) {
        this.message = Objects.requireNonNull(message);
        return this;
      }

      @Override
      public FindingBuilder severity(Severity severity) {
        this.severity = Objects.requireNonNull(severity);
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
        if (reported) {
          throw new IllegalStateException("finding reported twice");
        }
        reported = true;
        String msg = message != null ? message : active.metadata().summary();
        Severity sev =
            active.severityOverride() != null
                ? active.severityOverride()
                : severity != null ? severity : active.metadata().defaultSeverity();
        LineMap lines = article.lineMap();
        raw.add(
            new Finding(
                active.metadata().id(),
                sev,
                msg,
                span,
                lines.position(span.start()),
                lines.position(span.end()),
                excerpt(article.source(), span),
                fixes));
      }
    }
  }

  static String excerpt(String source, Span span) {
    if (span.length() <= MAX_EXCERPT) {
      return span.of(source);
    }
    // Cut from the source, not from a copy of the whole span (a long sentence, a whole block).
    int cut = MAX_EXCERPT - 1;
    if (Character.isHighSurrogate(source.charAt(span.start() + cut - 1))) {
      cut--;
    }
    return source.substring(span.start(), span.start() + cut) + "\u2026";
  }
}
