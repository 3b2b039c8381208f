package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class FindingLogTest {

  @Test
  void linesLookLikeCompilerErrors() {
    assertEquals("content/a.md:[3,7] warning vague-date: Give the date. Please.",
        FindingLog.line("content/a.md", new Finding("vague-date", Severity.WARNING, "Give the date.\nPlease.", new Span(40, 49),
            new Position(3, 7), new Position(3, 16), "last week", List.of())));
    assertEquals("content/b.md not linted (io.binary): binary content",
        FindingLog.line("content/b.md", Diagnostic.error("io.binary", "binary content")));
    assertEquals("content/b.md:[2,1] warning (parse.front-matter): ignored",
        FindingLog.line("content/b.md", new Diagnostic(Diagnostic.Level.WARNING, "parse.front-matter", "ignored", new Position(2, 1))));
  }

  @Test
  void pathsAreRelativeToWhereMavenStarted() {
    Path root = Path.of("/work/site").toAbsolutePath();
    FindingLog log = new FindingLog(new SystemStreamLog(), root.resolve("news"), root);
    assertEquals("news/content/a.md", log.display("content/a.md"));
    FindingLog outside = new FindingLog(new SystemStreamLog(), root.resolve("news"), root.resolve("other"));
    assertEquals(root.resolve("news/content/a.md").toString(), outside.display("content/a.md"));
  }

  @Test
  void logLevelFollowsSeverity() {
    List<String> seen = new ArrayList<>();
    SystemStreamLog log = new SystemStreamLog() {
      @Override public void error(CharSequence c) { seen.add("error " + c); }
      @Override public void warn(CharSequence c) { seen.add("warn " + c); }
      @Override public void info(CharSequence c) { seen.add("info " + c); }
    };
    new FindingLog(log, Path.of("/p"), Path.of("/p")).print(VerdictTest.RESULTS);
    assertEquals(List.of("error a.md:[1,1] error page-chrome: msg", "warn a.md:[2,1] warning vague-date: msg",
        "info a.md:[3,1] info hedging: msg", "error b.md:[4,1] error page-chrome: msg"), seen);

    seen.clear();
    new FindingLog(log, Path.of("/p"), Path.of("/p")).print(List.of(VerdictTest.unchecked("photo.md", "io.binary")));
    assertEquals(List.of("warn photo.md warning (io.charset): unknown label", "error photo.md not linted (io.binary): bad"),
        seen, "a file that could not be checked fails the build, and is logged as an error");
  }
}
