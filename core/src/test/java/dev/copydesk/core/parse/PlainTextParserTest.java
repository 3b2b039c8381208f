package dev.copydesk.core.parse;

import static dev.copydesk.core.parse.Parsed.article;
import static dev.copydesk.core.parse.Parsed.blocks;
import static dev.copydesk.core.parse.Parsed.sentenceSources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextParserTest {

  private static Article text(String source) {
    Article a = article(Format.TEXT, source);
    assertEquals(List.of(), SpanChecks.violations(a));
    return a;
  }

  @Test
  void titleLineThenParagraphs() {
    String src = "Ad sales boost Time Warner profit\n\nQuarterly profits rose 76%.\nIt said so.\n\n\n  Second paragraph.  \n";
    Article a = text(src);
    assertEquals(
        List.of(
            "HEADING/1: Ad sales boost Time Warner profit",
            "PARAGRAPH/0: Quarterly profits rose 76%.\nIt said so.",
            "PARAGRAPH/0: Second paragraph."),
        blocks(a));
    assertEquals("Ad sales boost Time Warner profit", a.metadata().title().orElseThrow());
    assertEquals(List.of("Ad sales boost Time Warner profit", "Quarterly profits rose 76%.", "It said so.", "Second paragraph."), sentenceSources(a));
    assertEquals(new Span(0, src.length()), a.body().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Website is Down For Maintenance", // a lone line is the article, not its title
        "Website is Down For Maintenance\n\n   \n",
        "The council met on Tuesday and\nvoted for the plan.\n\nMore.", // a hard-wrapped first paragraph
        "It ended.\n\nMore text.", // terminal punctuation
        "He said \"enough.\"\n\nMore text.", // punctuation inside closing quotes
        "Could rivalry overshadow election?\n\nMore text.",
        "2024\n\nMore text.", // no letter
      })
  void notATitle(String src) {
    Article a = text(src);
    assertTrue(a.metadata().title().isEmpty(), blocks(a).toString());
    assertEquals("PARAGRAPH", a.blocks().get(0).kind().name());
  }

  @Test
  void overlongFirstLineIsNotATitle() {
    String line = "word ".repeat(40).strip();
    assertTrue(text(line + "\n\nMore.").metadata().title().isEmpty());
  }

  @Test
  void crAndCrlfLineBreaksAndBom() {
    Article a = text("\uFEFFHeadline\r\n\r\nBody one.\rBody two.\r\n");
    assertEquals(List.of("HEADING/1: Headline", "PARAGRAPH/0: Body one.\rBody two."), blocks(a));
    assertEquals(new Span(1, a.source().length()), a.body().orElseThrow());
  }

  @Test
  void emptyAndBlankSources() {
    assertEquals(List.of(), text("").blocks());
    assertEquals(List.of(), text(" \n\t\n").blocks());
  }
}
