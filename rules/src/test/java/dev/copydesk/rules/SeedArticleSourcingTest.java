package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seed article of issue 3: what the truncation and sourcing rules must and must not say about it.
 * The boilerplate rules' side is {@code SeedArticleTest}.
 */
class SeedArticleSourcingTest {

  private static final Path SEED = Path.of("../examples/newsroom/content/news/seed-article.txt");

  private static final Set<String> OWN =
      Set.of("truncated-text", "unsourced-claim", "missing-sources", "anonymous-source", "vague-date", "hedging");

  private static List<Finding> lint() throws IOException {
    assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED.toAbsolutePath());
    String seed = Files.readString(SEED, StandardCharsets.UTF_8);
    List<Rule> rules =
        List.of(new TruncatedTextRule(), new UnsourcedClaimRule(), new MissingSourcesRule(), new AnonymousSourceRule(),
            new VagueDateRule(), new HedgingRule());
    LintResult r = Linter.builder().rules(rules).threads(1).build().lint(seed, Format.TEXT, "seed-article.txt");
    return r.findings().stream().filter(f -> OWN.contains(f.ruleId())).toList();
  }

  private static List<String> excerpts(List<Finding> findings, String rule) {
    return findings.stream().filter(f -> f.ruleId().equals(rule)).map(Finding::excerpt).toList();
  }

  @Test
  void flagsTheCutParagraphBeforeTheByline() throws IOException {
    assertEquals(List.of("The evolving dynamics between North Korean"), excerpts(lint(), "truncated-text"));
  }

  @Test
  void flagsBothUnsourcedClaims() throws IOException {
    assertEquals(List.of("Experts speculate", "There are also concerns that"), excerpts(lint(), "unsourced-claim"));
  }

  @Test
  void nothingElseAtErrorLevel() throws IOException {
    List<String> errors =
        lint().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + ": " + f.excerpt()).toList();
    assertEquals(List.of("truncated-text: The evolving dynamics between North Korean"), errors);
  }
}
