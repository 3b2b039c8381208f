package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  static LintReport sample() {
    Finding chrome =
        new Finding(
            "page-chrome",
            Severity.ERROR,
            "Delete \"Leave a Reply\" <script>alert(1)</script>",
            new Span(40, 53),
            new Position(5, 1),
            new Position(5, 14),
            "Leave a Reply",
            List.of(Fix.delete(new Span(40, 53))));
    Finding suppressed =
        new Finding("vague-date", Severity.WARNING, "Say which week.", new Span(10, 19), new Position(3, 1), new Position(3, 10), "last week", List.of());
    Article article =
        ArticleParser.create().parse("news/a.md", "Title\n\nIt rained last week.\n\nLeave a Reply\n", Format.MARKDOWN).article();
    LintResult ok = new LintResult("news/a.md", null, Format.MARKDOWN, article, List.of(chrome), List.of(suppressed), List.of());
    LintResult bad =
        new LintResult(
            "img/photo.md", null, null, null, List.of(), List.of(), List.of(Diagnostic.error("io.binary", "binary content; skipped")));
    RuleMetadata meta =
        new RuleMetadata("page-chrome", "Page chrome in the body", Severity.ERROR, Category.BOILERPLATE, List.of("boilerplate"), "", true, Map.of());
    return new LintReport("Copydesk", "1.2.3", List.of(ok, bad), List.of(meta));
  }

  @Test
  void matchesTheGoldenFile() throws IOException {
    StringWriter w = new StringWriter();
    new JsonReporter().write(sample(), w);
    assertEquals(golden("/report/golden.json"), w.toString());
  }

  @Test
  void aLongReportRenderedInPartsSideBySideIsTheReportRenderedInTurn() throws IOException {
    LintReport one = sample();
    List<LintResult> many = new java.util.ArrayList<>();
    for (int i = 0; i < 5 * JsonReporter.PART + 17; i++) { // parts of every kind, the last one short
      LintResult r = one.results().get(i % 2);
      String id = "news/caf\u00E9-" + i + (i % 7 == 0 ? "-\u201Cquoted\u201D.md" : ".md");
      many.add(new LintResult(id, null, r.format(), null, r.findings(), r.suppressed(), r.diagnostics()));
    }
    LintReport report = new LintReport("Copydesk", "1.2.3", many, one.rules());
    for (boolean bytes : new boolean[] {true, false}) {
      String inTurn = written(new JsonReporter(Integer.MAX_VALUE), report, bytes);
      assertEquals(inTurn, written(new JsonReporter(1), report, bytes), bytes ? "as UTF-8" : "as characters");
      assertEquals(inTurn, written(new JsonReporter(), report, bytes));
      assertEquals(true, inTurn.contains("\"path\": \"news/caf\u00E9-1296.md\""), "every file is written");
    }
    // A report with no files at all, and one with a single file, rendered the same way.
    for (List<LintResult> few : List.of(List.<LintResult>of(), many.subList(0, 1))) {
      LintReport small = new LintReport("Copydesk", "1.2.3", few, one.rules());
      assertEquals(written(new JsonReporter(Integer.MAX_VALUE), small, true), written(new JsonReporter(0), small, true));
    }
  }

  /** The report as {@code reporter} writes it, through the command line's UTF-8 writer or as characters. */
  private static String written(JsonReporter reporter, LintReport report, boolean bytes) throws IOException {
    if (!bytes) {
      StringWriter w = new StringWriter();
      reporter.write(report, w);
      return w.toString();
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    dev.copydesk.core.internal.Utf8Writer w = new dev.copydesk.core.internal.Utf8Writer(out);
    reporter.write(report, w);
    w.flush();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void consoleLinesAndSummary() throws IOException {
    StringWriter w = new StringWriter();
    new ConsoleReporter().write(sample(), w);
    assertEquals(
        "news/a.md:5:1: error page-chrome Delete \"Leave a Reply\" <script>alert(1)</script>\n"
            + "img/photo.md: error io.binary binary content; skipped\n"
            + "1 finding (1 error, 0 warnings, 0 info) in 1 of 2 files; 1 suppressed; 1 unreadable\n",
        w.toString());
  }

  static String golden(String resource) throws IOException {
    try (InputStream in = JsonReporterTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
