package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.ReportSettings;
import dev.copydesk.core.report.Reporters;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Copydesk HTML report among the articles is said to be one and not linted. */
class CopydeskReportTest {

  private final Linter linter = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).ruleProviders(false).build();

  @Test
  void aReportIsNotLintedAsAnArticle() throws IOException {
    // A real report of an article with page chrome: its text quotes the chrome it found.
    LintResult article = linter.lint("# Budget\n\nLeave a Reply\n", Format.MARKDOWN, "budget.md");
    assertEquals(1, article.findings().size());
    StringWriter html = new StringWriter();
    Reporters.forFormat("html", ReportSettings.builder().build()).orElseThrow()
        .write(LintReport.of(List.of(article), linter.rules().metadata()), html);
    assertTrue(html.toString().contains("Leave a Reply"), "the report quotes the finding");

    LintResult report = linter.lint(html.toString(), Format.HTML, "old/copydesk.html");

    assertEquals(List.of(), report.findings());
    assertEquals(List.of("parse.copydesk-report"), report.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(report.diagnostics().get(0).message().startsWith("a Copydesk report (Copydesk "), report.diagnostics().get(0).message());
  }

  @Test
  void theConsoleListingIsNotLintedAsAnArticle() throws IOException {
    LintResult article = linter.lint("Budget\n\nLeave a Reply\n", Format.TEXT, "budget.txt");
    StringWriter txt = new StringWriter();
    Reporters.forFormat("console", ReportSettings.builder().build()).orElseThrow()
        .write(LintReport.of(List.of(article), linter.rules().metadata()), txt);
    assertTrue(txt.toString().contains("budget.txt:3:1: error") && txt.toString().contains("1 finding (1 error"), txt.toString());

    LintResult report = linter.lint(txt.toString().replace("\n", "\r\n"), Format.TEXT, "old/copydesk.txt");

    assertEquals(List.of(), report.findings());
    assertEquals(List.of("parse.copydesk-report"), report.diagnostics().stream().map(Diagnostic::code).toList());
    // An article that only mentions such a line, or ends with one that differs, is an article.
    LintResult mention = linter.lint("Notes\n\nLeave a Reply\n\n3 findings in 2 files; 0 suppressed\n", Format.TEXT, "notes.txt");
    assertEquals(List.of(), mention.diagnostics());
    assertEquals(1, mention.findings().size());
  }

  @Test
  void anotherToolsGeneratorIsAnOrdinaryPage() {
    LintResult page = linter.lint(
        "<html><head><meta name=\"generator\" content=\"WordPress 6.4\"></head><body><p>Leave a Reply</p></body></html>",
        Format.HTML, "page.html");
    assertEquals(List.of(), page.diagnostics());
    assertEquals(1, page.findings().size());
  }
}
