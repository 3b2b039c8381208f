package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static long count(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.count();
    }
  }
}
