package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.cache.ResultCache;
import dev.copydesk.core.fix.FileFixer;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code .gz} file is read decompressed, within the size limit, and never rewritten. */
class CompressedFilesTest {

  @TempDir Path dir;

  private static final String PAGE =
      "<html><head><title>Budget</title></head><body><article><h1>Budget</h1>\n<p>The council met on Monday.</p>\n"
          + "<p>Leave a Reply</p>\n</article></body></html>\n";

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static List<String> describe(LintResult r) {
    return r.findings().stream().map(f -> f.ruleId() + " " + f.start() + "-" + f.end() + " " + f.message()).toList();
  }

  @Test
  void aCompressedPageIsLintedAsItsTextWithTheSamePositions() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).threads(1).articleRetention(ArticleRetention.NONE).build();
    Path plain = Files.writeString(dir.resolve("budget.html"), PAGE);
    Path compressed = Files.write(dir.resolve("budget.html.GZ"), gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    LintResult expected = linter.lint(plain);
    LintResult r = linter.lint(compressed);
    assertEquals(Format.HTML, r.format());
    assertEquals(List.of(), r.diagnostics());
    assertEquals(1, r.findings().size());
    assertEquals(describe(expected), describe(r));
    // Let go of and read again (for the HTML report): decompressed again, the same text.
    assertEquals(PAGE, r.article().source());
    // Two members, as cat a.gz b.gz writes them, read as gunzip reads them: one after the other.
    byte[] half = PAGE.substring(0, 40).getBytes(StandardCharsets.UTF_8);
    byte[] rest = PAGE.substring(40).getBytes(StandardCharsets.UTF_8);
    byte[] a = gzip(half);
    byte[] b = gzip(rest);
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    assertEquals(describe(expected), describe(linter.lint(Files.write(dir.resolve("two-members.html.gz"), both))));
  }

  @Test
  void aBrokenOrTooLargeCompressedFileIsADiagnosticAndTheRestIsLinted() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).threads(1).maxFileSize(256 * 1024).build();
    byte[] valid = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    Path truncated = Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(valid, valid.length / 2));
    Path notGzip = Files.writeString(dir.resolve("plain.txt.gz"), "Leave a Reply\n");
    // 100 MB of spaces compress to about 100 KB: read up to the limit and no further.
    Path bomb = dir.resolve("bomb.txt.gz");
    try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 100; i++) {
        gz.write(spaces);
      }
    }
    assertTrue(Files.size(bomb) < 256 * 1024, Files.size(bomb) + " bytes");
    Path good = Files.write(dir.resolve("good.html.gz"), valid);
    List<LintResult> results = linter.lintAll(List.of(truncated, notGzip, bomb, good));
    assertEquals("io.unreadable", results.get(0).diagnostics().get(0).code());
    assertEquals("not valid gzip: the file ends before its compressed data does; skipped", results.get(0).diagnostics().get(0).message());
    assertEquals("io.unreadable", results.get(1).diagnostics().get(0).code());
    assertTrue(results.get(1).diagnostics().get(0).message().startsWith("not valid gzip: Not in GZIP format"), results.get(1).diagnostics().toString());
    assertEquals("io.too-large", results.get(2).diagnostics().get(0).code());
    assertEquals("decompresses to more than 256.0 KiB, the limit (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
        results.get(2).diagnostics().get(0).message());
    assertFalse(results.get(2).isLinted());
    assertEquals(List.of("leave-a-reply"), results.get(3).findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void theCacheKeepsACompressedFilesResultsAndFixesLeaveItAlone() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new TestRules.LeaveAReplyWithFix())).threads(1).build();
    byte[] bytes = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("budget.html.gz"), bytes);
    ResultCache cache = ResultCache.builder(dir.resolve("cache"), linter).build();
    List<LintResult> first = cache.lintAll(List.of(file));
    ResultCache again = ResultCache.builder(dir.resolve("cache"), linter).build();
    List<LintResult> second = again.lintAll(List.of(file));
    assertEquals(1, again.stats().hits());
    assertEquals(describe(first.get(0)), describe(second.get(0)));
    assertEquals(PAGE, second.get(0).article().source(), "a cached result reads the page again, decompressed");

    FileFixer.Outcome o = new FileFixer(linter).fix(first.get(0), true);
    assertEquals(FileFixer.Status.SKIPPED, o.status());
    assertEquals("compressed (gzip); fix it in the uncompressed article", o.problem());
    assertArrayEquals(bytes, Files.readAllBytes(file), "the file is not touched");
  }
}
