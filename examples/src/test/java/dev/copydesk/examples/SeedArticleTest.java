package dev.copydesk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.rule.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The article that started Copydesk, linted end to end with the built-in rule pack. */
class SeedArticleTest {

  private static final Path SEED = Path.of("newsroom/content/news/seed-article.txt");

  @Test
  void theCommentFormIsFlaggedAtItsLineAndColumn() {
    Linter linter = Linter.builder().baseDirectory(Path.of("newsroom")).build();
    LintResult r = linter.lint(SEED);
    assertTrue(r.isLinted(), r.diagnostics().toString());
    assertEquals("content/news/seed-article.txt", r.id());
    Finding chrome =
        r.findings().stream().filter(f -> f.ruleId().equals("page-chrome")).findFirst().orElseThrow();
    assertEquals(new Position(19, 1), chrome.start());
    assertEquals(new Position(19, 14), chrome.end());
    assertEquals("Leave a Reply", chrome.span().of(r.article().source()));
  }
}
