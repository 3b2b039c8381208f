package dev.copydesk.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.reliability.LintChecks;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to break the linter, written to disk by the test and linted as one batch through {@link
 * Linter#lintAll} with the full rule pack: each gets a clear per-file diagnostic or its findings, every
 * span stays valid, no rule or parser falls over, and the normal article at the end of the batch still
 * gets its findings. The parser-level cases of {@code HostileInputTest} are not repeated; these are
 * about what reaches the engine from disk (bytes, encodings, sizes, line endings, front matter).
 */
class HostileFilesTest {

  /** A short article with findings the full pack always reports, in a known place. */
  private static final String NORMAL =
      "Council passes budget\n\nThe council approved the budget on Monday after a long debate.\n\nLeave a Reply\n";

  @TempDir static Path dir;

  /** What each file must come to: a diagnostic code, or (null) linted with valid spans. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  private static final List<Path> FILES = new ArrayList<>();

  @BeforeAll
  static void writeTheFiles() throws IOException {
    bytes("empty.md", new byte[0], null);
    bytes("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0}, "io.binary");
    bytes("nul-bytes.txt", "Text with\0NUL bytes\0 in it.".getBytes(StandardCharsets.UTF_8), "io.binary");
    bytes("latin1.txt", "Caf\u00e9 prices rose.\n".getBytes(StandardCharsets.ISO_8859_1), "io.encoding");
    bytes("surrogate-in-utf8.txt", new byte[] {'A', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '.'}, "io.encoding");
    bytes("overlong-utf8.txt", new byte[] {'A', ' ', (byte) 0xC0, (byte) 0xAF, '.'}, "io.encoding");
    bytes("utf16le-bom.md", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, NORMAL.getBytes(StandardCharsets.UTF_16LE)), null);
    bytes("utf16be-bom.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, NORMAL.getBytes(StandardCharsets.UTF_16BE)), null);
    bytes("utf16le-no-bom.txt", NORMAL.getBytes(StandardCharsets.UTF_16LE), null);
    bytes("utf16be-no-bom.md", NORMAL.getBytes(StandardCharsets.UTF_16BE), null);
    bytes("utf16-lone-surrogate.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {'A', 0, 0, (byte) 0xD8, '.', 0}), "io.encoding");
    stream("over-the-limit-50mb.txt", out -> fiftyMegabytes(out), "io.too-large");
    text("one-mb-line.txt", "word ".repeat(200_000), null);
    text("one-mb-line.md", "word *emphasis* [link](x) ".repeat(40_000), null);
    text("nested-10000.html", "<div>".repeat(10_000) + "<p>Deep text here.</p>" + "</div>".repeat(10_000), null);
    text("nested-10000-unclosed.html", "<div><span>".repeat(10_000) + "Deep text, never closed.", null);
    text("unclosed-tags.html", "<html><body><article><p>Open <b>bold <a href='x'>link <table><tr><td>cell <p>Leave a Reply", null);
    text("unclosed-comment.html", "<html><body><p>Before the comment.</p><!-- never closed <p>Leave a Reply</p>", null);
    text("unclosed-comment.md", "Title\n\nBefore the comment.\n\n<!-- never closed\n\nLeave a Reply\n", null);
    text("unclosed-front-matter.md", "---\ntitle: never closed\n\n" + NORMAL, null);
    text("nested-quotes-10000.md", ">".repeat(10_000) + " Deep quote.\n\n" + NORMAL, null);
    text("cr-only.txt", NORMAL.replace("\n", "\r"), null);
    text("crlf.md", NORMAL.replace("\n", "\r\n"), null);
    text("rtl-and-emoji.md", RTL_AND_EMOJI, null);
    text("bidi-controls.txt", "Title\n\n\u202Eevil\u202C text \u2066isolated\u2069 and \u200F marks.\n\n" + "Leave a Reply\n", null);
    text("front-matter-invalid.md", "---\ntitle: [unclosed\n  : : bad\n---\n" + NORMAL, null);
    text("front-matter-alias-bomb.md", "---\n" + billionLaughs() + "---\n" + NORMAL, null);
    text("front-matter-java-type.md", "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n---\n" + NORMAL, null);
    stream("front-matter-10mb.md", out -> tenMegabyteFrontMatter(out), null);
    text("twenty-thousand-repeats.txt", "Title\n\n" + "Leave a Reply\n\n".repeat(20_000), null);
    text("only-blank-lines.txt", "\n \t\r\n".repeat(100_000), null);
    Files.createDirectory(dir.resolve("a-directory.md"));
    FILES.add(dir.resolve("a-directory.md"));
    EXPECTED.put("a-directory.md", "io.unreadable");
    FILES.add(dir.resolve("missing.md"));
    EXPECTED.put("missing.md", "io.unreadable");
    text("normal.txt", NORMAL, null);
  }

  private static final String RTL_AND_EMOJI =
      "# \u05ea\u05e7\u05e6\u05d9\u05d1 \u05e2\u05d9\u05e8\u05d5\u05e0\u05d9 \ud83c\udfdb\ufe0f\n\n"
          + "\u0648\u0627\u0641\u0642 \u0627\u0644\u0645\u062c\u0644\u0633 \u0639\u0644\u0649 \u0627\u0644\u0645\u064a\u0632\u0627\u0646\u064a\u0629. "
          + "The council \ud83d\udc4d\ud83c\udffd approved it \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 on Monday.\n\n"
          + "\ud83d\udd25\ud83d\udd25 Lorem ipsum in the draft.\n\n"
          + "Leave a Reply\n";

  @Test
  void eachHostileFileGetsAClearMessageOrFindingsAndTheBatchGoesOn() {
    // One thread, so that the time between two results is the time of one file.
    List<LintResult> results = lintTimed(FullPack.builderWithoutLanguageTool().baseDirectory(dir).threads(1).build(), FILES);
    List<String> problems = problems(results);
    assertEquals(List.of(), problems);
    checkFindings(results);
  }

  /**
   * The whole pack, grammar and spelling included, over the files small enough for LanguageTool's pace
   * (a few articles a second): those up to {@value #LANGUAGETOOL_MAX_BYTES} bytes, in one batch.
   */
  @Test
  void theWholePackWithLanguageToolTakesTheSmallerFiles() throws IOException {
    List<Path> small = new ArrayList<>();
    for (Path p : FILES) {
      if ((!Files.isRegularFile(p) || Files.size(p) <= LANGUAGETOOL_MAX_BYTES)) {
        small.add(p);
      }
    }
    List<LintResult> results = lintTimed(FullPack.builder().baseDirectory(dir).threads(1).build(), small);
    assertTrue(small.size() > 20, "files: " + small.size());
    assertEquals(List.of(), problems(results));
    assertEquals(List.of("page-chrome 5:1"), chrome(result(results, "normal.txt")));
  }

  private static final long LANGUAGETOOL_MAX_BYTES = 64 * 1024;

  /**
   * One "sentence" of 20,000 tokens. LanguageTool's English chunker (OpenNLP's beam search copies the
   * sequence at every token) takes time quadratic in the length of one sentence: 8,000 brackets took
   * 11 s, 20,000 minutes. The grammar and spelling rules hand it no sentence over {@link
   * dev.copydesk.rules.grammar.GrammarRule}'s bound and say so instead; the rest of the article is
   * still checked. (The timeout guards against a hang, generously; it measures nothing.)
   */
  @Test
  void grammarOnOneLongSentenceIsBoundedAndSaysSo() {
    Linter linter = FullPack.builder().threads(1).build();
    String source = "Title\n\n" + "[".repeat(20_000) + " and then the text.\n\nThey was late.\n";
    LintResult r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60), () -> linter.lint(source, dev.copydesk.core.model.Format.TEXT, "long.txt"));
    assertEquals(List.of(), LintChecks.violations(r));
    List<String> notChecked = r.findings().stream()
        .filter(f -> f.message().startsWith("Not checked by LanguageTool"))
        .map(f -> f.ruleId() + " " + f.start().line())
        .toList();
    assertEquals(List.of("grammar 3", "spelling 3"), notChecked);
    assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("grammar") && f.start().line() == 5),
        "the paragraph after the long one is still checked: " + r.findings());
  }

  private static List<LintResult> lintTimed(Linter linter, List<Path> files) {
    List<LintResult> results = new ArrayList<>();
    List<String> times = new ArrayList<>();
    long[] last = {System.nanoTime()};
    long t0 = last[0];
    linter.lintAll(
        files,
        r -> {
          long now = System.nanoTime();
          times.add(String.format(java.util.Locale.ROOT, "%08d ms %s", (now - last[0]) / 1_000_000, r.id()));
          last[0] = now;
          results.add(r);
        });
    times.sort(java.util.Comparator.reverseOrder());
    System.out.printf(
        "hostile files: %d files linted as one batch in %d ms; slowest: %s%n",
        files.size(), (System.nanoTime() - t0) / 1_000_000, times.subList(0, Math.min(5, times.size())));
    assertEquals(files.stream().map(p -> dir.relativize(p).toString()).toList(), results.stream().map(LintResult::id).toList());
    return results;
  }

  /** Per file: the contracts, a clear message, and the expected diagnostic or a clean lint. */
  private static List<String> problems(List<LintResult> results) {
    List<String> problems = new ArrayList<>();
    for (LintResult r : results) {
      String expected = EXPECTED.get(r.id());
      for (String v : LintChecks.violations(r)) {
        problems.add(r.id() + ": " + v);
      }
      for (Diagnostic d : r.diagnostics()) {
        if (d.message().isBlank() || d.message().contains("\n") || d.message().length() > 300) {
          problems.add(r.id() + ": unclear message " + d);
        }
      }
      if (expected == null) {
        if (!r.isLinted() || r.hasErrorDiagnostics()) {
          problems.add(r.id() + ": expected to be linted, got " + r.diagnostics());
        }
      } else if (r.isLinted() || r.diagnostics().stream().noneMatch(d -> d.code().equals(expected))) {
        problems.add(r.id() + ": expected " + expected + ", got " + r.diagnostics());
      }
    }
    return problems;
  }

  private static void checkFindings(List<LintResult> results) {
    // The normal article still gets its finding, exactly where it stands.
    assertEquals(List.of("page-chrome 5:1"), chrome(result(results, "normal.txt")));
    // Files read as UTF-16 are linted like the same text in UTF-8.
    for (String id : List.of("utf16le-bom.md", "utf16be-bom.txt", "utf16le-no-bom.txt", "utf16be-no-bom.md")) {
      assertEquals(List.of("page-chrome 5:1"), chrome(result(results, id)), id);
    }
    // A lone CR and a CRLF are one line break each: the finding is on line 5 either way.
    assertEquals(List.of("page-chrome 5:1"), chrome(result(results, "cr-only.txt")));
    assertEquals(List.of("page-chrome 5:1"), chrome(result(results, "crlf.md")));
    // Columns count UTF-16 units: after two emoji of two units each and a space, "Lorem" is at 6.
    LintResult rtl = result(results, "rtl-and-emoji.md");
    assertEquals(List.of("page-chrome 7:1"), chrome(rtl));
    assertEquals(
        List.of("placeholder 5:6"),
        rtl.findings().stream().filter(f -> f.ruleId().equals("placeholder")).map(f -> f.ruleId() + " " + f.start().line() + ":" + f.start().column()).toList());
    // Front matter that cannot be read is a warning at its place; the body is linted all the same.
    for (String id : List.of("front-matter-invalid.md", "front-matter-alias-bomb.md", "front-matter-java-type.md", "front-matter-10mb.md")) {
      LintResult r = result(results, id);
      assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("parse.front-matter")), id + ": " + r.diagnostics());
      assertFalse(chrome(r).isEmpty(), id + ": the body's finding is missing");
    }
    assertTrue(
        message(result(results, "over-the-limit-50mb.txt")).matches("file is 50\\.0 MiB, over the limit of 10\\.0 MiB \\(raise maxFileSize, or --max-file-size on the command line, to lint it\\); skipped"),
        message(result(results, "over-the-limit-50mb.txt")));
    assertTrue(message(result(results, "latin1.txt")).startsWith("not valid UTF-8: invalid byte sequence at byte offset 3"));
    assertEquals(new Position(1, 4), result(results, "latin1.txt").diagnostics().get(0).position());
    assertEquals(20_000, result(results, "twenty-thousand-repeats.txt").findings().stream().filter(f -> f.ruleId().equals("page-chrome")).count());
  }

  /**
   * The 50 MB article lints when the limit is raised: run once, as plain text (the format that yields
   * the most blocks and sentences per byte), without LanguageTool (which would take most of an hour),
   * and must finish in bounded time and memory.
   */
  @Test
  void aFiftyMegabyteArticleLintsWhenTheLimitIsRaised() {
    Path big = dir.resolve("over-the-limit-50mb.txt");
    Linter linter = FullPack.builderWithoutLanguageTool().baseDirectory(dir).maxFileSize(64L * 1024 * 1024).threads(1).build();
    long t0 = System.nanoTime();
    LintResult r = linter.lint(big);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(
        "hostile files: the 50 MB article linted in %d ms: %d blocks, %d findings%n",
        millis, r.article() == null ? 0 : r.article().blocks().size(), r.findings().size());
    assertTrue(r.isLinted(), r.diagnostics().toString());
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of(), LintChecks.violations(r));
    assertTrue(millis < 300_000, "took " + millis + " ms");
  }

  private static List<String> chrome(LintResult r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      if (f.ruleId().equals("page-chrome") && f.excerpt().equals("Leave a Reply")) {
        out.add(f.ruleId() + " " + f.start().line() + ":" + f.start().column());
      }
    }
    return out;
  }

  private static String message(LintResult r) {
    return r.diagnostics().get(0).message();
  }

  private static LintResult result(List<LintResult> results, String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static byte[] withBom(byte[] bom, byte[] body) {
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static void bytes(String name, byte[] content, String expected) throws IOException {
    FILES.add(Files.write(dir.resolve(name), content));
    if (expected != null) {
      EXPECTED.put(name, expected);
    }
  }

  private static void text(String name, String content, String expected) throws IOException {
    bytes(name, content.getBytes(StandardCharsets.UTF_8), expected);
  }

  private interface Body {
    void write(Writer out) throws IOException;
  }

  private static void stream(String name, Body body, String expected) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(p);
        Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
      body.write(w);
    }
    FILES.add(p);
    if (expected != null) {
      EXPECTED.put(name, expected);
    }
  }

  private static final String[] WORDS = {
    "council", "budget", "approved", "the", "mayor", "said", "on", "Monday", "vote", "schools", "roads", "library",
    "taxes", "residents", "debate", "plan", "spending", "million", "city", "year", "after", "a", "long", "new"
  };

  /** 50 MiB of distinct prose paragraphs (a seeded generator: the same file every run). */
  private static void fiftyMegabytes(Writer out) throws IOException {
    Random random = new Random(50);
    long written = 0;
    long target = 50L * 1024 * 1024;
    StringBuilder para = new StringBuilder();
    out.write("A very long article\n\n");
    written += 21;
    while (written < target) {
      para.setLength(0);
      int sentences = 1 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        int words = 6 + random.nextInt(14);
        for (int w = 0; w < words; w++) {
          String word = WORDS[random.nextInt(WORDS.length)];
          para.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w + 1 < words ? " " : ". ");
        }
      }
      para.setLength(para.length() - 1);
      para.append("\n\n");
      if (written + para.length() > target) {
        para.setLength((int) (target - written));
      }
      out.write(para.toString());
      written += para.length();
    }
  }

  /** Ten million characters of front matter, then the normal article. */
  private static void tenMegabyteFrontMatter(Writer out) throws IOException {
    out.write("---\n");
    String line = "key: value value value value value value value value value value value value\n";
    for (int written = 4; written < 10_000_000; written += line.length()) {
      out.write(line);
    }
    out.write("---\n");
    out.write(NORMAL);
  }

  /** Nine levels of nine aliases each: 9^9 strings once expanded. */
  private static String billionLaughs() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String p = "*" + (char) (c - 1);
      y.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, p))).append("]\n");
    }
    return y.toString();
  }
}
