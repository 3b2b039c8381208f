package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.parse.ParsedArticle;
import dev.copydesk.core.parse.SourceDecoder;
import java.util.List;

/**
 * Coverage-guided fuzz targets for the parsers, the decoder and the configuration loader. Under {@code
 * mvn test} they replay the committed inputs in {@code ParserFuzzTestInputs/<method>/} (regression
 * mode); with {@code JAZZER_FUZZ=1} one target at a time is fuzzed (see docs/reliability.md). The
 * property: nothing escapes, no parser falls back ({@code parse.failure}), and every span keeps the
 * contracts of {@link LintChecks}.
 */
class ParserFuzzTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ArticleParser WHOLE_PAGES = ArticleParser.create().withHtmlContent(HtmlContent.PAGE);

  @FuzzTest(maxDuration = "5m")
  void markdown(byte[] data) {
    check(FuzzInput.text(data), Format.MARKDOWN);
  }

  /** HTML as the article the page holds (the default) and as the whole page ({@code html: {content: page}}). */
  @FuzzTest(maxDuration = "5m")
  void html(byte[] data) {
    String source = FuzzInput.text(data);
    check(source, Format.HTML);
    check(WHOLE_PAGES, source, Format.HTML);
  }

  @FuzzTest(maxDuration = "5m")
  void text(byte[] data) {
    check(FuzzInput.text(data), Format.TEXT);
  }

  /**
   * Raw bytes through the decoder, as any file and as an HTML page (whose charset declaration is read):
   * text or a diagnostic, never an exception.
   */
  @FuzzTest(maxDuration = "5m")
  void decoder(byte[] data) {
    SourceDecoder.Decoded d = SourceDecoder.utf8().decode(data);
    if (d.ok()) {
      check(d.text(), Format.MARKDOWN);
    } else {
      assertEquals(true, d.diagnostic().code().startsWith("io."), d.diagnostic().toString());
    }
    SourceDecoder.Decoded page = SourceDecoder.utf8().decode(data, Format.HTML);
    for (var diagnostic : page.diagnostics()) {
      assertEquals(true, diagnostic.code().startsWith("io."), diagnostic.toString());
    }
    assertEquals(true, page.ok() || page.diagnostic() != null);
  }

  /** Configuration text is accepted or refused with a {@link ConfigException}, nothing else. */
  @FuzzTest(maxDuration = "5m")
  void configuration(byte[] data) {
    try {
      ConfigLoader.parse(FuzzInput.text(data), "fuzz.yml");
    } catch (ConfigException expected) {
      // a message with file, line and column is the contract; nothing else may escape
    }
  }

  private static void check(String source, Format format) {
    check(PARSER, source, format);
  }

  private static void check(ArticleParser parser, String source, Format format) {
    ParsedArticle p = parser.parse("fuzz", source, format);
    LintResult r = new LintResult("fuzz", null, format, p.article(), List.of(), List.of(), p.diagnostics());
    assertEquals(List.of(), LintChecks.violations(r));
  }
}
