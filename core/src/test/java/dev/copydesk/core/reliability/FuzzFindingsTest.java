package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzers found, cut down to the smallest input that shows it and stated as an expectation.
 * The inputs as found stay in {@code ParserFuzzTestInputs/} and replay in every build.
 */
class FuzzFindingsTest {

  private static final ArticleParser PARSER = ArticleParser.create();

  private static ParsedArticle parse(String source, Format format) {
    ParsedArticle p = PARSER.parse("fuzz", source, format);
    assertEquals(List.of(), LintChecks.violations(new LintResult("fuzz", null, format, p.article(), List.of(), List.of(), p.diagnostics())));
    return p;
  }

  /** html/implied-end-tag-past-eof.html: jsoup ends the implied {@code </body>} at 34 of 33. */
  @Test
  void aPageEndingInsideATagKeepsItsBlocksInsideTheSource() {
    String src = "<!<!DOCTYPE html><html>DOCT<hYPE ";
    Block b = parse(src, Format.HTML).article().blocks().get(0);
    assertEquals(new Span(23, 33), b.span());
    assertEquals("DOCT", b.text());
  }

  /**
   * html/nuls-dropped-before-a-replacement-character.html: jsoup drops NULs in body text, and the
   * aligner took the first NUL for the source of the U+FFFD that followed them; the rest of the text
   * became one piece that two sentences shared.
   */
  @Test
  void nulsDroppedBeforeAReplacementCharacterLineUp() {
    String src = "<p>S\0\0\0\uFFFDtle here. Second sentence here.</p>";
    Block b = parse(src, Format.HTML).article().blocks().get(0);
    assertEquals("S\uFFFDtle here. Second sentence here.", b.text());
    assertEquals(List.of("S\0\0\0\uFFFDtle here.", "Second sentence here."), b.sentences().stream().map(s -> s.span().of(src)).toList());
  }

  /**
   * html/text-after-a-cell-moved-out-of-its-table.html: jsoup moves the unknown {@code <t>} and its
   * "cell" out of the table, and the text after it became a block spanning the whole table, around the
   * cell's block, with its sentence after the cell's.
   */
  @Test
  void textAfterACellMovedOutOfItsTableStaysInSourceOrder() {
    String src = "+-</ul><table><t><rt$>cell</t>XUUUUUUd></tr><oic]]_]]";
    List<Block> blocks = parse(src, Format.HTML).article().blocks();
    assertEquals(List.of("+-", "cell", "XUUUUUUd>"), blocks.stream().map(Block::text).toList());
    for (int i = 1; i < blocks.size(); i++) {
      assertTrue(blocks.get(i - 1).span().end() <= blocks.get(i).span().start(), blocks.toString());
    }
  }

  /**
   * ParserFuzzTestInputs/html/html-text-around-an-element-moved-out-of-a-table.html (ParserFuzzTest#html, its fourth
   * session): jsoup joins the text before and after an unknown element inside a table into one node
   * "BeforeAfter" and moves the element out, so that node's source lies on both sides of "moved". The
   * block starting inside another is left out with a warning naming it; spans stay apart.
   */
  @Test
  void textAroundAnElementMovedOutOfATableStaysInSourceOrder() {
    ParsedArticle p = parse("<table>Before<t>moved</t>After</table>", Format.HTML);
    assertEquals(List.of("BeforeAfter"), p.article().blocks().stream().map(Block::text).toList());
    assertEquals(List.of("parse.unaligned"), p.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(p.diagnostics().get(0).message().contains("\"moved\""), p.diagnostics().toString());
    assertEquals(1, p.diagnostics().get(0).position().line());
  }

  /** configuration/tag-escaping-to-a-space.yml: SnakeYAML's Tag threw IllegalArgumentException. */
  @Test
  void aTagThatEscapesToASpaceIsInvalidYaml() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("!%-0", "x.yml"));
    assertTrue(e.getMessage().startsWith("x.yml:1:1: invalid YAML: "), e.getMessage());
    ParsedArticle p = parse("---\ntitle: !%-0 x\n---\nText after bad front matter.\n", Format.MARKDOWN);
    List<String> codes = p.diagnostics().stream().map(Diagnostic::code).toList();
    assertEquals(List.of("parse.front-matter"), codes);
    assertEquals("Text after bad front matter.", p.article().blocks().get(0).text());
  }
}
