package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grammar and spelling through the real parsers and the engine: each «marked» span is exactly what a
 * finding covers in the Markdown or HTML source; nothing in front matter, code, link destinations, tags
 * or URLs is flagged.
 */
class MarkupPositionsTest {

  private static final RuleTester GRAMMAR = RuleTester.forRule(new GrammarRule());
  private static final RuleTester SPELLING = RuleTester.forRule(new SpellingRule());

  @Test
  void grammarInsideMarkdownLinksAndEmphasis() {
    GRAMMAR.assertFlags(
        Format.MARKDOWN,
        """
        ---
        title: He go home with a apple
        ---
        # Council budget

        The council approved [«a» apple orchard](https://example.com/a-apple "a apple") on Monday.

        The mayor said he *«go»* to Brussels, and she said he **«go»** there _too_.

        - The report was on «the *the»* table.
        - Run `he go home` or see <https://example.com/he-go>.

        > The leader said he [«go»](https://example.com/go) there every week.

        ```
        he go home with a apple and the the
        ```

            he go home in indented code
        """);
  }

  @Test
  void grammarInsideHtml() {
    GRAMMAR.assertFlags(
        Format.HTML,
        """
        <!DOCTYPE html>
        <html lang="en"><head><title>He go home with a apple</title>
        <meta name="description" content="he go home"></head>
        <body><article>
        <h1>Council budget</h1>
        <p>The mayor resigned after <a href="/a-apple" title="a apple">«a»</a> apple scandal, officials said on Monday.</p>
        <p>Profits &amp; losses rose, and the mayor said he <em>«go»</em> to Brussels every week.</p>
        <p>Type <code>he go home</code> to start, or visit https://example.com/he-go for the full report.</p>
        <pre><code>he go home with a apple</code></pre>
        </article></body></html>
        """);
  }

  @Test
  void aPageLintedWholeIsCheckedInItsArticleOnly() {
    String page =
        """
        <html lang="en"><head><title>Council budget</title></head><body>
        <nav><p>Our newsletter go out every week to readers.</p></nav>
        <article><h1>Council budget</h1>
        <p>The mayor said he %s to Brussels every week.</p>
        </article>
        <div id="comments"><p>I has a question about the councl budjet.</p></div>
        </body></html>
        """;
    RuleTester grammar = RuleTester.forRule(new GrammarRule()).htmlContent(HtmlContent.PAGE);
    RuleTester spelling = RuleTester.forRule(new SpellingRule()).htmlContent(HtmlContent.PAGE);

    grammar.assertClean(Format.HTML, page.formatted("goes"));
    grammar.assertFlags(Format.HTML, page.formatted("«go»"));
    spelling.assertClean(Format.HTML, page.formatted("goes"));
  }

  @Test
  void spellingInsideMarkdownAndHtml() {
    SPELLING.assertFlags(
        Format.MARKDOWN,
        """
        ---
        title: Teh budjet
        ---
        The [«councl»](https://example.com/councl) approved the *«budjet»* on Monday; see `teh` and https://example.com/teh.
        """);
    SPELLING.assertFlags(
        Format.HTML,
        "<html><body><p>The caf&eacute; <b>«councl»</b> met &amp; approved the «budjet».</p><pre>teh budjet</pre></body></html>");
  }

  @Test
  void fixesApplyToTheSourceCharacters() {
    List<Finding> findings =
        GRAMMAR.assertFlags(Format.MARKDOWN, "The council approved [«a» apple orchard](https://example.com) on Monday.\n");
    assertEquals("an", findings.get(0).fixes().get(0).replacement());
    assertEquals(findings.get(0).span(), findings.get(0).fixes().get(0).span());
  }
}
