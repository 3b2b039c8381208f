package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.model.TextMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus property test is only as good as its checks: each must catch what it is for. */
class SpanChecksTest {

  /** An article whose one block has sentences at the given source spans (text taken from the source). */
  private static Article withSentences(Format format, String source, Span... spans) {
    List<Sentence> sentences = new java.util.ArrayList<>();
    for (Span s : spans) {
      String text = s.of(source);
      sentences.add(new Sentence(sentences.size(), 0, text.length(), text, s, TokenList.of()));
    }
    Block b = new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, source.length()), source, TextMap.verbatim(0, source.length()), sentences);
    return new Article("t", format, source, Metadata.empty(), List.of(b), List.of(), List.of(), null, null);
  }

  @Test
  void validSpansPass() {
    String src = "<p>Fish &amp; chips. <b>More</b> here.</p>";
    assertEquals(List.of(), SpanChecks.violations(withSentences(Format.HTML, src, new Span(3, 20), new Span(21, 38))));
  }

  @Test
  void boundaryInsideATagIsCaught() {
    String src = "<p class=\"x\">Hello world.</p>";
    List<String> v = SpanChecks.violations(withSentences(Format.HTML, src, new Span(5, 25)));
    assertTrue(v.get(0).contains("boundary at 5 inside \"<p class="), v.toString());
  }

  @Test
  void textThatLooksLikeATagIsNotOneInHtml() {
    String src = "<p>If a &lt; b and c > d then.</p>";
    assertEquals(List.of(), SpanChecks.violations(withSentences(Format.HTML, src, new Span(3, 30))));
  }

  @Test
  void boundaryInsideAnEntityIsCaught() {
    String src = "Fish &amp; chips.";
    assertEquals(1, SpanChecks.violations(withSentences(Format.MARKDOWN, src, new Span(7, 17))).size());
    assertEquals(1, SpanChecks.violations(withSentences(Format.MARKDOWN, src, new Span(0, 8))).size());
  }

  @Test
  void boundaryInsideAMarkdownInlineTagIsCaught() {
    String src = "Text <span class=\"x\">here</span>.";
    assertEquals(1, SpanChecks.violations(withSentences(Format.MARKDOWN, src, new Span(0, 10))).size());
  }

  @Test
  void overlapAndDisorderAreCaught() {
    String src = "One two three four.";
    assertEquals(1, SpanChecks.violations(withSentences(Format.TEXT, src, new Span(0, 7), new Span(4, 19))).size());
    assertEquals(1, SpanChecks.violations(withSentences(Format.TEXT, src, new Span(8, 19), new Span(0, 7))).size());
  }

  @Test
  void plainTextSentenceMustBeItsSourceCharacters() {
    String src = "One two.";
    Sentence wrong = new Sentence(0, 0, 8, "One too.", new Span(0, 8), TokenList.of());
    Block b = new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, 8), src, TextMap.verbatim(0, 8), List.of(wrong));
    Article a = new Article("t", Format.TEXT, src, Metadata.empty(), List.of(b), List.of(), List.of(), null, null);
    assertEquals(1, SpanChecks.violations(a).size());
  }

  @Test
  void spanPastTheSourceIsCaught() {
    String src = "Short.";
    Sentence s = new Sentence(0, 0, 6, "Short.", new Span(0, 60), TokenList.of());
    Block b = new Block(0, BlockKind.PARAGRAPH, 0, new Span(0, 6), src, TextMap.verbatim(0, 6), List.of(s));
    Article a = new Article("t", Format.TEXT, src, Metadata.empty(), List.of(b), List.of(), List.of(), null, null);
    assertTrue(SpanChecks.violations(a).get(0).contains("ends past the source"));
  }
}
