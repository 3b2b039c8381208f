package dev.copydesk.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing fixes into files: exactly, atomically, and never into a file that changed or cannot take them. */
class FileFixerTest {

  /** Flags "utilize" with the fix "use", and a block that is only "Leave a Reply" with a deletion. */
  @RuleInfo(id = "test-fixes", summary = "Test rule with fixes", severity = Severity.ERROR, category = Category.STYLE)
  static final class Fixes implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      String text = block.text();
      for (int at = text.indexOf("utilize"); at >= 0; at = text.indexOf("utilize", at + 1)) {
        context.at(block, at, at + 7).message("Say use.").fix("use").report();
      }
      if (text.strip().equals("Leave a Reply")) {
        int start = text.indexOf('L');
        context.at(block, start, start + 13).message("Chrome.").fix(dev.copydesk.core.rule.Fix.delete(block.toSource(start, start + 13))).report();
      }
      for (int at = text.indexOf("cafe"); at >= 0; at = text.indexOf("cafe", at + 1)) {
        context.at(block, at, at + 4).message("Accent.").fix("caf\u00e9 \u2019").report();
      }
    }
  }

  @TempDir Path dir;

  private Linter linter(Charset encoding) {
    return Linter.builder().rules(List.of(new Fixes())).ruleProviders(false).baseDirectory(dir).encoding(encoding).build();
  }

  @Test
  void writesTheFixesKeepingTheMarkTheLineBreaksAndThePermissions() throws IOException {
    Path file = dir.resolve("budget.md");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("# Budget \u2014 2026\r\n\r\nWe will utilize the funds.\r\n\r\nLeave a Reply\r\n\r\nIt rained.\r\n".getBytes(StandardCharsets.UTF_8));
    Files.write(file, bytes.toByteArray());
    boolean posix = Files.getFileStore(file).supportsFileAttributeView("posix");
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    }
    Linter linter = linter(StandardCharsets.UTF_8);
    LintResult result = linter.lint(file);
    assertEquals(2, result.findings().size());

    FileFixer.Outcome dry = new FileFixer(linter).fix(result, false);
    assertEquals(FileFixer.Status.FIXED, dry.status());
    assertArrayEquals(bytes.toByteArray(), Files.readAllBytes(file), "a dry run writes nothing");

    FileFixer.Outcome o = new FileFixer(linter).fix(result, true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals(2, o.plan().fixedFindings());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    expected.writeBytes("# Budget \u2014 2026\r\n\r\nWe will use the funds.\r\n\r\nIt rained.\r\n".getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(expected.toByteArray(), Files.readAllBytes(file));
    if (posix) {
      Set<PosixFilePermission> kept = Files.getPosixFilePermissions(file);
      assertEquals(PosixFilePermissions.fromString("rw-r-----"), kept);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file left");
    }
    assertEquals(List.of(), linter.lint(file).findings(), "linted again, nothing is left");
  }

  @Test
  void deletingABlocksWholeTextTakesItsMarkup() throws IOException {
    Linter linter = linter(StandardCharsets.UTF_8);
    Path html = Files.writeString(dir.resolve("page.html"), "<html><body><article>\n<h1>Budget</h1>\n"
        + "<p>The council approved the budget on Monday, its chair said, after a long debate.</p>\n"
        + "<p>Leave a Reply</p>\n<ul><li>Read this</li><li><b>Leave a Reply</b></li></ul>\n</article></body></html>\n");
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(html), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals("<html><body><article>\n<h1>Budget</h1>\n"
        + "<p>The council approved the budget on Monday, its chair said, after a long debate.</p>\n"
        + "<ul><li>Read this</li></ul>\n</article></body></html>\n", Files.readString(html));

    Path md = Files.writeString(dir.resolve("page.md"), "# Budget\n\nThe council met.\n\n- Read this\n- **Leave a Reply**\n");
    o = new FileFixer(linter).fix(linter.lint(md), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals("# Budget\n\nThe council met.\n\n- Read this\n", Files.readString(md));
  }

  /** Deletes, as one fix, every block from a "Related" heading to the end: a list and its heading. */
  @RuleInfo(id = "test-related", summary = "Test rule over blocks", severity = Severity.ERROR, category = Category.STYLE)
  static final class Related implements dev.copydesk.core.rule.ArticleRule {
    @Override
    public void check(dev.copydesk.core.model.Article article, RuleContext context) {
      List<Block> blocks = article.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).text().equals("Related")) {
          Block last = blocks.get(blocks.size() - 1);
          dev.copydesk.core.model.Span span = new dev.copydesk.core.model.Span(
              blocks.get(i).toSource(0, 7).start(), last.toSource(0, last.text().length()).end());
          context.at(span).message("Related links.").fix(dev.copydesk.core.rule.Fix.delete(span)).report();
        }
      }
    }
  }

  @Test
  void aDeletionOverSeveralBlocksDeletesEachWholeAndKeepsTheMarkupBetween() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new Related())).ruleProviders(false).baseDirectory(dir).build();
    String page = "<html><body><article>\n<p>The council approved the budget on Monday, its chair said, after a long debate.</p>\n"
        + "<div class=\"more\"><h2>Related</h2></div>\n<ul>\n<li>Rates held</li>\n<li>Rain due</li>\n</ul>\n</article></body></html>\n";
    Path html = Files.writeString(dir.resolve("related.html"), page);
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(html), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals(1, o.plan().fixedFindings());
    // The heading and the two items, each whole; the div and the list they empty go with them.
    assertEquals(2, o.plan().edits().size(), o.plan().edits().toString());
    assertEquals("<html><body><article>\n<p>The council approved the budget on Monday, its chair said, after a long debate.</p>\n"
        + "</article></body></html>\n", Files.readString(html));
  }

  @Test
  void elementsTheDeletionsEmptyGoUnlessScriptsOrTablesMayNeedThem() throws IOException {
    Linter linter = linter(StandardCharsets.UTF_8);
    String story = "<p>The council approved the budget on Monday, its chair said, after a long debate.</p>\n";
    Path html = Files.writeString(dir.resolve("emptied.html"), "<html><body><article>\n" + story
        + "<div class=\"respond\">\n  <a href=\"#c\"><h3>Leave a Reply</h3></a>\n</div>\n"
        + "<div id=\"comments\"><p>Leave a Reply</p></div>\n"
        + "<table><tr><td>Leave a Reply</td><td>1</td></tr></table>\n"
        + "<ul class=\"share\"><li>Leave a Reply</li> <li>Leave a Reply</li></ul><p>More news.</p>\n"
        + "</article></body></html>\n");
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(html), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals("<html><body><article>\n" + story
        + "<div id=\"comments\"></div>\n"
        + "<table><tr><td></td><td>1</td></tr></table>\n"
        + "<p>More news.</p>\n"
        + "</article></body></html>\n", Files.readString(html));
    assertEquals(5, o.plan().fixedFindings());
  }

  @Test
  void aFixThatWouldCutAnElementIsDeclined() throws IOException {
    Path html = Files.writeString(dir.resolve("cut.html"), "<html><body><article>\n"
        + "<p>The council approved the budget on Monday, its chair said, after a long <b>utilize</b> debate.</p>\n"
        + "</article></body></html>\n");
    // A replacement whose span, as the rule gives it, runs from the text into the tag after it.
    @RuleInfo(id = "test-cut", summary = "Test rule cutting markup", severity = Severity.ERROR, category = Category.STYLE)
    final class Cut implements BlockRule {
      @Override
      public void check(Block block, RuleContext context) {
        int at = block.text().indexOf("utilize");
        if (at >= 0) {
          dev.copydesk.core.model.Span text = block.toSource(at, at + 7);
          dev.copydesk.core.model.Span cut = new dev.copydesk.core.model.Span(text.start(), text.end() + 2);
          context.at(text).message("Cut.").fix(dev.copydesk.core.rule.Fix.replace(cut, "use")).report();
        }
      }
    }
    Linter linter = Linter.builder().rules(List.of(new Cut())).ruleProviders(false).baseDirectory(dir).build();
    String before = Files.readString(html);
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(html), true);
    assertEquals(FileFixer.Status.NOTHING_TO_FIX, o.status());
    assertEquals(1, o.plan().declined().size());
    assertEquals(before, Files.readString(html));
  }

  @Test
  void aBlockWhoseSpanEndsInsideItsMarkupLosesItsWordsAndTheElementsTheyLeaveEmpty() throws IOException {
    Linter linter = linter(StandardCharsets.UTF_8);
    String story = "<p>The council approved the budget on Monday, its chair said, after a long debate.</p>";
    Path html = Files.writeString(dir.resolve("reply.html"), "<html><body><article>" + story
        + "<div class=\"comment\"><p>What a fine budget.</p> <span class=\"reply\"> <a rel=\"nofollow\" href=\"#c1\">Leave a Reply</a> </span></div>"
        + "<p>More news.</p>"
        + "</article></body></html>\n");
    LintResult r = linter.lint(html);
    Block block = r.article().blocks().stream().filter(b -> b.text().strip().equals("Leave a Reply")).findFirst().orElseThrow();
    assertTrue(!HtmlBalance.isBalanced(r.article().source(), block.span()),
        "the case at hand: the block's span holds the </a> but not the <a>: " + block.span());
    FileFixer.Outcome o = new FileFixer(linter).fix(r, true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertEquals("<html><body><article>" + story + "<div class=\"comment\"><p>What a fine budget.</p> </div><p>More news.</p>"
        + "</article></body></html>\n", Files.readString(html));
  }

  /** Flags a word said twice, "utilize utilize", with the fix of saying it once. */
  @RuleInfo(id = "test-repeat", summary = "Test rule with a wider fix", severity = Severity.ERROR, category = Category.STYLE)
  static final class Repeat implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      int at = block.text().indexOf("utilize utilize");
      if (at >= 0) {
        context.at(block, at, at + 15).message("Said twice.").fix("utilize").report();
      }
    }
  }

  @Test
  void fixesLeftForAnotherPassAreMadeInTheSameRun() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new Fixes(), new Repeat())).ruleProviders(false).baseDirectory(dir).build();
    Path file = Files.writeString(dir.resolve("twice.md"), "# Budget\n\nWe utilize utilize the funds.\n");
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(file), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    // The first pass says it once and leaves both "utilize" fixes, which overlap it; the second makes one.
    assertEquals("# Budget\n\nWe use the funds.\n", Files.readString(file));
    assertEquals(2, o.plan().fixedFindings());
    assertEquals(List.of(), o.plan().leftOver());
    assertEquals(FileFixer.Status.NOTHING_TO_FIX, new FileFixer(linter).fix(linter.lint(file), true).status());
  }

  @Test
  void laterPassesLeaveAloneWhatTheCallerLeftOut() throws IOException {
    Linter linter = Linter.builder().rules(List.of(new Fixes(), new Repeat())).ruleProviders(false).baseDirectory(dir).build();
    Path file = Files.writeString(dir.resolve("kept.md"), "# Budget\n\nWe utilize utilize the funds.\n");
    // As a baseline that accepts the "utilize" findings would: only the repeat is fixed, in every pass.
    java.util.function.UnaryOperator<LintResult> noWordFixes = r -> new LintResult(r.id(), r.path(), r.format(), r.article(),
        r.findings().stream().filter(f -> !f.ruleId().equals("test-fixes")).toList(), r.suppressed(), r.diagnostics());
    LintResult first = noWordFixes.apply(linter.lint(file));
    FileFixer.Outcome o = new FileFixer(linter, noWordFixes).fix(first, true);
    assertEquals("# Budget\n\nWe utilize the funds.\n", Files.readString(file));
    assertEquals(1, o.plan().fixedFindings());
  }

  @Test
  void aReadOnlyFileIsLeftAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("locked.txt"), "Title\n\nWe utilize it.\n");
    assertTrue(file.toFile().setWritable(false, false), "this file system can make a file read-only");
    try {
      Linter linter = linter(StandardCharsets.UTF_8);
      FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(file), true);
      assertEquals(FileFixer.Status.SKIPPED, o.status());
      assertEquals("read-only", o.problem());
      assertEquals("Title\n\nWe utilize it.\n", Files.readString(file));
    } finally {
      file.toFile().setWritable(true);
    }
  }

  @Test
  void aSymbolicLinksTargetIsFixedAndTheLinkKept() throws IOException {
    Path target = Files.writeString(dir.resolve("real.txt"), "Title\n\nWe utilize it.\n");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links here
    }
    Linter linter = linter(StandardCharsets.UTF_8);
    assertEquals(FileFixer.Status.FIXED, new FileFixer(linter).fix(linter.lint(link), true).status());
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("Title\n\nWe use it.\n", Files.readString(target));
  }

  @Test
  void aFileThatChangedSinceItWasLintedIsLeftAlone() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Title\n\nWe utilize it.\n");
    Linter linter = linter(StandardCharsets.UTF_8);
    LintResult result = linter.lint(file);
    Files.writeString(file, "Title\n\nWe utilize it, an editor wrote meanwhile.\n");
    FileFixer.Outcome o = new FileFixer(linter).fix(result, true);
    assertEquals(FileFixer.Status.SKIPPED, o.status());
    assertTrue(o.problem().contains("changed since it was linted"), o.problem());
    assertEquals("Title\n\nWe utilize it, an editor wrote meanwhile.\n", Files.readString(file));
  }

  @Test
  void aFixItsEncodingCannotWriteLeavesTheFileAlone() throws IOException {
    Path file = dir.resolve("latin.txt");
    byte[] original = "Title\n\nThe cafe \u00e0 la carte.\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, original);
    Linter linter = linter(StandardCharsets.ISO_8859_1);
    LintResult result = linter.lint(file);
    assertEquals(1, result.findings().size());
    FileFixer.Outcome o = new FileFixer(linter).fix(result, true);
    assertEquals(FileFixer.Status.FAILED, o.status());
    assertTrue(o.problem().contains("ISO-8859-1 cannot write"), o.problem());
    assertArrayEquals(original, Files.readAllBytes(file));
  }

  @Test
  void aLatin1FileIsWrittenBackInLatin1() throws IOException {
    Path file = dir.resolve("latin.txt");
    Files.write(file, "Title\n\nWe utilize the caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
    Linter linter = linter(StandardCharsets.ISO_8859_1);
    FileFixer.Outcome o = new FileFixer(linter).fix(linter.lint(file), true);
    assertEquals(FileFixer.Status.FIXED, o.status(), o.problem());
    assertArrayEquals("Title\n\nWe use the caf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1), Files.readAllBytes(file));
    assertEquals(StandardCharsets.ISO_8859_1, o.charset(), "a diff of the fix is written in the file's charset");
  }

  @Test
  void resultsWithoutFixesOrWithoutAFileAreNotTouched() throws IOException {
    Linter linter = linter(StandardCharsets.UTF_8);
    Path clean = Files.writeString(dir.resolve("clean.txt"), "Title\n\nAll good.\n");
    assertEquals(FileFixer.Status.NOTHING_TO_FIX, new FileFixer(linter).fix(linter.lint(clean), true).status());
    LintResult memory = linter.lint("Title\n\nWe utilize it.\n", dev.copydesk.core.model.Format.TEXT, "memory.txt");
    FileFixer.Outcome o = new FileFixer(linter).fix(memory, true);
    assertEquals(FileFixer.Status.SKIPPED, o.status());
    assertEquals("not read from a file", o.problem());
  }
}
