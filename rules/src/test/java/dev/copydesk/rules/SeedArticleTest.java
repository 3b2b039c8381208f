package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article of issue 3: what this part of the rule pack must and must not say about it. */
class SeedArticleTest {

  private static final Path SEED = Path.of("../examples/newsroom/content/news/seed-article.txt");

  @Test
  void flagsChromeBioAndBylineAndNothingElseAtErrorLevel() throws Exception {
    assumeTrue(Files.isRegularFile(SEED), "seed article not found at " + SEED.toAbsolutePath());
    String source = Files.readString(SEED, StandardCharsets.UTF_8);
    Linter linter =
        Linter.builder()
            .rules(
                List.of(
                    new PageChromeRule(),
                    new BoilerplateBioRule(),
                    new BylineInBodyRule(),
                    new ChatbotArtifactRule(),
                    new PlaceholderRule(),
                    new MojibakeRule(),
                    new RepeatedParagraphRule()))
            .threads(1)
            .build();
    LintResult r = linter.lint(source, Format.TEXT, "seed-article.txt");
    List<String> got =
        r.findings().stream()
            .map(f -> f.ruleId() + " " + f.severity().id() + " " + firstWords(source, f))
            .toList();
    assertEquals(
        List.of(
            "byline-in-body warning By Aiden Johnson",
            "boilerplate-bio error As a content writer",
            "page-chrome error Leave a Reply"),
        got);
    assertEquals(2, r.findings().stream().filter(f -> f.severity() == Severity.ERROR).count());
  }

  private static String firstWords(String source, Finding f) {
    String[] w = f.span().of(source).split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(4, w.length))).replaceAll("[,.]$", "");
  }
}
