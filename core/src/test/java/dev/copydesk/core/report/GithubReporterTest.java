package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** GitHub Actions workflow commands: one per finding and diagnostic, escaped as the toolkit escapes. */
class GithubReporterTest {

  // A workflow command as the runner reads it: ::command k=v,k=v::message, nothing unescaped in between.
  private static final Pattern COMMAND = Pattern.compile("::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\\r\\n]*,?)+)::([^\\r\\n]*)");

  @Test
  void matchesGoldenFile() throws IOException {
    Golden.assertMatches("newsroom.github.txt", Golden.render(new GithubReporter(), ReportFixtures.newsroom()));
  }

  @Test
  void everyFindingIsOneWellFormedCommandAtItsPosition() throws IOException {
    LintReport report = ReportFixtures.newsroom();
    String out = Golden.render(new GithubReporter("sites/news"), report);
    List<String> lines = out.lines().toList();
    long findings = report.results().stream().mapToLong(r -> r.findings().size() + r.diagnostics().size()).sum();
    assertEquals(findings + 1, lines.size(), "a line each, then the summary");
    for (String line : lines.subList(0, lines.size() - 1)) {
      Matcher m = COMMAND.matcher(line);
      assertTrue(m.matches(), line);
      assertTrue(m.group(2).startsWith("file=sites/news/"), line);
    }
    assertEquals(ConsoleReporter.summary(report), lines.get(lines.size() - 1));
  }

  @Test
  void severitiesMapToCommandsAndValuesAreEscaped() throws IOException {
    Finding info = new Finding("house, style", Severity.INFO, "100% sure:\nsee the guide", new Span(0, 4),
        new Position(2, 3), new Position(2, 7), "text", List.of());
    Finding warning = new Finding("hedging", Severity.WARNING, "Maybe.", new Span(5, 9), new Position(3, 1),
        new Position(3, 5), "text", List.of());
    LintResult r = new LintResult("news/a,b:c.md", null, null, null, List.of(info, warning), List.of(),
        List.of(Diagnostic.error("io.encoding", "not valid UTF-8")));
    String out = Golden.render(new GithubReporter(), LintReport.of(List.of(r), List.of()));
    List<String> lines = out.lines().toList();
    assertEquals("::error file=news/a%2Cb%3Ac.md,title=Copydesk io.encoding::not valid UTF-8", lines.get(0));
    assertEquals("::notice file=news/a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=7,title=Copydesk house%2C style::100%25 sure:%0Asee the guide",
        lines.get(1));
    assertTrue(lines.get(2).startsWith("::warning file=news/a%2Cb%3Ac.md,line=3,col=1,"), lines.get(2));
  }
}
