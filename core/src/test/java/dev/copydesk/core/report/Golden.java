package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under {@code src/test/resources/report/}. Run the tests with
 * {@code -Dcopydesk.updateGolden=true} to rewrite the golden files after an intended change, then review
 * the diff.
 */
final class Golden {

  private static final Path DIR = Path.of("src", "test", "resources", "report");

  private Golden() {}

  static String render(Reporter reporter, LintReport report) throws IOException {
    StringWriter out = new StringWriter();
    reporter.write(report, out);
    return out.toString();
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("copydesk.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected;
    try (var in = Golden.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new AssertionError("golden file " + file + " is missing; run with -Dcopydesk.updateGolden=true to create it");
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected.replace("\r\n", "\n"), actual.replace("\r\n", "\n"),
        "output differs from " + file + " (run with -Dcopydesk.updateGolden=true to accept the change, then review the diff)");
  }
}
