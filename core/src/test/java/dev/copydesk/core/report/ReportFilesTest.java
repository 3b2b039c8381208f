package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path dir;

  @Test
  void writesUtf8AndCreatesDirectories() throws IOException {
    Path file = dir.resolve("target/copydesk/copydesk.sarif");
    ReportFiles.write(file, new SarifReporter(), ReportFixtures.newsroom());
    assertEquals(Golden.render(new SarifReporter(), ReportFixtures.newsroom()), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(1, count(file.getParent()), "no temporary file left behind");
  }

  @Test
  void bytesInNoOneCharsetAreWrittenAsTheyAre() throws IOException {
    Path file = dir.resolve("target/copydesk/copydesk-fixes.diff");
    byte[] mixed = {'-', 'c', 'a', 'f', (byte) 0xE9, '\n', '+', 'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9, '\n'};
    ReportFiles.writeAtomically(file, mixed);
    org.junit.jupiter.api.Assertions.assertArrayEquals(mixed, Files.readAllBytes(file));
    assertEquals(1, count(file.getParent()), "no temporary file left behind");
  }

  @Test
  void aLoneHighSurrogateAtTheEndIsWrittenAsAQuestionMark() throws IOException {
    Path file = dir.resolve("copydesk.txt");
    ReportFiles.writeAtomically(file, out -> out.write("end\uD83D"));
    assertEquals("end?", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theTextReachesTheFileInBufferfulsAndTheFileStaysOpenForTheSync() throws IOException {
    // Every write to a report file's stream is a system call: a megabyte of report must reach it in a
    // few dozen writes, not one write a byte.
    int[] writes = new int[1];
    boolean[] closed = new boolean[1];
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream() {
      @Override
      public synchronized void write(int b) {
        writes[0]++;
        super.write(b);
      }

      @Override
      public synchronized void write(byte[] b, int off, int len) {
        writes[0]++;
        super.write(b, off, len);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    String line = "{\"ruleId\": \"vague-date\", \"excerpt\": \"caf\u00E9 \u201Clast week\u201D \uD83D\uDCF0\"},\n";
    int lines = 20_000;
    try (java.io.Writer w = ReportFiles.textWriter(bytes)) {
      for (int i = 0; i < lines; i++) {
        w.write(line);
      }
    }
    String written = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(line.repeat(lines), written);
    int size = bytes.size();
    assertTrue(size > 1_000_000, size + " bytes");
    assertTrue(writes[0] <= size / 8192 + 2, writes[0] + " writes for " + size + " bytes");
    assertFalse(closed[0], "closing the writer leaves the file's stream open for the sync");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("copydesk.json");
    Files.writeString(file, "old");
    assertThrows(IOException.class, () -> ReportFiles.writeAtomically(file, out -> {
      out.write("half a rep");
      throw new IOException("disk full");
    }));
    assertEquals("old", Files.readString(file));
    assertEquals(1, count(dir));
  }

  @Test
  void anOutputDirectoryThatIsAFileIsAClearError() throws IOException {
    Path notADir = dir.resolve("copydesk");
    Files.writeString(notADir, "x");
    IOException e = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(notADir.resolve("copydesk.html"), out -> out.write("x")));
    assertEquals(notADir + ": exists and is not a directory", e.getMessage());
    e = assertThrows(IOException.class, () -> ReportFiles.writeAtomically(notADir.resolve("deeper/copydesk.html"), out -> out.write("x")));
    assertEquals(notADir + ": exists and is not a directory", e.getMessage(), "a file further up is named too");
  }

  @Test
  void severalReportsAreWrittenTogetherAsEachWouldBeAlone() throws IOException {
    LintReport report = ReportFixtures.newsroom();
    List<Reporter> reporters = List.of(new JsonReporter(), new SarifReporter(), new CheckstyleReporter(), new JunitReporter());
    List<Path> files = reporters.stream().map(r -> dir.resolve("out").resolve(r.defaultFileName())).toList();
    List<IOException> failures = ReportFiles.writeAll(files, reporters, report, 3);
    assertEquals(Arrays.asList(null, null, null, null), failures);
    for (int i = 0; i < reporters.size(); i++) {
      assertEquals(Golden.render(reporters.get(i), report), Files.readString(files.get(i), StandardCharsets.UTF_8));
    }
    assertEquals(reporters.size(), count(dir.resolve("out")), "no temporary file left behind");
  }

  @Test
  void aReportThatCannotBeWrittenIsNamedAndTheOthersAreWritten() throws IOException {
    Path notADir = dir.resolve("blocked");
    Files.writeString(notADir, "x");
    List<Reporter> reporters = List.of(new JsonReporter(), new SarifReporter(), new CheckstyleReporter());
    List<Path> files = List.of(dir.resolve("copydesk.json"), notADir.resolve("copydesk.sarif"), dir.resolve("copydesk-checkstyle.xml"));
    for (int threads : new int[] {1, 2, 3}) {
      List<IOException> failures = ReportFiles.writeAll(files, reporters, ReportFixtures.newsroom(), threads);
      assertNull(failures.get(0));
      assertEquals(notADir + ": exists and is not a directory", failures.get(1).getMessage(), "threads " + threads);
      assertNull(failures.get(2));
      assertTrue(Files.isRegularFile(files.get(0)) && Files.isRegularFile(files.get(2)));
    }
  }

  @Test
  void aReporterThatFailsIsThrownOnceTheOthersAreWritten() {
    Reporter broken = new Reporter() {
      @Override
      public String format() {
        return "json";
      }

      @Override
      public String defaultFileName() {
        return "copydesk.json";
      }

      @Override
      public void write(LintReport report, java.io.Writer out) {
        throw new IllegalStateException("a bug in a reporter");
      }
    };
    List<Reporter> reporters = List.of(broken, new SarifReporter());
    List<Path> files = List.of(dir.resolve("copydesk.json"), dir.resolve("copydesk.sarif"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ReportFiles.writeAll(files, reporters, ReportFixtures.newsroom(), 2));
    assertEquals("a bug in a reporter", e.getMessage());
    assertTrue(Files.isRegularFile(files.get(1)), "the other report is written");
    assertFalse(Files.exists(files.get(0)));
  }

  private static long count(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }
}
