package dev.copydesk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.HtmlContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's arguments, its parse-only linter and its progress lines. */
class CorpusRunnerTest {

  @TempDir Path dir;

  @Test
  void aConfigurationThatNamesRulesStillGivesALinterWithoutRules() throws IOException {
    Path file = Files.writeString(dir.resolve("copydesk.yml"), """
        include: ["news/**"]
        exclude: ["news/drafts/**"]
        html:
          content: page
        rules:
          chatbot-artifact: off
        overrides:
          - files: ["news/old/**"]
            rules:
              page-chrome: off
        """);
    CopydeskConfig config = ConfigLoader.load(file);
    // What the runner used before: a linter without rules refuses the rule settings.
    assertThrows(ConfigException.class,
        () -> Linter.builder().config(config).rules(List.of()).ruleProviders(false).build());

    CopydeskConfig parseOnly = CorpusRunner.withoutRules(config);
    Linter linter = Linter.builder().config(parseOnly).rules(List.of()).ruleProviders(false).build();

    assertTrue(linter.rules().metadata().isEmpty());
    assertTrue(parseOnly.rules().isEmpty() && parseOnly.overrides().isEmpty(), "no rule settings");
    assertEquals(config.htmlContent(), parseOnly.htmlContent());
    assertEquals(HtmlContent.PAGE, parseOnly.htmlContent().orElseThrow());
    for (String path : List.of("news/a.md", "news/drafts/a.md", "blog/a.md", "news/old/a.md")) {
      assertEquals(config.isIncluded(path), parseOnly.isIncluded(path), path);
    }
  }

  @Test
  void progressSaysWhenEachCountOfFilesWasDoneAndHowLongItTook() {
    assertEquals(1000, CorpusRunner.parse(new String[] {"--input", "files", "--progress", "1000"}).progress());
    assertEquals(0, CorpusRunner.parse(new String[0]).progress());
    assertThrows(IllegalArgumentException.class, () -> CorpusRunner.parse(new String[] {"--progress", "-1"}));

    String lines = CorpusRunner.progress(2, 1000, new long[] {700_000_000L, 790_000_000L, 875_500_000L});
    assertEquals(List.of(
        "Pass 2, every 1,000 files: ms since the start (ms for these 1,000)",
        "     1,000      700.0  (  700.0)",
        "     2,000      790.0  (   90.0)",
        "     3,000      875.5  (   85.5)"), lines.lines().toList());
  }
}
