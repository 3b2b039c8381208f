package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.report.LintReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSetTest {

  @TempDir Path dir;

  private static final LintReport REPORT = LintReport.of(VerdictTest.RESULTS, List.of());

  @Test
  void writesEachFormatOnceUnderItsConventionalName() throws Exception {
    ReportSet set = ReportSet.of(List.of("JSON, sarif", "html", "json", "console,checkstyle,junit"), dir, dir, "News", null, null);
    List<Path> files = set.write(REPORT, dir.resolve("out"), "digest", 4);
    assertEquals(List.of("copydesk.json", "copydesk.sarif", "copydesk.html", "copydesk.txt", "copydesk-checkstyle.xml", "copydesk-junit.xml"),
        files.stream().map(p -> p.getFileName().toString()).toList());
    for (Path f : files) {
      assertTrue(Files.size(f) > 0, f.toString());
    }
  }

  @Test
  void reportsWrittenFromTheSameInputsAndSettingsAreUpToDateWhileUntouched() throws Exception {
    Path out = dir.resolve("out");
    ReportSet set = ReportSet.of(List.of("json", "html"), dir, dir, "News", null, null);
    assertFalse(set.isUpToDate(out, "digest-1"), "nothing written yet");
    set.write(REPORT, out);
    assertFalse(set.isUpToDate(out, "digest-1"), "written without a digest: no stamp");
    List<Path> files = set.write(REPORT, out, "digest-1", 2);
    assertTrue(set.isUpToDate(out, "digest-1"));
    assertFalse(set.isUpToDate(out, "digest-2"), "other results");
    assertFalse(ReportSet.of(List.of("json", "html"), dir, dir, "Sport", null, null).isUpToDate(out, "digest-1"), "another title");
    assertFalse(ReportSet.of(List.of("json"), dir, dir, "News", null, null).isUpToDate(out, "digest-1"), "other formats");
    assertFalse(ReportSet.of(List.of("json", "html"), dir, dir, "News", null, f -> true).isUpToDate(out, "digest-1"), "a baseline");

    Files.writeString(files.get(0), "{}");
    assertFalse(set.isUpToDate(out, "digest-1"), "a report edited");
    set.write(REPORT, out, "digest-1", 2);
    Files.delete(files.get(1));
    assertFalse(set.isUpToDate(out, "digest-1"), "a report deleted");
    set.write(REPORT, out, "digest-2", 2);
    assertTrue(set.isUpToDate(out, "digest-2"));
    set.write(REPORT, out);
    assertFalse(set.isUpToDate(out, "digest-2"), "written again without a digest: the stamp is gone");
  }

  @Test
  void anUnknownFormatIsAClearError() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ReportSet.of(List.of("xml"), dir, dir, "News", null, null));
    assertEquals("Copydesk: unknown report format 'xml' (expected console, json, sarif, checkstyle, junit, html, github)", e.getMessage());
  }

  @Test
  void anUnwritableOutputDirectoryIsAClearError() throws Exception {
    Files.writeString(dir.resolve("copydesk"), "a file where the directory should be");
    ReportSet set = ReportSet.of(List.of("json"), dir, dir, "News", null, null);
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> set.write(REPORT, dir.resolve("copydesk")));
    assertTrue(e.getMessage().startsWith("Copydesk cannot write its reports to " + dir.resolve("copydesk")), e.getMessage());
    assertTrue(e.getMessage().contains("exists and is not a directory"), e.getMessage());
    // Written side by side, the reports fail alike, and the message names the first of them.
    ReportSet three = ReportSet.of(List.of("sarif", "json", "html"), dir, dir, "News", null, null);
    e = assertThrows(MojoExecutionException.class, () -> three.write(REPORT, dir.resolve("copydesk"), "digest", 3));
    assertTrue(e.getMessage().startsWith("Copydesk cannot write its reports to " + dir.resolve("copydesk")), e.getMessage());
  }

  @Test
  void sarifPathsAreRelativeToTheRepositoryRoot() {
    assertEquals("site/news/", ReportSet.prefix(dir.resolve("site/news"), dir));
    assertEquals("", ReportSet.prefix(dir, dir));
    assertEquals("", ReportSet.prefix(dir, dir.resolve("elsewhere")));
  }

  @Test
  void aBadRuleDocsUrlIsAClearError() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> ReportSet.of(List.of("sarif"), dir, dir, "News", "docs/{id}", null));
    assertTrue(e.getMessage().contains("rule documentation URL template"), e.getMessage());
  }
}
