package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linter only reads content: a read-only file and a read-only folder lint, and after a run the
 * files' bytes, modification times and permissions are what they were, and no file has appeared beside
 * them. The file-size limit is exact and configurable.
 */
class FileSafetyTest {

  /** Flags a "Leave a Reply" block, so that the runs below have findings. */
  @RuleInfo(id = "leave-a-reply", summary = "Comment form heading", severity = Severity.ERROR, category = Category.BOILERPLATE)
  static final class LeaveAReply implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (block.text().strip().equals("Leave a Reply")) {
        context.report(block, 0, block.text().length(), "Delete the comment form.");
      }
    }
  }

  private static final String ARTICLE = "Council passes budget\n\nThe council approved it.\n\nLeave a Reply\n";

  private static Linter linter(Path base, long maxFileSize) {
    return Linter.builder().rules(List.of(new LeaveAReply())).baseDirectory(base).maxFileSize(maxFileSize).threads(2).build();
  }

  @Test
  void readOnlyContentIsLintedAndLeftExactlyAsItWas(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("news"));
    Path md = Files.writeString(folder.resolve("a.md"), "---\ntitle: A\n---\n" + ARTICLE);
    Path html = Files.writeString(folder.resolve("b.html"), "<article><p>Text.</p><p>Leave a Reply</p></article>");
    Path txt = Files.writeString(folder.resolve("c.txt"), ARTICLE);
    Set<PosixFilePermission> readOnly = PosixFilePermissions.fromString("r--r--r--");
    FileTime past = FileTime.fromMillis(1_000_000_000_000L);
    for (Path p : List.of(md, html, txt)) {
      Files.setLastModifiedTime(p, past);
      Files.setPosixFilePermissions(p, readOnly);
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      List<byte[]> before = List.of(Files.readAllBytes(md), Files.readAllBytes(html), Files.readAllBytes(txt));
      List<Path> listingBefore = list(folder);

      Linter l = linter(dir, Linter.DEFAULT_MAX_FILE_SIZE);
      List<LintResult> results = l.lintAll(List.of(md, html, txt));
      LintResult single = l.lint(md);

      for (LintResult r : results) {
        assertTrue(r.isLinted(), r.id() + ": " + r.diagnostics());
        assertEquals(1, r.findings().size(), r.id() + ": " + r.findings());
      }
      assertEquals(results.get(0).findings(), single.findings());
      List<Path> files = List.of(md, html, txt);
      for (int i = 0; i < files.size(); i++) {
        Path p = files.get(i);
        assertArrayEquals(before.get(i), Files.readAllBytes(p), p + " changed");
        assertEquals(past, Files.getLastModifiedTime(p), p + " was touched");
        assertEquals(readOnly, Files.getPosixFilePermissions(p), p + " permissions changed");
      }
      assertEquals(listingBefore, list(folder), "files appeared or vanished beside the content");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void theSizeLimitIsExactAndSaysWhatToDo(@TempDir Path dir) throws IOException {
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Path exact = Files.write(dir.resolve("exact.txt"), body);
    Path over = Files.write(dir.resolve("over.txt"), (ARTICLE + "x").getBytes(StandardCharsets.UTF_8));
    List<LintResult> r = linter(dir, body.length).lintAll(List.of(exact, over));
    assertTrue(r.get(0).isLinted(), r.get(0).diagnostics().toString());
    assertEquals(1, r.get(0).findings().size());
    assertEquals("io.too-large", r.get(1).diagnostics().get(0).code());
    assertEquals(
        "file is " + (body.length + 1) + " bytes, over the limit of " + body.length + " bytes (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
        r.get(1).diagnostics().get(0).message());
    assertEquals(
        "maxFileSize must be positive, was 0",
        assertThrows(IllegalArgumentException.class, () -> Linter.builder().maxFileSize(0)).getMessage());
  }

  @Test
  void aFileTooLargeToReadIsRefusedWhateverTheLimit(@TempDir Path dir) throws IOException {
    Path huge = dir.resolve("huge.txt");
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      raf.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB on paper, nothing on disk
    }
    LintResult r = linter(dir, 4L * 1024 * 1024 * 1024).lint(huge);
    assertEquals("io.too-large", r.diagnostics().get(0).code());
    assertEquals("file is 3.0 GiB, over the 1.0 GiB a file can have to be read; skipped", r.diagnostics().get(0).message());
    LintResult capped = linter(dir, 2L * 1024 * 1024 * 1024).lint(huge);
    assertEquals("file is 3.0 GiB, over the limit of 2.0 GiB (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped", capped.diagnostics().get(0).message());
  }

  @Test
  void aDeviceOrAPipeIsNotReadForever(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      return;
    }
    Path link = Files.createSymbolicLink(dir.resolve("endless.md"), zero);
    LintResult r = linter(dir, Linter.DEFAULT_MAX_FILE_SIZE).lint(link);
    assertEquals("io.unreadable", r.diagnostics().get(0).code());
    assertEquals("not a regular file", r.diagnostics().get(0).message());
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
