package dev.copydesk.maven;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.report.ConsoleReporter;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders the site report through Doxia: summary tables, then a table of findings per file, then files
 * that could not be linted. Doxia escapes all text. Not thread-safe; one per report.
 */
final class SiteReportRenderer extends AbstractMavenReportRenderer {

  private final LintReport report;
  private final String annotatedPage;
  private final int baselined;

  SiteReportRenderer(Sink sink, LintReport report, Path baseDirectory, String annotatedPage, int baselined) {
    super(sink);
    this.report = report;
    this.annotatedPage = annotatedPage;
    this.baselined = baselined;
  }

  @Override
  public String getTitle() {
    return "Copydesk";
  }

  @Override
  protected void renderBody() {
    startSection("Copydesk");
    paragraph(ConsoleReporter.summary(report) + (baselined > 0 ? " (" + baselined + " accepted by the baseline)" : "") + ".");
    sink.paragraph();
    link(annotatedPage, "Read the articles with their findings highlighted");
    sink.paragraph_();

    startSection("By severity");
    startTable();
    tableHeader(new String[] {"Severity", "Findings"});
    for (Map.Entry<Severity, Long> e : report.countsBySeverity().entrySet()) {
      tableRow(new String[] {e.getKey().id(), Long.toString(e.getValue())});
    }
    endTable();
    endSection();

    startSection("By rule");
    startTable();
    tableHeader(new String[] {"Rule", "What it flags", "Findings"});
    Map<String, Long> byRule = report.countsByRule();
    for (RuleMetadata m : report.rules()) {
      tableRow(new String[] {m.id(), m.summary(), Long.toString(byRule.getOrDefault(m.id(), 0L))});
    }
    endTable();
    endSection();

    if (report.findingCount() > 0) {
      startSection("Findings");
      for (LintResult r : report.results()) {
        if (r.findings().isEmpty()) {
          continue;
        }
        startSection(r.id());
        startTable();
        tableHeader(new String[] {"Line", "Column", "Severity", "Rule", "Message", "Text"});
        for (Finding f : r.findings()) {
          tableRow(new String[] {
            Integer.toString(f.start().line()), Integer.toString(f.start().column()), f.severity().id(), f.ruleId(),
            f.message(), f.excerpt()
          });
        }
        endTable();
        endSection();
      }
      endSection();
    }

    if (report.diagnosticCount() > 0) {
      startSection("Files with problems");
      startTable();
      tableHeader(new String[] {"File", "Level", "Code", "Problem"});
      for (LintResult r : report.results()) {
        for (Diagnostic d : r.diagnostics()) {
          tableRow(new String[] {r.id(), d.level().name().toLowerCase(java.util.Locale.ROOT), d.code(), d.message()});
        }
      }
      endTable();
      endSection();
    }
    endSection();
  }
}
