package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.parse.ArticleParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTimingsTest {

  /** Spins for at least 3 ms on every article, measured by the clock the timings read. */
  @RuleInfo(id = "spins", summary = "Slow on purpose", severity = Severity.INFO, category = Category.STYLE)
  static final class Spins implements ArticleRule {
    @Override
    public void check(Article article, RuleContext context) {
      long start = System.nanoTime();
      while (System.nanoTime() - start < 3_000_000) {
        Thread.onSpinWait();
      }
    }
  }

  private static final String TEXT = "# Title\n\nThe council met on Monday.\n\nLeave a Reply\n";

  @Test
  void everyArticleAddsItsParseAndEachRulesTimeSlowestFirst() {
    RuleTimings timings = RuleTimings.create();
    Linter linter = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply(), new Spins(), new TestRules.WordCount()))
        .timings(timings)
        .build();
    for (int i = 0; i < 5; i++) {
      assertEquals(1, linter.lint(TEXT, Format.MARKDOWN, "a" + i + ".md").findings().size());
    }
    RuleTimings.Snapshot s = timings.snapshot();
    assertEquals(5, s.articles());
    assertTrue(s.parse().compareTo(Duration.ZERO) > 0, "parse " + s.parse());
    assertEquals(Duration.ZERO, s.read(), "articles handed over as text are not read");
    assertTrue(s.table().stream().noneMatch(l -> l.contains("read + decode")), String.join("\n", s.table()));
    // word-count is off by default: it never ran, so it has no line.
    assertEquals(List.of("spins", "leave-a-reply"), s.rules().stream().map(RuleTimings.RuleTime::ruleId).toList());
    assertTrue(s.rules().get(0).time().compareTo(Duration.ofMillis(15)) >= 0, "spins " + s.rules().get(0).time());
    assertEquals(s.rules().get(0).time().plus(s.rules().get(1).time()), s.rulesTotal());
  }

  @Test
  void rulesTurnedOnInTheConfigurationAreTimedAndTheTableShowsTheRatioToTheParse() {
    RuleTimings timings = RuleTimings.create();
    Linter linter = Linter.builder()
        .rules(List.of(new Spins(), new TestRules.WordCount()))
        .config(ConfigLoader.parse("rules:\n  word-count: on\n", ".copydesk.yml"))
        .timings(timings)
        .build();
    linter.lint(TEXT, Format.MARKDOWN, "a.md");
    List<String> table = timings.snapshot().table();
    assertEquals(5, table.size(), String.join("\n", table));
    assertTrue(table.get(0).startsWith("Time by rule over 1 articles ("), table.get(0));
    assertTrue(table.get(1).startsWith("  parse        "), table.get(1));
    // Slowest first: which of the two that is depends on the machine (word-count's first run loads code).
    assertEquals(List.of("spins", "word-count"), table.subList(2, 4).stream().map(l -> l.strip().split(" +")[0]).sorted().toList());
    assertTrue(table.get(4).matches("  rules in all +[\\d,]+\\.\\d ms +[\\d.]+%  \\([\\d.]+ \u00D7 parse\\)"), table.get(4));
  }

  @Test
  void articlesLintedOnSeveralThreadsAreAllCountedAndAParsedArticleIsNotParseTimed(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(Files.writeString(dir.resolve("a" + i + ".md"), TEXT));
    }
    files.add(Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, 0, 0}));
    RuleTimings timings = RuleTimings.create();
    Linter linter = Linter.builder().rules(List.of(new Spins())).threads(4).timings(timings).build();
    assertEquals(41, linter.lintAll(files).size());
    // The binary file is refused before it is parsed: the rules check the other 40.
    assertEquals(40, timings.snapshot().articles());
    assertTrue(timings.snapshot().read().compareTo(Duration.ZERO) > 0);
    assertTrue(timings.snapshot().table().get(1).startsWith("  read + decode "), timings.snapshot().table().get(1));
    assertTrue(timings.snapshot().rules().get(0).time().compareTo(Duration.ofMillis(120)) >= 0);

    Duration parse = timings.snapshot().parse();
    linter.lint(ArticleParser.create().parse("b.md", TEXT, Format.MARKDOWN));
    assertEquals(41, timings.snapshot().articles());
    assertEquals(parse, timings.snapshot().parse(), "the caller parsed it");
  }
}
