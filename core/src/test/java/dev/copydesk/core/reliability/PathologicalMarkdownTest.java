package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown whose inline content makes commonmark-java's delimiter processing quadratic: one paragraph
 * mixing many unmatched {@code *} with links took seconds at 64 KB and about half an hour at 1 MB.
 * Inline content over the parser's limit (32 KiB) is read as plain text, with a warning at its place.
 */
class PathologicalMarkdownTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final int MB = 1024 * 1024;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("paragraph", "Title\n\n" + "*a [b](c) ".repeat(MB / 10) + "\n", new Position(3, 1)),
        Arguments.of("paragraph of many lines", "Title\n\n" + "*a [b](c)\n".repeat(MB / 10), new Position(3, 1)),
        Arguments.of("heading", "Intro.\n\n# " + "*[](x)".repeat(MB / 6) + "\n", new Position(3, 1)),
        Arguments.of("list item", "- " + "*a ![b](c) ".repeat(MB / 11) + "\n", new Position(1, 3)),
        Arguments.of("block quote", "> " + "**a [b](c) ".repeat(MB / 11) + "\n", new Position(1, 3)),
        Arguments.of("table cell", "| a |\n|---|\n| " + "*a [b](c) ".repeat(MB / 10) + " |\n", new Position(3, 2)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void longInlineContentIsReadAsTextInBoundedTime(String name, String source, Position where) {
    ParsedArticle p = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PARSER.parse(name, source, Format.MARKDOWN));
    List<Diagnostic> warnings = p.diagnostics().stream().filter(d -> d.code().equals("parse.long-paragraph")).toList();
    assertEquals(1, warnings.size(), p.diagnostics().toString());
    assertEquals(where, warnings.get(0).position());
    assertTrue(warnings.get(0).message().endsWith("is longer than 32768 characters; its emphasis and links are read as plain text"), warnings.get(0).message());
    LintResult r = new LintResult(name, null, Format.MARKDOWN, p.article(), List.of(), List.of(), p.diagnostics());
    assertEquals(List.of(), LintChecks.violations(r));
    Block longest = p.article().blocks().stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length())).orElseThrow();
    assertTrue(longest.text().length() > 900_000, "the long block is still read: " + longest.text().length());
  }

  @Test
  void contentUnderTheLimitKeepsItsMarkup() {
    String para = "Some *emphasis* and a [link](https://example.org). ".repeat(600);
    ParsedArticle p = PARSER.parse("under", "Title\n\n" + para + "\n", Format.MARKDOWN);
    assertEquals(List.of(), p.diagnostics());
    assertTrue(p.article().blocks().get(1).text().startsWith("Some emphasis and a link. Some emphasis"), p.article().blocks().get(1).text().substring(0, 60));
    assertEquals(600, p.article().links().size());
  }
}
