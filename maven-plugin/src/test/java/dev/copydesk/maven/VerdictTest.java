package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

  static Finding finding(String rule, Severity s, int line) {
    return new Finding(rule, s, "msg", new Span(0, 1), new Position(line, 1), new Position(line, 2), "x", List.of());
  }

  static final List<LintResult> RESULTS = List.of(
      new LintResult("a.md", null, null, null,
          List.of(finding("page-chrome", Severity.ERROR, 1), finding("vague-date", Severity.WARNING, 2), finding("hedging", Severity.INFO, 3)),
          List.of(), List.of()),
      new LintResult("b.md", null, null, null, List.of(finding("page-chrome", Severity.ERROR, 4)), List.of(), List.of()));

  @Test
  void countsFindingsAtOrAboveTheThreshold() {
    assertEquals(2, Verdict.of("error", 0).counted(RESULTS));
    assertEquals(3, Verdict.of("WARNING", 0).counted(RESULTS));
    assertEquals(4, Verdict.of("info", 0).counted(RESULTS));
    assertEquals(0, Verdict.of("none", 0).counted(RESULTS));
  }

  @Test
  void failsOnlyWhenMoreThanAllowed() {
    assertTrue(Verdict.of("error", 1).fails(RESULTS));
    assertFalse(Verdict.of("error", 2).fails(RESULTS));
    assertFalse(Verdict.of("none", 0).fails(RESULTS));
    assertFalse(Verdict.of("error", 0).fails(List.of()));
  }

  @Test
  void rejectsUnknownThresholdsAndNegativeLimits() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Verdict.of("fatal", 0));
    assertEquals("failOnSeverity must be error, warning, info or none, was 'fatal'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Verdict.of("error", -1));
  }

  @Test
  void failureMessageSummarisesOnce() {
    LintReport report = LintReport.of(RESULTS, List.of());
    assertEquals(
        "Copydesk found 2 findings at or above error, more than the 1 allowed (maxAllowedFindings).\n"
            + "  by severity: 2 errors, 1 warning, 1 info\n"
            + "  by rule: hedging 1, page-chrome 2, vague-date 1\n"
            + "  reports: target/copydesk/copydesk.json",
        Verdict.of("error", 1).failureMessage(report, List.of("target/copydesk/copydesk.json")));
    assertTrue(Verdict.of("warning", 0).failureMessage(report, List.of()).startsWith("Copydesk found 3 findings at or above warning (none allowed)."));
  }
}
