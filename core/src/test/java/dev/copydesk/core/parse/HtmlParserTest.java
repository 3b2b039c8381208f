package dev.copydesk.core.parse;

import static dev.copydesk.core.parse.Parsed.article;
import static dev.copydesk.core.parse.Parsed.blocks;
import static dev.copydesk.core.parse.Parsed.sentenceSources;
import static dev.copydesk.core.parse.Parsed.sentenceTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Metadata;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

  private static Article html(String source) {
    Article a = article(Format.HTML, source);
    assertEquals(List.of(), SpanChecks.violations(a));
    return a;
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "</body></html>";
  }

  @Test
  void inlineTagsAndEntitiesStayInsideSentencesWithExactSpans() {
    String src = page("<article><p>The <em>council</em> met &amp; voted on <a href=\"/x\">the&nbsp;fee</a>. It passed&#8230; barely.</p></article>");
    Article a = html(src);
    assertEquals(List.of("The council met & voted on the\u00A0fee.", "It passed\u2026 barely."), sentenceTexts(a));
    assertEquals(
        List.of("The <em>council</em> met &amp; voted on <a href=\"/x\">the&nbsp;fee</a>.", "It passed&#8230; barely."),
        sentenceSources(a));
    Block b = a.blocks().get(0);
    int amp = b.text().indexOf('&');
    assertEquals("&amp;", b.toSource(amp, amp + 1).of(src));
  }

  @Test
  void whiteSpaceRunsCollapseToOneSpaceStandingForTheRun() {
    String src = page("<main><p>One\n      two   three.\r\n  Four.</p></main>");
    Article a = html(src);
    Block b = a.blocks().get(0);
    assertEquals("One two three. Four.", b.text());
    assertEquals("\n      ", b.toSource(3, 4).of(src));
    assertEquals(List.of("One\n      two   three.", "Four."), sentenceSources(a));
  }

  @Test
  void legacyEntityWithoutSemicolonIsOnePiece() {
    String src = page("<article><p>Fish &amp chips &copy 2024 and AT&T.</p></article>");
    Block b = html(src).blocks().get(0);
    assertEquals("Fish & chips \u00A9 2024 and AT&T.", b.text());
    assertEquals("&amp", b.toSource(5, 6).of(src));
    assertEquals("&copy", b.toSource(13, 14).of(src));
  }

  @Test
  void blockKinds() {
    String src =
        page(
            "<article><h1>Title</h1><p>Intro.</p><h3>Sub</h3><ul><li>One.<ul><li>Deep.</li></ul>Tail.</li></ul>"
                + "<blockquote><p>Quoted.</p></blockquote><figure><img src=x.png alt=chart><figcaption>Photo: AP</figcaption></figure>"
                + "<table><tr><th>Head</th><td>Cell</td></tr></table><pre><code>int  x;\n</code></pre><div>Loose text.<p>Para.</p>After.</div></article>");
    assertEquals(
        List.of(
            "HEADING/1: Title",
            "PARAGRAPH/0: Intro.",
            "HEADING/3: Sub",
            "LIST_ITEM/1: One.",
            "LIST_ITEM/2: Deep.",
            "LIST_ITEM/1: Tail.",
            "BLOCK_QUOTE/0: Quoted.",
            "CAPTION/0: Photo: AP",
            "TABLE_CELL/0: Head",
            "TABLE_CELL/0: Cell",
            "CODE/0: int  x;\n",
            "PARAGRAPH/0: Loose text.",
            "PARAGRAPH/0: Para.",
            "PARAGRAPH/0: After."),
        blocks(html(src)));
  }

  @Test
  void doubleLineBreakSeparatesParagraphsAndASingleOneIsANewline() {
    String src = page("<article><div>First line<br>same paragraph.<br><br>\n<br>Second paragraph.</div></article>");
    Article a = html(src);
    assertEquals(List.of("PARAGRAPH/0: First line\nsame paragraph.", "PARAGRAPH/0: Second paragraph."), blocks(a));
    Block b = a.blocks().get(0);
    assertEquals("<br>", b.toSource(10, 11).of(src));
  }

  @Test
  void scriptsStylesAndHiddenContentAreNotText() {
    String src =
        page("<article><p>Shown.</p><script>var x = '<p>no</p>';</script><style>p{}</style><p hidden>Hidden.</p>"
            + "<p style=\"display: none\">Gone.</p><noscript>Enable JS.</noscript><nav>Home | News</nav></article>");
    assertEquals(List.of("PARAGRAPH/0: Shown.", "PARAGRAPH/0: Home | News"), blocks(html(src)), "visible chrome stays");
  }

  @Test
  void mainContentPrefersArticleBodyMarkup() {
    String src =
        page("<nav><p>Home, News, Sport, Weather, and a long list of other sections here.</p></nav>"
            + "<div itemprop=\"articleBody\"><p>The council met on Tuesday.</p></div>"
            + "<footer><p>Copyright, all rights reserved, and so on for a while.</p></footer>");
    Article a = html(src);
    assertEquals(List.of("The council met on Tuesday."), sentenceTexts(a));
    assertEquals("<div itemprop=\"articleBody\">", a.body().orElseThrow().of(src).substring(0, 28));
    assertTrue(a.body().orElseThrow().of(src).endsWith("</div>"));
  }

  @Test
  void aTeaserArticleDoesNotBeatTheRealContent() {
    String para = "<p>The council met on Tuesday, and after a long debate, it voted for the plan, which costs a lot.</p>";
    String src =
        page("<div class=\"story\">" + para.repeat(8) + "</div>"
            + "<aside><article><p>Related: a teaser about something else entirely, with words.</p></article></aside>");
    Article a = html(src);
    assertEquals(8, a.blocks().size());
    assertTrue(a.body().orElseThrow().of(src).startsWith("<div class=\"story\">"));
  }

  @Test
  void heuristicFindsTheDensestTextNotTheLinkFarm() {
    String links = "<li><a href=\"/a\">Section with a long link name, number one</a></li>".repeat(30);
    String para = "<p>Officials said the budget, which was debated for hours, would pass next week, probably.</p>";
    String src =
        page("<div id=\"menu\"><ul>" + links + "</ul></div><div id=\"x\"><div class=\"entry\">" + para.repeat(6)
            + "</div></div><div id=\"comments\">" + "<div><p>I disagree, strongly, with this article, and so do my friends.</p></div>".repeat(10) + "</div>");
    Article a = html(src);
    assertEquals(6, a.blocks().size(), blocks(a).toString());
    // The entry is the only child of #x, and an only child gives way to its parent.
    assertTrue(a.body().orElseThrow().of(src).startsWith("<div id=\"x\"><div class=\"entry\">"), a.body().orElseThrow().of(src));
  }

  @Test
  void pageWithoutParagraphMarkupFindsLooseText() {
    String src =
        page("<div class=\"side\"><a href=\"/1\">One</a> <a href=\"/2\">Two</a></div><div class=\"col\"><p class=\"t\">Headline</p>"
            + "Officials said, on Friday, that the vote would happen next week, after the recess, if all goes well.<br><br>"
            + "A second paragraph follows, with more text, commas, and detail.</div><div class=\"foot\">Street 1, Town</div>");
    Article a = html(src);
    assertEquals(
        List.of(
            "PARAGRAPH/0: Headline",
            "PARAGRAPH/0: Officials said, on Friday, that the vote would happen next week, after the recess, if all goes well.",
            "PARAGRAPH/0: A second paragraph follows, with more text, commas, and detail."),
        blocks(a));
  }

  @Test
  void metadataFromMetaTagsAndJsonLd() {
    String src =
        "<html lang=\"en-GB\"><head><title>Budget vote | The Paper</title>"
            + "<meta name=\"description\" content=\"The vote.\"><meta name=\"keywords\" content=\"budget, council\">"
            + "<meta property=\"og:title\" content=\"Budget vote\"><meta property=\"article:published_time\" content=\"2024-03-01T09:00:00Z\">"
            + "<meta property=\"article:author\" content=\"https://facebook.com/someone\"><meta name=\"author\" content=\"A. Smith\">"
            + "<meta property=\"article:tag\" content=\"money\"><meta property=\"article:tag\" content=\"votes\">"
            + "<link rel=\"canonical\" href=\"https://example.org/budget\">"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Budget vote passes\",\"author\":[{\"@type\":\"Person\",\"name\":\"B. Jones\"}],"
            + "\"datePublished\":\"2024-02-29\",\"keywords\":[\"finance\"]}]}</script>"
            + "</head><body><article><p>Text.</p></article></body></html>";
    Metadata m = html(src).metadata();
    assertEquals("Budget vote passes", m.title().orElseThrow(), "JSON-LD first");
    assertEquals(List.of("B. Jones", "A. Smith"), m.authors(), "profile URLs are not names");
    assertEquals(LocalDate.of(2024, 2, 29), m.publishedDate().orElseThrow());
    assertEquals("https://example.org/budget", m.url().orElseThrow());
    assertEquals("en-GB", m.language().orElseThrow());
    assertEquals("The vote.", m.description().orElseThrow());
    assertEquals(List.of("budget", "council", "money", "votes", "finance"), m.tags());
    assertEquals(List.of("money", "votes"), m.fields().get("article:tag"));
  }

  @Test
  void jsonLdIsReadWhateverItsValuesAre() {
    // Numbers, booleans, nulls and a huge integer beside the fields read; an article nested in a list
    // in a graph; a keyword string; a broken script before a good one; an author given by @id only.
    String src =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
            + "<script type=\"application/ld+json\">{\"@graph\": [[{\"@type\": \"BlogPosting\", \"wordCount\": 1200,"
            + " \"isAccessibleForFree\": true, \"comment\": null, \"id\": 123456789012345678901234567890, \"ratio\": 0.5,"
            + " \"headline\": {\"name\": \"Named headline\"}, \"author\": {\"@id\": \"https://example.org/#jo\"},"
            + " \"keywords\": \"budget, council\", \"datePublished\": \"2024-02-29T08:00:00Z\"}]]}</script>"
            + "<title>T</title></head><body><p>Text.</p></body></html>";
    Metadata m = html(src).metadata();
    assertEquals("Named headline", m.title().orElseThrow());
    assertEquals(LocalDate.of(2024, 2, 29), m.publishedDate().orElseThrow());
    assertEquals(List.of("budget", "council"), m.tags());
  }

  @Test
  void metadataElementsMatchAsSelectorsDoIgnoringTheCaseOfValuesWhereverTheyAre() {
    String src =
        "<html><head><title>T</title><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"Canonical\">"
            + "<link REL=\"CANONICAL\" href=\"https://example.org/first\"><link rel=\"canonical\" href=\"https://example.org/second\">"
            + "<meta http-equiv=\"Content-Language\"><meta http-equiv=\"CONTENT-LANGUAGE\" content=\"de\">"
            + "<meta http-equiv=\"content-language\" content=\"fr\"><meta name=\"author\">"
            + "<script type=\"Application/LD+JSON\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script></head>"
            + "<body><meta name=\"author\" content=\"In Body\"><p>Text.</p></body></html>";
    Metadata m = html(src).metadata();
    assertEquals("https://example.org/first", m.url().orElseThrow(), "the first canonical link that has an href");
    assertEquals("de", m.language().orElseThrow(), "the first content-language meta that has content");
    assertEquals("From JSON-LD", m.title().orElseThrow(), "the script type ignores case");
    assertEquals(List.of("In Body"), m.authors(), "meta tags count wherever they are, and only with content");
  }

  @Test
  void mainContentTakesMarkupInOrderOfHowSurelyItNamesTheArticle() {
    String story = "<p>The council met on Tuesday, and the vote passed, after a long debate about fees and rates.</p>";
    String teaser = "<p>Another story, about the weather, in a box beside the first one.</p>";
    // role="main" ignoring case, when nothing else names the article.
    String byRole = page("<nav><p>Home, News, Sport.</p></nav><div role=\"MAIN\">" + story + "</div>");
    assertTrue(html(byRole).body().orElseThrow().of(byRole).startsWith("<div role=\"MAIN\">"));
    // <main> before role="main", <article> before <main>, itemprop="articleBody" (ignoring case) first.
    String all = page("<div role=\"main\">" + teaser + "</div><main>" + teaser + "<article>" + teaser + "<div itemprop=\"ARTICLEBODY\">"
        + story + "</div></article></main>");
    assertTrue(html(all).body().orElseThrow().of(all).startsWith("<div itemprop=\"ARTICLEBODY\">"));
    String noBody = page("<div role=\"main\">" + teaser + "</div><main>" + teaser + "<article>" + story + "</article></main>");
    assertTrue(html(noBody).body().orElseThrow().of(noBody).startsWith("<article>"));
  }

  @Test
  void aMainElementThatHoldsTheSiteMenuGivesWayToTheArticleInsideIt() {
    String menu = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li><li><a href=\"/s\">Sport</a></li>"
        + "<li><a href=\"/b\">Business</a></li><li><a href=\"/c\">Crime</a></li><li><a href=\"/p\">Politics</a></li></ul></nav>";
    StringBuilder story = new StringBuilder("<div class=\"story\"><h1>Budget passed</h1>");
    for (int i = 0; i < 6; i++) {
      story.append("<p>The council met on Tuesday, and the vote passed, after a long debate about fees, rates and schools ")
          .append(i).append(".</p>");
    }
    story.append("</div>");
    String frame = page("<main id=\"page\"><header>" + menu + "</header>" + story + "</main>");
    assertTrue(html(frame).body().orElseThrow().of(frame).startsWith("<div class=\"story\">"), "the menu stays out");
    // A breadcrumb trail is no menu: the <main> is the article's.
    String crumbs = page("<main><nav><a href=\"/\">Home</a> › <a href=\"/n\">News</a></nav>" + story + "</main>");
    assertTrue(html(crumbs).body().orElseThrow().of(crumbs).startsWith("<main>"));
    // Nor does the menu matter when the part of <main> without it holds few of its paragraphs.
    StringBuilder more = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      more.append("<p>More of the story, with its figures, its quotes and its places, paragraph ").append(i).append(".</p>");
    }
    String spread = page("<main>" + menu + "<div class=\"lead\">" + story + "</div>" + more + "</main>");
    assertTrue(html(spread).body().orElseThrow().of(spread).startsWith("<main>"));
  }

  @Test
  void aPageWithoutADateInItsMetaTagsIsDatedByTheDateItShows() {
    String story = "<article><h1>Budget</h1><p>The council met last week and voted.</p></article>";
    // A <time datetime> first.
    Metadata byTime = html(page("<p class=\"meta\"><time datetime=\"2019-01-18T09:00\">Jan 18</time></p>" + story)).metadata();
    assertEquals(LocalDate.of(2019, 1, 18), byTime.publishedDate().orElseThrow());
    // Else a date written out in an element whose class or id reads like a dateline.
    Metadata byline = html(page("<div id=\"bylineDetails\">By Jo Bloggs<br>January 08, 2008 10:28pm</div>" + story)).metadata();
    assertEquals("January 08, 2008", byline.published().orElseThrow());
    assertEquals(LocalDate.of(2008, 1, 8), byline.publishedDate().orElseThrow());
    assertEquals("8 Jan 2008", html(page("<span class=\"post-date\">Posted 8 Jan 2008</span>" + story)).metadata().published().orElseThrow());
    // A year alone, a date in an element that is no dateline, or a meta tag's date (which wins): no guess.
    assertEquals(Optional.empty(), html(page("<div class=\"date\">Updated daily</div><footer>\u00A9 2008</footer>" + story)).metadata().published());
    assertEquals(Optional.empty(), html(page("<p>On January 08, 2008 the council met.</p>" + story)).metadata().published());
    String meta = "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\"></head><body>"
        + "<span class=\"date\">January 08, 2008</span>" + story + "</body></html>";
    assertEquals("2024-03-01", html(meta).metadata().published().orElseThrow());
  }

  @Test
  void metadataFallsBackToOpenGraphAndTitle() {
    Metadata m = html("<html><head><title>Plain title</title><meta property=og:url content=https://x.org/a></head><body><p>T.</p></body></html>").metadata();
    assertEquals("Plain title", m.title().orElseThrow());
    assertEquals("https://x.org/a", m.url().orElseThrow());
    Metadata broken = html("<html><head><script type=application/ld+json>{not json</script><title>T</title></head><body><p>x</p></body></html>").metadata();
    assertEquals("T", broken.title().orElseThrow(), "broken JSON-LD is skipped");
  }

  @Test
  void commentsAnywhereAndLinksInMainContent() {
    String src =
        "<!-- before -->" + page("<nav><a href=\"/home\">Home</a></nav><article><!-- copydesk-disable page-chrome -->"
            + "<p>Read <a href=\"/more\">more <b>here</b></a>.</p><a name=\"anchor\">x</a></article>") + "<!-- after -->";
    Article a = html(src);
    assertEquals(List.of("before", "copydesk-disable page-chrome", "after"), a.comments().stream().map(Comment::text).toList());
    assertEquals(1, a.links().size(), a.links().toString());
    Link l = a.links().get(0);
    assertEquals("/more", l.target());
    assertEquals("more here", l.anchorText());
    assertEquals("<a href=\"/more\">more <b>here</b></a>", l.span().of(src));
  }

  @Test
  void fosterParentedTextKeepsSourceOrder() {
    String src = page("<article><table><tr><td>Cell one.</td></tr>Stray text.<tr><td>Cell two.</td></tr></table></article>");
    Article a = html(src);
    assertEquals(List.of("Cell one.", "Stray text.", "Cell two."), sentenceSources(a));
  }

  @Test
  void misnestedAndUnclosedTagsStillMapExactly() {
    String src = "<p><b>Bold <i>both</p>after.</i></b><p>Unclosed <em>emphasis. Next one<div>Block";
    Article a = html(src);
    assertTrue(sentenceSources(a).contains("Unclosed <em>emphasis."), sentenceSources(a).toString());
  }

  @Test
  void emptyPageIsADiagnosticNotAFailure() {
    ParsedArticle p = Parsed.parse(Format.HTML, "<html><body><script>app()</script></body></html>");
    assertEquals("parse.no-main-content", p.diagnostics().get(0).code());
    assertEquals(List.of(), p.article().blocks());
  }

  /** A page with navigation, an article, a comment section and a footer around it. */
  private static final String FURNISHED_PAGE =
      page("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>"
          + "<script>track('<p>no</p>')</script>"
          + "<article><h1>Budget passes</h1><p>The council met on Tuesday &amp; voted.</p>"
          + "<p>Share this:<br><a href=\"/tw\">Twitter</a></p></article>"
          + "<aside><h2>Related posts</h2><ul><li><a href=\"/x\">Mayor opens library</a></li></ul></aside>"
          + "<div id=\"comments\"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>"
          + "<noscript>Enable JavaScript to comment.</noscript><textarea>Draft</textarea></div>"
          + "<footer><p>\u00A9 2024 The Gazette. <a href=\"/privacy\">Privacy</a></p></footer>");

  private static Article pageContent(String source) {
    Article a = ArticleParser.create().withHtmlContent(HtmlContent.PAGE).parse("test", source, Format.HTML).article();
    assertEquals(List.of(), SpanChecks.violations(a));
    return a;
  }

  @Test
  void mainContentIsTheDefault() {
    assertEquals(HtmlContent.MAIN, ArticleParser.create().htmlContent());
    assertEquals(
        List.of("HEADING/1: Budget passes", "PARAGRAPH/0: The council met on Tuesday & voted.", "PARAGRAPH/0: Share this:\nTwitter"),
        blocks(html(FURNISHED_PAGE)),
        "the article element alone, its share bar included");
    Article a = html(FURNISHED_PAGE);
    assertEquals(a.body(), a.mainContent(), "the body read is the article");
    assertSame(a.proseBlocks(), a.mainContentProseBlocks());
  }

  @Test
  void pageContentReadsEveryVisibleBlockOfTheBody() {
    Article a = pageContent(FURNISHED_PAGE);
    assertEquals(
        List.of(
            "LIST_ITEM/1: Home",
            "LIST_ITEM/1: News",
            "HEADING/1: Budget passes",
            "PARAGRAPH/0: The council met on Tuesday & voted.",
            "PARAGRAPH/0: Share this:\nTwitter",
            "HEADING/2: Related posts",
            "LIST_ITEM/1: Mayor opens library",
            "HEADING/3: Leave a Reply",
            "PARAGRAPH/0: Your email address will not be published.",
            "PARAGRAPH/0: \u00A9 2024 The Gazette. Privacy"),
        blocks(a),
        "scripts, noscript and form controls stay out");
    assertTrue(a.body().orElseThrow().of(FURNISHED_PAGE).startsWith("<body>"), "the body is the whole page body");
    assertTrue(a.mainContent().orElseThrow().of(FURNISHED_PAGE).startsWith("<article><h1>Budget"), "the article is still known");
    assertTrue(a.mainContent().orElseThrow().of(FURNISHED_PAGE).endsWith("</article>"));
    assertEquals(
        List.of("HEADING/1: Budget passes", "PARAGRAPH/0: The council met on Tuesday & voted.", "PARAGRAPH/0: Share this:\nTwitter"),
        a.mainContentProseBlocks().stream().map(b -> b.kind() + "/" + b.level() + ": " + b.text()).toList());
    Block reply = a.blocks().get(7);
    assertEquals("<h3>Leave a Reply</h3>", reply.span().of(FURNISHED_PAGE));
    assertEquals("Reply", reply.toSource(8, 13).of(FURNISHED_PAGE));
    Block met = a.blocks().get(3);
    int amp = met.text().indexOf('&');
    assertEquals("&amp;", met.toSource(amp, amp + 1).of(FURNISHED_PAGE));
    assertTrue(a.links().stream().anyMatch(l -> l.target().equals("/privacy")), "links of the whole page");
  }

  @Test
  void pageContentOfAPageWithoutVisibleTextIsADiagnostic() {
    ParsedArticle p =
        ArticleParser.create()
            .withHtmlContent(HtmlContent.PAGE)
            .parse("test", "<html><body><script>app()</script><div hidden>Later</div></body></html>", Format.HTML);
    assertEquals("parse.no-main-content", p.diagnostics().get(0).code());
    assertEquals("no visible text found in the page", p.diagnostics().get(0).message());
    assertEquals(List.of(), p.article().blocks());
  }

  @Test
  void aParserForPageContentIsANewParserAndTheSameOneWhenNothingChanges() {
    ArticleParser main = ArticleParser.create();
    assertTrue(main.withHtmlContent(HtmlContent.MAIN) == main);
    assertEquals(HtmlContent.PAGE, main.withHtmlContent(HtmlContent.PAGE).htmlContent());
    assertEquals(HtmlContent.MAIN, main.htmlContent(), "the original is unchanged");
  }
}
