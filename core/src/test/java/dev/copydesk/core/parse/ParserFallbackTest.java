package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import org.junit.jupiter.api.Test;

/**
 * What an article reads as when its parser throws (a bug of ours or of a markup library): no input is
 * known to do it, so the fallback is called with the exception a parser would have thrown.
 */
class ParserFallbackTest {

  private final ArticleParser parser = ArticleParser.create();

  @Test
  void markdownIsReadAsPlainTextWithAWarning() {
    String source = "# Title\n\nThe council met on Monday.\n";
    ParsedArticle p = parser.fallback("a.md", source, Format.MARKDOWN, new IllegalStateException("broken node"));

    Diagnostic d = p.diagnostics().get(p.diagnostics().size() - 1);
    assertEquals("parse.failure", d.code());
    assertEquals(Diagnostic.Level.WARNING, d.level(), "the text is still checked");
    assertEquals("could not parse as markdown (IllegalStateException: broken node); read as plain text", d.message());
    assertTrue(p.article().blocks().stream().anyMatch(b -> b.text().contains("The council met on Monday.")),
        p.article().blocks().toString());
  }

  @Test
  void htmlIsNotCheckedAndSaysSoAsAnError() {
    String source = "<html><body><p>The council met on Monday.</p></body></html>";
    ParsedArticle p = parser.fallback("a.html", source, Format.HTML, new StackOverflowError());

    Diagnostic d = p.diagnostics().get(p.diagnostics().size() - 1);
    assertEquals("parse.failure", d.code());
    assertEquals(Diagnostic.Level.ERROR, d.level(), "nothing of the page was read: the run must not pass it");
    assertEquals("could not parse as html (StackOverflowError); not linted", d.message());
    assertEquals(0, p.article().blocks().size());
  }
}
