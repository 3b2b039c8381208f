package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An HTML page linted whole ({@code html: {content: page}}): the rules that judge the article's writing
 * (its sources, hedges, dates, byline, where it ends) read the article the page holds, as in
 * main-content mode; the rules that find what does not belong on a page read all of it.
 */
class PageModeTest {

  private static final Linter PAGE = Linter.builder().htmlContent(HtmlContent.PAGE).threads(1).build();

  private static final String TEASER =
      "<p>The new library will open in May with a cafe, a makerspace and a children's reading room on the ground floor.</p>";

  /** A clean article; around it, text each writing rule would flag if it were the article's. */
  private static String page(String inArticle) {
    return "<html><head><title>Budget passes</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        + "<article><h1>Budget passes</h1>"
        + "<p>The council approved the budget on Tuesday 14 April 2025, its leader, Jane Doe, said.</p>"
        + "<p>\"We kept every library open,\" Ms Doe told reporters after the vote.</p>"
        + inArticle
        + "</article>"
        + "<aside><h2>Related stories</h2><p><a href=\"/a\">Mayor opens library</a></p><p>By Claire Stottlemyer</p>"
        + TEASER + "</aside><div class=\"mobile\">" + TEASER + "</div>"
        + "<div id=\"comments\"><h3>Leave a Reply</h3>"
        + "<p>Experts say the council may possibly have hidden costs, sources said last week</p></div>"
        + "<footer><p>Advanced search</p></footer></body></html>";
  }

  private static Set<String> rules(String source) {
    Set<String> ids = new TreeSet<>();
    PAGE.lint(source, Format.HTML, "page.html").findings().forEach(f -> ids.add(f.ruleId()));
    return ids;
  }

  @Test
  void aroundTheArticleOnlyPageChromeIsFound() {
    assertEquals(
        Set.of("page-chrome"), rules(page("")),
        "\"Leave a Reply\" is found; the teaser's byline, the teaser shown twice, the comment and the footer are not the article");
  }

  @Test
  void theSameTextInTheArticleIsJudged() {
    Set<String> got = rules(page(TEASER + TEASER
        + "<p>By Claire Stottlemyer</p><p>Experts say the council may possibly have hidden costs, sources said last week</p>"));

    for (String id : List.of("byline-in-body", "unsourced-claim", "hedging", "anonymous-source", "truncated-text", "repeated-paragraph")) {
      assertEquals(true, got.contains(id), id + " in " + got);
    }
  }
}
