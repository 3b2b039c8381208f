package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
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

  static LintResult unchecked(String id, String code) {
    return new LintResult(id, null, null, null, List.of(), List.of(), List.of(
        new Diagnostic(Diagnostic.Level.WARNING, "io.charset", "unknown label", null), Diagnostic.error(code, "bad")));
  }

  @Test
  void aFileThatCouldNotBeCheckedFailsWhateverTheLimitUnlessTheThresholdIsNone() {
    List<LintResult> clean = List.of(
        new LintResult("c.md", null, null, null, List.of(), List.of(),
            List.of(new Diagnostic(Diagnostic.Level.WARNING, "parse.front-matter", "ignored", null))));
    assertFalse(Verdict.of("error", 0).fails(clean), "a warning diagnostic: the file was checked");

    List<LintResult> withBinary = List.of(clean.get(0), unchecked("photo.md", "io.binary"));
    assertTrue(Verdict.of("error", 0).fails(withBinary));
    assertTrue(Verdict.of("info", 1000).fails(withBinary), "maxAllowedFindings counts findings, not unread files");
    assertFalse(Verdict.of("none", 0).fails(withBinary));
    assertEquals(List.of(withBinary.get(1)), Verdict.unchecked(withBinary));
  }

  @Test
  void failureMessageNamesTheFilesNotChecked() {
    List<LintResult> results = new java.util.ArrayList<>(RESULTS);
    results.add(unchecked("photo.md", "io.binary"));
    LintReport report = LintReport.of(results, List.of());
    assertEquals(
        "Copydesk could not check 1 file: fix it or leave it out with the configuration's exclude.\n"
            + "  by severity: 2 errors, 1 warning, 1 info\n"
            + "  by rule: hedging 1, page-chrome 2, vague-date 1\n"
            + "  not checked: photo.md (io.binary)",
        Verdict.of("error", 2).failureMessage(report, List.of()));
    assertTrue(Verdict.of("error", 0).failureMessage(report, List.of()).startsWith(
        "Copydesk found 2 findings at or above error (none allowed). Copydesk could not check 1 file:"));

    for (int i = 0; i < Verdict.NAMED_UNCHECKED + 2; i++) {
      results.add(unchecked("old-" + i + ".md", "io.encoding"));
    }
    String many = Verdict.of("error", 2).failureMessage(LintReport.of(results, List.of()), List.of());
    assertTrue(many.startsWith("Copydesk could not check 13 files: fix them or leave them out"), many);
    assertTrue(many.endsWith("old-8.md (io.encoding) and 3 more (see the log)"), many);
  }

  @Test
  void theBaselineGoalSaysWhichFilesItCannotAccept() {
    assertEquals(java.util.Optional.empty(), Verdict.baselineCannotAccept(RESULTS));
    List<LintResult> results = new java.util.ArrayList<>(RESULTS);
    results.add(unchecked("photo.md", "io.binary"));
    assertEquals(
        "Copydesk: 1 file could not be checked, and a baseline cannot accept it: copydesk:check fails on it until"
            + " it is fixed or left out with the configuration's exclude (photo.md (io.binary))",
        Verdict.baselineCannotAccept(results).orElseThrow());
    results.add(unchecked("old.md", "io.encoding"));
    assertTrue(Verdict.baselineCannotAccept(results).orElseThrow().startsWith(
        "Copydesk: 2 files could not be checked, and a baseline cannot accept them: copydesk:check fails on them"
            + " until they are fixed"));
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
