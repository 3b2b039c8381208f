package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {

  private static String newsroom() throws IOException {
    return Golden.render(new HtmlReporter(), ReportFixtures.newsroom());
  }

  @Test
  void matchesGoldenFile() throws IOException {
    Golden.assertMatches("newsroom.html", newsroom());
  }

  @Test
  void loadsNothingAndRunsOnlyItsOwnScript() throws Exception {
    String html = newsroom();
    Document doc = Jsoup.parse(html);
    assertEquals(1, doc.select("script").size(), "only the report's own script");
    assertEquals(1, doc.select("style").size());
    assertTrue(doc.select("[src], link, iframe, object, embed, img").isEmpty(), "no external resources");
    assertTrue(doc.select("[style]").isEmpty(), "no style attributes (the CSP would block them)");
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), "event handler attribute " + a));
    }
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'"));
    assertTrue(csp.contains("'" + sha256(doc.selectFirst("style").data()) + "'"), "CSP allows the style by its hash");
    assertTrue(csp.contains("'" + sha256(doc.selectFirst("script").data()) + "'"), "CSP allows the script by its hash");
  }

  @Test
  void escapesArticleTextFileNamesAndMessages() throws IOException {
    String html = newsroom();
    assertEquals(1, count(html, "<script"), "the report's own script tag only");
    assertFalse(html.contains("</textarea>"));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>Breaking"));
    assertFalse(html.contains("\u0001"));
    assertTrue(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"));
    assertTrue(html.contains("content/news/&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;.md"));
    assertTrue(html.contains("]]&gt;"));
    Document doc = Jsoup.parse(html);
    Element hostile = doc.getElementById("a2");
    assertNotNull(hostile);
    assertEquals("<b>Breaking</b> & \"news\"", hostile.selectFirst("h2").text(), "the title reads back as written");
  }

  @Test
  void highlightsEveryFindingAndPutsItsNoteBesideIt() throws IOException {
    Document doc = Jsoup.parse(newsroom());
    Element budget = doc.getElementById("a1");
    assertEquals(6, budget.select(".note").size());
    Set<String> notes = doc.select(".note").stream().map(Element::id).collect(Collectors.toSet());
    Set<String> marked = doc.select("mark[data-f]").stream()
        .flatMap(m -> List.of(m.attr("data-f").split(" ")).stream()).collect(Collectors.toSet());
    for (String id : marked) {
      assertTrue(notes.contains(id), "mark refers to note " + id);
    }
    // Every note but the one in front matter has a highlight in the text.
    assertEquals(notes.size() - 1, marked.size());
    assertEquals(1, budget.select(".filenotes .note").size(), "the front-matter finding is listed at the top");
    assertEquals("Leave a Reply", budget.select("mark.error").first().text());
    // Overlapping findings: "could" is covered by the claim (warning) and the hedge (info).
    Element could = budget.select("mark[data-f~=a1-3][data-f~=a1-4]").first();
    assertNotNull(could, "overlap rendered as one mark naming both findings");
    assertEquals("could", could.text());
    assertTrue(could.hasClass("warning"), "the more serious severity colours the overlap");
    // The note sits in the same row as its paragraph.
    Element leave = budget.select("mark.error").first().closest(".row");
    assertTrue(leave.select(".note").text().contains("Leave a Reply"));
  }

  @Test
  void mapsSpansThroughEntitiesAndShowsInsertionPoints() throws IOException {
    Document doc = Jsoup.parse(newsroom());
    Element harbour = doc.getElementById("a3");
    assertEquals("&", harbour.selectFirst("mark.info").text(), "the span over '&amp;amp;' highlights the decoded '&'");
    Element point = harbour.selectFirst("mark.pt");
    assertNotNull(point, "the cut-off point is marked");
    assertTrue(point.previousSibling().toString().endsWith("ahead of sch"), "the marker sits right after the last word");
  }

  @Test
  void listsCleanAndUnreadableFiles() throws IOException {
    Document doc = Jsoup.parse(newsroom());
    assertTrue(doc.select(".clean li").text().contains("content/features/gardens.md (1 suppressed)"));
    assertTrue(doc.select(".diag").text().contains("binary content"));
  }

  @Test
  void saysSoWhenThereIsNothingToFix() throws IOException {
    LintReport report = new LintReport("Copydesk", "1", List.of(ReportFixtures.clean()), ReportFixtures.rules());
    String html = Golden.render(new HtmlReporter("Newsroom"), report);
    Document doc = Jsoup.parse(html);
    assertNotNull(doc.selectFirst(".allclear"));
    assertTrue(doc.select("form#filters").isEmpty());
    assertEquals("Newsroom \u00B7 Copydesk report", doc.title());
  }

  @Test
  void rendersAtMostTheConfiguredNumberOfArticles() throws IOException {
    Document doc = Jsoup.parse(Golden.render(new HtmlReporter("News", 1), ReportFixtures.newsroom()));
    assertEquals(1, doc.select("article.doc").size());
    assertEquals(5, doc.select(".toc li").size(), "every file with findings or problems is still listed");
    assertEquals(1, doc.select(".toc li a").size());
    assertTrue(doc.selectFirst(".more").text().startsWith("4 more files are listed above"));
  }

  /** A rule for the end-to-end check: flags the word "pending" wherever it appears. */
  @RuleInfo(id = "pending-word", summary = "The word pending", severity = Severity.WARNING, category = Category.STYLE)
  static final class PendingRule implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      int i = block.text().indexOf("pending");
      while (i >= 0) {
        context.report(block, i, i + 7, "Say what is pending.");
        i = block.text().indexOf("pending", i + 1);
      }
    }
  }

  @Test
  void rendersParsedMarkdownAndHtmlFromTheRealLinter() throws IOException {
    Linter linter = Linter.builder()
        .rules(List.of(new PendingRule()))
        .config(CopydeskConfig.builder().rule(RuleSetting.enabled("pending-word", true)).build())
        .threads(1)
        .build();
    LintResult md = linter.lint("---\ntitle: Review\n---\n# Review *pending*\n\nThe **review** is still pending, the\nboard said.\n", Format.MARKDOWN, "a.md");
    LintResult html = linter.lint("<html><body><article><p>Approval &amp; funding are pending.</p></article></body></html>", Format.HTML, "b.html");
    String out = Golden.render(new HtmlReporter(), LintReport.of(List.of(md, html), linter.rules().metadata()));
    Document doc = Jsoup.parse(out);
    assertEquals(md.findings().size() + html.findings().size(), doc.select(".note").size());
    for (Element m : doc.select("mark[data-f]")) {
      assertEquals("pending", m.text(), "markup is gone and the highlight covers exactly the word");
    }
    assertEquals(3, doc.select("mark[data-f]").size());
  }

  @Test
  void htmlEscaping() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<a href=\"x\">&'"));
    assertEquals("a\uFFFDb\uFFFDc", Html.escape("a\u0000b\u0085c"));
    assertEquals("x\uFFFD", Html.escape("x\uDC00"));
    assertEquals("line\nnext\ttab", Html.escape("line\r\nnext\ttab"));
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String sha256(String s) throws Exception {
    byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(d);
  }
}
