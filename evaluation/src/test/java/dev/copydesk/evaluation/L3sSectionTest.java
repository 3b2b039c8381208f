package dev.copydesk.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class L3sSectionTest {

  private static final Linter PAGE = Linter.builder().htmlContent(HtmlContent.PAGE).threads(1).build();

  @Test
  void aFindingTakesTheLabelOfTheInnermostBlockItStartsIn() {
    String html = "<body><div class=\"x-nc-sel0\">Menu <span class=\"x-nc-sel2\">The council met.</span></div>"
        + "<p>Loose text</p><span class=\"x-nc-sel5 x-nc-linearized\">Nice post!</span></body>";
    List<L3sSection.Labelled> blocks = L3sSection.blocks(html);

    assertEquals(3, blocks.size());
    assertEquals("sel2", L3sSection.labelAt(blocks, html.indexOf("council")));
    assertEquals("sel0", L3sSection.labelAt(blocks, html.indexOf("Menu")));
    assertEquals("none", L3sSection.labelAt(blocks, html.indexOf("Loose")));
    assertEquals("sel5", L3sSection.labelAt(blocks, html.indexOf("Nice")), "a second class does not hide the label");
  }

  @Test
  void aBlockThatIsNeverClosedReachesItsLastText() {
    String html = "<body><div class=\"x-nc-sel4\"><p>Related: <a href=\"/a\">Budget passes</a><p>More stories";
    List<L3sSection.Labelled> blocks = L3sSection.blocks(html);

    assertEquals("sel4", L3sSection.labelAt(blocks, html.indexOf("More stories") + 5));
  }

  @Test
  void chromeInTheArticleIsListedForReviewAndChromeOutsideIsOnlyCounted() {
    String article = "<p><span class=\"x-nc-sel2\">The council voted on Tuesday to close the library, its members said.</span></p>";
    String html = "<html><body><h1><span class=\"x-nc-sel1\">Library to close</span></h1>" + article
        + "<p><span class=\"x-nc-sel0\">Leave a Reply</span></p>"
        + "<p><span class=\"x-nc-sel2\">Share this</span></p></body></html>";
    L3sSection.Tally t = new L3sSection.Tally();

    L3sSection.tally("page", html, L3sSection.blocks(html), PAGE.lint(html, Format.HTML, "page.html"), t);

    int[] chrome = t.byRule.get("page-chrome");
    assertEquals(1, chrome[L3sSection.LABELS.indexOf("sel0")], "Leave a Reply, labelled boilerplate");
    assertEquals(1, t.inArticle("page-chrome"), "Share this, which the annotator labelled as text");
    assertEquals(1, t.pagesWithChromeInArticle);
    assertEquals(1, t.review.size());
    assertTrue(t.review.get(0).contains("\"Share this\""), t.review.get(0));
  }

  /**
   * On the L3S-GN1 sample, page-chrome flags nothing that the annotators labelled as the article
   * (headline or full text), in either mode, while it does flag the chrome around it.
   */
  @Test
  void pageChromeLeavesTheLabelledArticleAloneOnL3sPages() throws IOException {
    String dir = System.getProperty("copydesk.corpus");
    Path corpus = dir == null ? null : Path.of(dir, "l3s-gn1-boilerplate-sample");
    Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus.resolve("annotated")), "L3S-GN1 sample absent");
    List<Path> pages = L3sSection.pages(corpus);

    L3sSection.Tally main = L3sSection.measure(Linter.builder().threads(1).build(), pages);
    L3sSection.Tally page = L3sSection.measure(PAGE, pages);

    assertEquals(0, main.inArticle("page-chrome"), String.join("\n", main.review));
    assertEquals(0, page.inArticle("page-chrome"), String.join("\n", page.review));
    assertTrue(page.count("page-chrome") >= 300, "page mode flags the chrome around the articles: " + page.count("page-chrome"));
    // Main-content selection keeps nearly all of the labelled article (0.973 of its words when written),
    // and little else (0.933 of what it keeps).
    double recall = (double) main.articleWords() / page.articleWords();
    double precision = (double) main.articleWords() / java.util.Arrays.stream(main.words).sum();
    assertTrue(recall >= 0.95, "recall " + recall);
    assertTrue(precision >= 0.90, "precision " + precision);
  }

  @Test
  void wordsAreCountedUnderTheLabelOfTheTextTheyStartIn() {
    String html = "<body><div class=\"x-nc-sel0\"><p>Home News Sport</p></div>"
        + "<p><span class=\"x-nc-sel2\">The council met on Tuesday.</span></p><p>Loose words here</p></body>";
    L3sSection.Tally t = new L3sSection.Tally();

    L3sSection.countWords(
        dev.copydesk.core.parse.ArticleParser.create().withHtmlContent(HtmlContent.PAGE).parse("p", html, Format.HTML).article(),
        L3sSection.blocks(html), t);

    assertEquals(3, t.words[L3sSection.LABELS.indexOf("sel0")]);
    assertEquals(5, t.articleWords());
    assertEquals(3, t.words[L3sSection.LABELS.indexOf("none")]);
  }
}
