package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.RuleLoadException;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {

  private static final String SEED_TAIL =
      "China and Russia\n\nThe evolving dynamics between North Korean\n\nBy Aiden Johnson\n\nLeave a Reply\n";

  private final Linter linter =
      Linter.builder()
          .rules(List.of(new TestRules.LeaveAReply(), new TestRules.LongSentence(), new TestRules.WordCount()))
          .threads(2)
          .build();

  @Test
  void reportsTheExactCharactersWithLineAndColumn() {
    LintResult r = linter.lint(SEED_TAIL, Format.TEXT, "news/seed.txt");
    assertEquals(1, r.findings().size(), r.findings().toString());
    Finding f = r.findings().get(0);
    assertEquals("leave-a-reply", f.ruleId());
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("Leave a Reply", f.span().of(SEED_TAIL));
    assertEquals(new Position(7, 1), f.start());
    assertEquals(new Position(7, 14), f.end());
    assertEquals("Leave a Reply", f.excerpt());
  }

  @Test
  void idsAreRelativeToTheBaseDirectoryWithForwardSlashesAndOutsideItAbsolute(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path base = dir.toAbsolutePath().normalize();
    Linter rooted = Linter.builder().rules(List.of()).baseDirectory(base).build();
    java.nio.file.Path inside = base.resolve("news").resolve("2024").resolve("story.md");
    assertEquals("news/2024/story.md", rooted.idOf(inside));
    assertEquals("news/story.md", rooted.idOf(base.resolve("news/2024/../story.md")), "normalized");
    java.nio.file.Path outside = base.getParent().resolve("other.md");
    assertEquals(outside.toString().replace('\\', '/'), rooted.idOf(outside));
    // The static form, for callers that select files before the linter exists, gives the same ids.
    for (java.nio.file.Path p : List.of(inside, outside, base.resolve("a.txt"))) {
      assertEquals(rooted.idOf(p), Linter.idOf(base, p), p.toString());
    }
  }

  /** An article with a comment form after it, outside the article element. */
  private static final String PAGE_WITH_COMMENT_FORM =
      "<html><body><nav><a href=\"/\">Home</a></nav><article><h1>Budget passes</h1>"
          + "<p>The council approved the budget on Monday after a long debate about fees.</p>"
          + "<p>The vote was seven to two, and the new budget takes effect in April.</p></article>"
          + "<div id=\"respond\"><h3>Leave a Reply</h3></div></body></html>";

  @Test
  void htmlPagesAreReadFromTheArticleUnlessPageContentIsAskedFor() {
    Linter main = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).threads(1).build();
    assertEquals(HtmlContent.MAIN, main.htmlContent());
    assertEquals(List.of(), main.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "a.html").findings());

    Linter page =
        Linter.builder()
            .rules(List.of(new TestRules.LeaveAReply()))
            .config(ConfigLoader.parse("html:\n  content: page\n", ".copydesk.yml"))
            .threads(1)
            .build();
    assertEquals(HtmlContent.PAGE, page.htmlContent());
    List<Finding> found = page.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "a.html").findings();
    assertEquals(1, found.size(), found.toString());
    assertEquals(PAGE_WITH_COMMENT_FORM.indexOf("Leave a Reply"), found.get(0).span().start());
    assertFalse(main.fingerprint("a.html").equals(page.fingerprint("a.html")), "a cached result of one mode must not serve the other");
  }

  @Test
  void rulesInEffectAreThoseTheConfigurationAndTheFilesOverridesGive() {
    String yaml = "rules:\n  long-sentence: {severity: error, options: {max-words: 40}}\n"
        + "overrides:\n  - files: [\"archive/**\"]\n    rules: {word-count: on, leave-a-reply: off}\n";
    Linter l = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply(), new TestRules.LongSentence(), new TestRules.WordCount()))
        .config(ConfigLoader.parse(yaml, ".copydesk.yml"))
        .threads(1)
        .build();
    List<RuleInEffect> everywhere = l.rulesInEffect();
    assertEquals(List.of("leave-a-reply", "long-sentence"), everywhere.stream().map(r -> r.metadata().id()).toList(),
        "word-count is off by default");
    RuleInEffect longSentence = everywhere.get(1);
    assertEquals(Severity.ERROR, longSentence.severity());
    assertEquals(40, longSentence.options().getInt("max-words"));
    assertEquals(Severity.ERROR, everywhere.get(0).severity(), "the rule's default");
    assertEquals(everywhere, l.rulesInEffect("news/a.md"));
    List<RuleInEffect> archived = l.rulesInEffect("archive/a.md");
    assertEquals(List.of("long-sentence", "word-count"), archived.stream().map(r -> r.metadata().id()).toList());
    assertEquals("words", archived.get(1).options().getString("unit"), "an option not configured has its default");
  }

  @Test
  void configurationOverridesSayWhichTextOfTheirFilesPagesToLint() throws Exception {
    String yaml = "overrides:\n  - files: [\"archive/**\"]\n    html: {content: page}\n"
        + "  - files: [\"archive/kept/**\"]\n    html: {content: main}\n"
        + "  - files: [\"archive/**\"]\n    rules: {word-count: on}\n";
    Linter l = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply(), new TestRules.WordCount()))
        .config(ConfigLoader.parse(yaml, ".copydesk.yml"))
        .threads(1)
        .build();
    assertEquals(HtmlContent.MAIN, l.htmlContent());
    assertEquals(HtmlContent.MAIN, l.htmlContent("news/a.html"));
    assertEquals(HtmlContent.PAGE, l.htmlContent("archive/a.html"));
    assertEquals(HtmlContent.MAIN, l.htmlContent("archive/kept/a.html"), "the later override wins");
    assertEquals(List.of(), l.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "news/a.html").findings());
    List<String> archived = l.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "archive/a.html").findings().stream().map(Finding::ruleId).toList();
    assertEquals(List.of("word-count", "leave-a-reply"), archived);
    assertEquals(List.of("word-count"), l.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "archive/kept/a.html").findings().stream()
        .map(Finding::ruleId).toList());
    // Files read from disk, and read again for reports, go the same way.
    Path dir = Files.createTempDirectory("copydesk-html");
    Path page = Files.createDirectories(dir.resolve("archive")).resolve("p.html");
    Files.writeString(page, PAGE_WITH_COMMENT_FORM);
    Linter onDisk = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply(), new TestRules.WordCount()))
        .config(ConfigLoader.parse(yaml, ".copydesk.yml"))
        .baseDirectory(dir)
        .articleRetention(ArticleRetention.NONE)
        .threads(1)
        .build();
    LintResult r = onDisk.lint(page);
    assertEquals(List.of("word-count", "leave-a-reply"), r.findings().stream().map(Finding::ruleId).toList());
    assertFalse(r.holdsArticle(), "the result let go of its article");
    assertTrue(r.article().blocks().stream().anyMatch(b -> b.text().equals("Leave a Reply")), "read again as a whole page");
    // Each way of reading keys cached results apart, even where the rules are the same.
    Linter rulesAlike = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply()))
        .config(ConfigLoader.parse("overrides:\n  - files: [\"archive/**\"]\n    html: {content: page}\n", ".copydesk.yml"))
        .build();
    assertFalse(rulesAlike.fingerprint("archive/a.html").equals(rulesAlike.fingerprint("news/a.html")));
  }

  @Test
  void theBuildersHtmlContentWinsOverTheConfigurationAndTheParsers() {
    Linter l =
        Linter.builder()
            .rules(List.of(new TestRules.LeaveAReply()))
            .parser(ArticleParser.create().withHtmlContent(HtmlContent.PAGE))
            .config(ConfigLoader.parse("html: {content: page}\n", ".copydesk.yml"))
            .htmlContent(HtmlContent.MAIN)
            .build();
    assertEquals(HtmlContent.MAIN, l.htmlContent());
    Linter fixed =
        Linter.builder()
            .rules(List.of(new TestRules.LeaveAReply()))
            .config(ConfigLoader.parse("overrides:\n  - files: [\"**\"]\n    html: {content: page}\n", ".copydesk.yml"))
            .htmlContent(HtmlContent.MAIN)
            .build();
    assertEquals(HtmlContent.MAIN, fixed.htmlContent("a.html"), "over the configuration's overrides too");
    assertEquals(List.of(), fixed.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "a.html").findings());
    assertEquals(List.of(), l.lint(PAGE_WITH_COMMENT_FORM, Format.HTML, "a.html").findings());
    Linter byParser =
        Linter.builder()
            .rules(List.of(new TestRules.LeaveAReply()))
            .parser(ArticleParser.create().withHtmlContent(HtmlContent.PAGE))
            .build();
    assertEquals(HtmlContent.PAGE, byParser.htmlContent());
  }

  @Test
  void rulesDisabledByDefaultRunOnlyWhenConfigured() {
    assertTrue(linter.lint(SEED_TAIL, Format.TEXT, "a.txt").findings().stream().noneMatch(f -> f.ruleId().equals("word-count")));
    Linter on =
        Linter.builder()
            .rules(List.of(new TestRules.WordCount()))
            .config(ConfigLoader.parse("rules:\n  word-count: on\n", ".copydesk.yml"))
            .build();
    assertEquals("15 words", on.lint(SEED_TAIL, Format.TEXT, "a.txt").findings().get(0).message());
  }

  @Test
  void optionsForARuleThatIsOffAndNeverTurnedOnAreAnError() {
    Linter.Builder b = Linter.builder().rules(List.of(new TestRules.WordCount()));
    ConfigException e = assertThrows(ConfigException.class, () -> b.config(ConfigLoader.parse(
        "rules:\n  word-count:\n    options:\n      unit: terms\n", ".copydesk.yml")).build());
    assertTrue(e.getMessage().startsWith(".copydesk.yml:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("'word-count' is off by default"), e.getMessage());

    Linter withSeverity = Linter.builder().rules(List.of(new TestRules.WordCount())).config(ConfigLoader.parse(
        "rules:\n  word-count:\n    severity: warning\n    options:\n      unit: terms\n", ".copydesk.yml")).build();
    assertEquals("15 terms", withSeverity.lint(SEED_TAIL, Format.TEXT, "a.txt").findings().get(0).message());

    // Options at the top, the rule turned on for one folder: the options are for that folder.
    Linter inFolder = Linter.builder().rules(List.of(new TestRules.WordCount())).config(ConfigLoader.parse(
        "rules:\n  word-count:\n    options:\n      unit: terms\noverrides:\n  - files: [\"notes/**\"]\n    rules:\n      word-count: on\n",
        ".copydesk.yml")).build();
    assertEquals(List.of(), inFolder.lint(SEED_TAIL, Format.TEXT, "a.txt").findings());
    assertEquals("15 terms", inFolder.lint(SEED_TAIL, Format.TEXT, "notes/a.txt").findings().get(0).message());
  }

  @Test
  void severityAndOptionsComeFromConfigurationAndItsOverrides() {
    String yaml =
        "rules:\n"
            + "  long-sentence:\n"
            + "    severity: error\n"
            + "    options:\n"
            + "      max-words: 3\n"
            + "overrides:\n"
            + "  - files: [\"opinion/**\"]\n"
            + "    rules:\n"
            + "      long-sentence: off\n";
    Linter l =
        Linter.builder()
            .rules(List.of(new TestRules.LongSentence()))
            .config(ConfigLoader.parse(yaml, ".copydesk.yml"))
            .build();
    String text = "Title\n\nThe council approved the budget on Monday.\n";
    List<Finding> news = l.lint(text, Format.TEXT, "news/a.txt").findings();
    assertEquals(1, news.size());
    assertEquals(Severity.ERROR, news.get(0).severity());
    assertEquals("7 words", news.get(0).message());
    assertEquals(List.of(), l.lint(text, Format.TEXT, "opinion/a.txt").findings());
  }

  @Test
  void anUnknownRuleIdInConfigurationFailsWithItsLocationAndASuggestion() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                Linter.builder()
                    .rules(List.of(new TestRules.LongSentence()))
                    .config(ConfigLoader.parse("rules:\n  long-sentense: off\n", "site/.copydesk.yml"))
                    .build());
    assertEquals(
        "site/.copydesk.yml:2:3: unknown rule id 'long-sentense' (did you mean 'long-sentence'?); known rules: long-sentence",
        e.getMessage());
  }

  @Test
  void anOptionOfTheWrongTypeFailsWithItsLocation() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                Linter.builder()
                    .rules(List.of(new TestRules.LongSentence()))
                    .config(
                        ConfigLoader.parse(
                            "rules:\n  long-sentence:\n    options:\n      max-words: lots\n", ".copydesk.yml"))
                    .build());
    assertEquals(
        ".copydesk.yml:4:18: option 'max-words' of rule 'long-sentence': expected an integer, found string 'lots'",
        e.getMessage());
  }

  @Test
  void aRuleThatThrowsBecomesADiagnosticAndTheOtherRulesStillRun() {
    Linter l = Linter.builder().rules(List.of(new TestRules.AlwaysFails(), new TestRules.LeaveAReply())).build();
    LintResult r = l.lint(SEED_TAIL, Format.TEXT, "a.txt");
    assertEquals(1, r.findings().size());
    assertEquals(1, r.diagnostics().size());
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("rule.failure", d.code());
    assertEquals(
        "rule 'always-fails' failed on this file and was skipped: IllegalStateException: boom", d.message());
  }

  @Test
  void aRuleWithAnInvalidIdDoesNotLoad() {
    RuleLoadException e =
        assertThrows(RuleLoadException.class, () -> Linter.builder().rules(List.of(new TestRules.BadId())).build());
    assertEquals("rule id 'Bad_Id' is not kebab-case (expected e.g. 'page-chrome')", e.getMessage());
  }

  @Test
  void twoRulesWithOneIdDoNotLoad() {
    RuleLoadException e =
        assertThrows(
            RuleLoadException.class,
            () -> Linter.builder().rules(List.of(new TestRules.LeaveAReply(), new TestRules.LeaveAReply())).build());
    assertTrue(e.getMessage().startsWith("two rules share the id 'leave-a-reply'"), e.getMessage());
  }

  @Test
  void unreadableFilesBecomeDiagnosticsAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.txt"), SEED_TAIL);
    Path binary = Files.write(dir.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Path latin1 = Files.write(dir.resolve("old.txt"), "Caf\u00e9 prices rose by \u00a35.".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.md");
    Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(300));
    Linter l =
        Linter.builder().rules(List.of(new TestRules.LeaveAReply())).baseDirectory(dir).maxFileSize(1000).threads(2).build();

    List<LintResult> results = l.lintAll(List.of(good, binary, latin1, missing, big));

    assertEquals(List.of("good.txt", "photo.md", "old.txt", "missing.md", "big.txt"), results.stream().map(LintResult::id).toList());
    assertEquals(1, results.get(0).findings().size());
    assertEquals("io.binary", results.get(1).diagnostics().get(0).code());
    Diagnostic enc = results.get(2).diagnostics().get(0);
    assertEquals("io.encoding", enc.code());
    assertEquals(
        "not valid UTF-8: invalid byte sequence at byte offset 3 (set the encoding if the file is in another one); skipped",
        enc.message());
    assertEquals("io.unreadable", results.get(3).diagnostics().get(0).code());
    assertEquals(
        "file is 1.5 KiB, over the limit of 1000 bytes (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
        results.get(4).diagnostics().get(0).message());
    for (int i = 1; i < results.size(); i++) {
      assertFalse(results.get(i).isLinted());
      assertNull(results.get(i).article());
    }
  }

  @Test
  void bytesInMemoryAreDecodedAsAFilesAreAndKeepTheirArticle() {
    Linter l = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply()))
        .maxFileSize(1000)
        .articleRetention(ArticleRetention.NONE)
        .build();
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = java.util.Arrays.copyOf(bom, bom.length + SEED_TAIL.length());
    System.arraycopy(SEED_TAIL.getBytes(StandardCharsets.UTF_8), 0, withBom, bom.length, SEED_TAIL.length());

    LintResult r = l.lint(withBom, Format.TEXT, "<stdin>");
    assertEquals("<stdin>", r.id());
    assertNull(r.path());
    assertEquals(List.of("leave-a-reply"), r.findings().stream().map(Finding::ruleId).toList());
    assertTrue(r.holdsArticle(), "nothing to read it again from, whatever the retention");
    assertEquals(SEED_TAIL, r.article().source(), "the byte-order mark is read, not kept");

    LintResult latin1 = l.lint("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1), Format.MARKDOWN, "a.md");
    assertEquals("io.encoding", latin1.diagnostics().get(0).code());
    assertFalse(latin1.isLinted());

    LintResult big = l.lint(new byte[1001], Format.TEXT, "big.txt");
    assertEquals("io.too-large", big.diagnostics().get(0).code());
    assertEquals("1001 bytes, over the limit of 1000 bytes (raise maxFileSize, or --max-file-size on the command line, to lint it); skipped",
        big.diagnostics().get(0).message());
  }

  @Test
  void aConfiguredEncodingReadsOtherCharsets(@TempDir Path dir) throws IOException {
    Path latin1 = Files.write(dir.resolve("old.txt"), "Title\n\nCaf\u00e9 prices rose.\n".getBytes(StandardCharsets.ISO_8859_1));
    Linter l = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).encoding(StandardCharsets.ISO_8859_1).build();
    LintResult r = l.lint(latin1);
    assertTrue(r.isLinted(), r.diagnostics().toString());
    assertTrue(r.article().source().contains("Caf\u00e9"));
  }

  @Test
  void anHtmlPageIsReadInTheCharsetItDeclaresWithExactSpans(@TempDir Path dir) throws IOException {
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head>\n"
        + "<body><p>Don\u2019t pay \u20ac5 for \u201cextras\u201d.</p><h3>Leave a Reply</h3></body></html>\n";
    byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
    assertEquals((byte) 0x92, bytes[page.indexOf('\u2019')]);
    Path html = Files.write(dir.resolve("old.html"), bytes);
    Path markdown = Files.write(dir.resolve("old.md"), bytes);
    Linter l = Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply()))
        .config(ConfigLoader.parse("html:\n  content: page\n", ".copydesk.yml"))
        .baseDirectory(dir)
        .articleRetention(ArticleRetention.NONE)
        .build();

    LintResult r = l.lint(html);
    assertEquals(List.of(), r.diagnostics());
    Finding f = r.findings().get(0);
    assertEquals(page.indexOf("Leave a Reply"), f.span().start(), "offsets are into the decoded text");
    assertEquals(new Position(2, page.indexOf("Leave a Reply") - page.indexOf("<body>") + 1), f.start());
    assertEquals(page, r.article().source(), "the article read again is decoded the same way");

    LintResult md = l.lint(markdown);
    assertEquals("io.encoding", md.diagnostics().get(0).code(), "only HTML pages declare their charset");
  }

  @Test
  void anUnknownCharsetLabelIsAWarningAndThePageIsStillLinted(@TempDir Path dir) throws IOException {
    Path html = Files.writeString(dir.resolve("a.html"), "<meta charset=\"x-unknown\">\n" + PAGE_WITH_COMMENT_FORM);
    LintResult r = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).baseDirectory(dir).build().lint(html);
    assertTrue(r.isLinted());
    assertEquals(1, r.diagnostics().size(), r.diagnostics().toString());
    Diagnostic w = r.diagnostics().get(0);
    assertEquals("io.charset", w.code());
    assertEquals(Diagnostic.Level.WARNING, w.level());
    assertEquals(new Position(1, 16), w.position());
  }

  @Test
  void parallelBatchesGiveTheSameResultsInTheSameOrderAsSequentialOnes(@TempDir Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 600; i++) { // enough for batches of several files
      String body = i % 3 == 0 ? SEED_TAIL : "Title " + i + "\n\n" + "A sentence with many words in it, ".repeat(i % 7 + 1) + "done.\n";
      files.add(Files.writeString(dir.resolve(String.format("a%03d.txt", i)), body));
    }
    Linter sequential = Linter.builder().rules(List.of(new TestRules.LeaveAReply(), new TestRules.LongSentence())).baseDirectory(dir).threads(1).build();
    Linter parallel = Linter.builder().rules(List.of(new TestRules.LeaveAReply(), new TestRules.LongSentence())).baseDirectory(dir).threads(4).build();
    List<LintResult> a = sequential.lintAll(files);
    List<LintResult> b = parallel.lintAll(files);
    assertEquals(a.stream().map(r -> r.id() + r.findings()).toList(), b.stream().map(r -> r.id() + r.findings()).toList());
    assertTrue(a.stream().mapToInt(r -> r.findings().size()).sum() > 400);
  }

  @Test
  void filesAreTakenAsTheWorkGoesAndHandedOnInOrderThroughBatchesOfEverySize(@TempDir Path dir) {
    Linter l = Linter.builder().rules(List.of(new TestRules.LeaveAReply())).baseDirectory(dir).threads(2).build();
    int count = 1000;
    java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
    Iterable<Path> files = () -> new java.util.Iterator<>() {
      @Override
      public boolean hasNext() {
        return taken.get() < count;
      }

      @Override
      public Path next() {
        return dir.resolve("f" + taken.getAndIncrement() + ".txt"); // none exists: each is a quick diagnostic
      }
    };
    List<String> ids = new ArrayList<>();
    int[] mostAhead = {0};
    l.lintAll(files, r -> {
      ids.add(r.id());
      mostAhead[0] = Math.max(mostAhead[0], taken.get() - ids.size());
    });
    assertEquals(java.util.stream.IntStream.range(0, count).mapToObj(i -> "f" + i + ".txt").toList(), ids);
    assertTrue(mostAhead[0] <= 2 * 4 * Linter.MAX_BATCH, "files taken ahead of the sink: " + mostAhead[0]);
  }

  @Test
  void aFileIsReadWholeWhetherItShrankOrGrewSinceItsSizeWasReadUpToTheLimit(@TempDir Path dir) throws IOException {
    byte[] body = "0123456789".getBytes(StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("a.txt"), body);
    assertArrayEquals(body, Linter.read(file, 10, 100), "as stated");
    assertArrayEquals(body, Linter.read(file, 14, 100), "shrank since");
    assertArrayEquals(body, Linter.read(file, 3, 100), "grew since");
    assertArrayEquals(body, Linter.read(file, 3, 10), "grew to the limit exactly");
    assertNull(Linter.read(file, 3, 9), "grew past the limit");
    assertNull(Linter.read(file, 9, 9), "grew by one past a limit it was at");
    assertArrayEquals(body, Linter.read(file, 0, 10), "empty a moment ago");
    assertArrayEquals(new byte[0], Linter.read(Files.write(dir.resolve("empty.txt"), new byte[0]), 0, 10));
  }

  @Test
  void batchesStartAtOneFileSoThatAFewFilesReachEveryThreadAndGrowToTheLimit() {
    for (int threads : new int[] {2, 8}) {
      for (int k = 0; k < threads * 8; k++) {
        assertEquals(1, Linter.batchSize(k, threads), "task " + k + " of " + threads + " threads");
      }
      assertEquals(2, Linter.batchSize(threads * 8, threads));
      assertEquals(Linter.MAX_BATCH, Linter.batchSize(1_000_000, threads));
      for (int k = 1; k < 2000; k++) {
        assertTrue(Linter.batchSize(k, threads) >= Linter.batchSize(k - 1, threads), "never shrinks");
      }
    }
  }

  @Test
  void rulesFromProvidersJoinTheRegistryAndFollowConfiguration() {
    String yaml =
        "styles:\n  rules:\n    banned-utilize:\n      type: existence\n      tokens: [utilize]\n"
            + "overrides:\n  - files: [\"legal/**\"]\n    rules:\n      banned-utilize: off\n";
    Linter l =
        Linter.builder().rules(List.of(new TestRules.LeaveAReply())).config(ConfigLoader.parse(yaml, ".copydesk.yml")).build();
    assertTrue(l.rules().contains("banned-utilize"));
    String text = "Title\n\nWe utilize the budget.\n";
    assertEquals(List.of("banned-utilize"), l.lint(text, Format.TEXT, "news/a.txt").findings().stream().map(Finding::ruleId).toList());
    assertEquals(List.of(), l.lint(text, Format.TEXT, "legal/a.txt").findings());
    Linter without =
        Linter.builder().rules(List.of(new TestRules.LeaveAReply())).ruleProviders(false).config(CopydeskConfig.empty()).build();
    assertFalse(without.rules().contains("banned-utilize"));
  }

  @Test
  void aRegistryTakenFromAnotherLinterGetsThisConfigurationsProvidedRules() {
    String yaml = "styles:\n  rules:\n    house-utilize:\n      type: substitution\n      swap: {utilize: use}\n";
    Linter first =
        Linter.builder().rules(List.of(new TestRules.LeaveAReply())).config(ConfigLoader.parse(yaml, ".copydesk.yml")).build();
    assertTrue(first.rules().contains("house-utilize"));
    Linter second = Linter.builder().rules(first.rules()).config(ConfigLoader.parse(yaml, ".copydesk.yml")).build();
    assertEquals(first.rules().size(), second.rules().size());
    Linter third = Linter.builder().rules(first.rules()).config(CopydeskConfig.empty()).build();
    assertTrue(third.rules().contains("house-utilize"), "rules given explicitly stay");
  }
}
