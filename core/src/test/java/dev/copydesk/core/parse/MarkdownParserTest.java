package dev.copydesk.core.parse;

import static dev.copydesk.core.parse.Parsed.article;
import static dev.copydesk.core.parse.Parsed.blocks;
import static dev.copydesk.core.parse.Parsed.sentenceSources;
import static dev.copydesk.core.parse.Parsed.sentenceTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Comment;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParserTest {

  private static Article md(String source) {
    Article a = article(Format.MARKDOWN, source);
    assertEquals(List.of(), SpanChecks.violations(a));
    return a;
  }

  @Test
  void inlineMarkupStaysInsideOneSentenceAndSpansCoverTheSource() {
    Article a = md("The *council* met on **Tuesday** at [the hall](https://example.org \"Hall\"). It voted.\n");
    assertEquals(List.of("The council met on Tuesday at the hall.", "It voted."), sentenceTexts(a));
    assertEquals(
        List.of("The *council* met on **Tuesday** at [the hall](https://example.org \"Hall\").", "It voted."),
        sentenceSources(a));
  }

  @Test
  void entitiesAndEscapesAreReplacementPieces() {
    String src = "Fish &amp; chips cost \\*5\\* pounds &#8212; really. Next &copy; one.";
    Article a = md(src);
    Block b = a.blocks().get(0);
    assertEquals("Fish & chips cost *5* pounds \u2014 really. Next \u00A9 one.", b.text());
    int amp = b.text().indexOf('&');
    assertEquals(new Span(5, 10), b.toSource(amp, amp + 1), "the whole entity");
    int star = b.text().indexOf('*');
    assertEquals("\\*", b.toSource(star, star + 1).of(src), "the whole escape");
    assertEquals(List.of("Fish &amp; chips cost \\*5\\* pounds &#8212; really.", "Next &copy; one."), sentenceSources(a));
  }

  @Test
  void aSentenceMayStartWithAnEntityButNotInsideIt() {
    String src = "It ended. &quot;Yes,&quot; she said.";
    Article a = md(src);
    assertEquals(List.of("It ended.", "&quot;Yes,&quot; she said."), sentenceSources(a));
    assertEquals("\"Yes,\" she said.", a.blocks().get(0).sentences().get(1).text());
  }

  @Test
  void softLineBreakFoldsToOneSpaceStandingForTheBreak() {
    String src = "> First line *goes*\n>    on here. Second\nlazy\n";
    Article a = md(src);
    Block b = a.blocks().get(0);
    assertEquals(BlockKind.BLOCK_QUOTE, b.kind());
    assertEquals("First line goes on here. Second lazy", b.text());
    int space = b.text().indexOf(" on");
    assertEquals("\n>    ", b.toSource(space, space + 1).of(src), "the break, not the closing '*'");
    assertEquals(List.of("First line *goes*\n>    on here.", "Second\nlazy"), sentenceSources(a));
  }

  @Test
  void hardBreaksBecomeNewlines() {
    String src = "One  \nTwo\\\nThree<br>Four\n";
    Block b = md(src).blocks().get(0);
    assertEquals("One\nTwo\nThree\nFour", b.text());
    assertEquals("  \n", b.toSource(3, 4).of(src));
    assertEquals("\\\n", b.toSource(7, 8).of(src));
    assertEquals("<br>", b.toSource(13, 14).of(src));
  }

  @Test
  void inlineCodeKeepsItsContent() {
    String src = "Run `mvn verify` now. Then ``a ` b`` too.";
    Article a = md(src);
    Block b = a.blocks().get(0);
    assertEquals("Run mvn verify now. Then a ` b too.", b.text());
    int mvn = b.text().indexOf("mvn");
    assertEquals("mvn verify", b.toSource(mvn, mvn + 10).of(src));
    assertEquals(List.of("Run `mvn verify` now.", "Then ``a ` b`` too."), sentenceSources(a));
  }

  @Test
  void codeSpanAcrossLinesMapsTheBreak() {
    String src = "See `a\n  b` here.\n";
    Block b = md(src).blocks().get(0);
    assertEquals("See a b here.", b.text());
    assertEquals("\n  ", b.toSource(5, 6).of(src));
  }

  @Test
  void blockKindsAndLevels() {
    String src =
        "# Title\n\nIntro.\n\n## Part two ##\n\n- One.\n  - Nested *deep*.\n\n  Second paragraph of one.\n"
            + "\n> Quoted.\n>\n> - quoted item\n\n| Head | B |\n|---|---|\n| c &amp; d | e |\n\n```java\nint x;\n```\n\n    indented();\n";
    Article a = md(src);
    assertEquals(
        List.of(
            "HEADING/1: Title",
            "PARAGRAPH/0: Intro.",
            "HEADING/2: Part two",
            "LIST_ITEM/1: One.",
            "LIST_ITEM/2: Nested deep.",
            "LIST_ITEM/1: Second paragraph of one.",
            "BLOCK_QUOTE/0: Quoted.",
            "LIST_ITEM/1: quoted item",
            "TABLE_CELL/0: Head",
            "TABLE_CELL/0: B",
            "TABLE_CELL/0: c & d",
            "TABLE_CELL/0: e",
            "CODE/0: int x;",
            "CODE/0: indented();"),
        blocks(a));
    Block cell = a.blocks().get(10);
    assertEquals("c &amp; d", cell.sentences().get(0).span().of(src));
    Block code = a.blocks().get(12);
    assertEquals(List.of(), code.sentences(), "code is never segmented");
    assertEquals("int x;", code.toSource(0, 6).of(src));
    assertEquals("Title", a.metadata().title().orElseThrow(), "a leading level-1 heading names the article");
  }

  @Test
  void multiLineCodeBlockMapsEveryLine() {
    String src = "> ```\n> one\n>\n> two\n> ```\n";
    Block code = md(src).blocks().get(0);
    assertEquals(BlockKind.CODE, code.kind());
    assertEquals("one\n\ntwo", code.text());
    assertEquals("one", code.toSource(0, 3).of(src));
    assertEquals("two", code.toSource(5, 8).of(src));
  }

  @Test
  void linksCarryTargetAnchorAndWholeSpan() {
    String src = "Read [the *full* report][r] and <https://example.org/x>.\n\n[r]: https://example.org/report\n";
    Article a = md(src);
    assertEquals(
        List.of(
            new Link("https://example.org/report", "the full report", new Span(5, 27)),
            new Link("https://example.org/x", "https://example.org/x", new Span(32, 55))),
        a.links());
    assertEquals("[the *full* report][r]", a.links().get(0).span().of(src));
  }

  @Test
  void htmlCommentsInlineAndInBlocksBecomeComments() {
    String src =
        "<!-- copydesk-disable page-chrome -->\n\nText <!-- note --> here.\n\n<div>\n<!-- in block -->\n<p>Raw html is not prose.</p>\n</div>\n";
    Article a = md(src);
    assertEquals(
        List.of("copydesk-disable page-chrome", "note", "in block"),
        a.comments().stream().map(Comment::text).toList());
    for (Comment c : a.comments()) {
      String covered = c.span().of(src);
      assertTrue(covered.startsWith("<!--") && covered.endsWith("-->"), covered);
    }
    assertEquals(List.of("PARAGRAPH/0: Text  here."), blocks(a), "raw HTML blocks are not linted");
    assertEquals(List.of("Text <!-- note --> here."), sentenceSources(a));
  }

  @Test
  void imageOnlyParagraphIsNotProseButInlineAltTextIs() {
    Article a = md("![A chart](chart.png)\n\nClick ![the icon](i.png) to save.\n");
    assertEquals(List.of("PARAGRAPH/0: Click the icon to save."), blocks(a));
  }

  @Test
  void yamlFrontMatterIsCutWithOffsetsKept() {
    String src = "---\ntitle: Budget\n---\nThe council met.\n";
    Article a = md(src);
    assertEquals("---\ntitle: Budget\n---", a.frontMatter().orElseThrow().of(src));
    assertEquals("The council met.\n", a.body().orElseThrow().of(src));
    assertEquals(List.of("The council met."), sentenceSources(a));
    assertEquals("Budget", a.metadata().title().orElseThrow());
  }

  @Test
  void crlfSourcesMapExactly() {
    String src = "---\r\ntitle: T\r\n---\r\n# Head\r\n\r\nOne line\r\nand &amp; two.\r\n";
    Article a = md(src);
    assertEquals(List.of("Head", "One line\r\nand &amp; two."), sentenceSources(a));
  }

  @Test
  void aByteOrderMarkBeforeFrontMatterIsAllowed() {
    Article a = md("\uFEFF---\ntitle: T\n---\nBody.\n");
    assertEquals("T", a.metadata().title().orElseThrow());
    assertEquals(List.of("Body."), sentenceSources(a));
  }
}
