package dev.copydesk.benchmarks.jmh;

import dev.copydesk.benchmarks.Corpus;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time one rule takes on one parsed article, through the engine ({@link Linter#lint(ParsedArticle)}:
 * the rule, then sorting its findings and applying suppressions), averaged over a set. The rule runs
 * alone and enabled, whatever its default. {@code rule=none} runs no rule: the engine's own cost per
 * article, to subtract from the others; {@code rule=all} runs the default rule pack together, as a run
 * does (parsing excluded). {@link dev.copydesk.benchmarks.Jmh} passes every loaded rule id; the list
 * below is for running the class directly.
 *
 * <p>JMH state: one instance per benchmark thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleBenchmark {

  @Param({"none", "all"})
  public String rule;

  @Param({"bbc-text", "html"})
  public String articles;

  private List<ParsedArticle> parsed = List.of();
  private int next;
  private Linter linter = Linter.builder().build();

  @Setup
  public void load() {
    ArticleParser parser = ArticleParser.create();
    List<ParsedArticle> out = new ArrayList<>();
    for (Corpus.Article a : Articles.load(articles)) {
      out.add(parser.parse(a.id(), a.text(), a.format()));
    }
    parsed = out;
    linter = linterFor(rule);
  }

  /** A linter that runs exactly {@code rule}, switched on; none; or the default pack. */
  static Linter linterFor(String rule) {
    if (rule.equals("all")) {
      return Linter.builder().threads(1).build();
    }
    if (rule.equals("none")) {
      return Linter.builder().rules(List.of()).ruleProviders(false).threads(1).build();
    }
    RuleRegistry all = Linter.builder().build().rules();
    Rule r = all.rule(rule).orElseThrow(() -> new IllegalArgumentException(
        "no rule '" + rule + "'; loaded: " + all.metadata().stream().map(m -> m.id()).toList()));
    return Linter.builder()
        .rules(List.of(r))
        .ruleProviders(false)
        .config(CopydeskConfig.builder().rule(RuleSetting.enabled(rule, true)).build())
        .threads(1)
        .build();
  }

  @Benchmark
  public LintResult lint() {
    ParsedArticle p = parsed.get(next);
    next = next + 1 == parsed.size() ? 0 : next + 1;
    return linter.lint(p);
  }
}
