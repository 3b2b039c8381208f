package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.report.LintReport;
import dev.copydesk.core.report.Reporters;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lint runs through the result cache: what is reused, what invalidates it, and that nothing else changes. */
class CachedLintRunTest {

  @TempDir Path root;
  private final List<String> log = new ArrayList<>();
  private final SystemStreamLog mavenLog = new SystemStreamLog() {
    @Override public void warn(CharSequence c) { log.add("warn " + c); }
    @Override public void info(CharSequence c) { log.add("info " + c); }
    @Override public void debug(CharSequence c) {}
  };

  @BeforeEach
  void writeProject() throws IOException {
    write("content/news/market.md", "---\ntitle: Market hall\n---\n# Market hall\n\nThe market hall reopens on 3 March 2026.\n\nShare this\n");
    write("content/news/council.md", "# Council\n\nThe council met on 3 March 2026. Experts speculate that the budget will pass.\n\n"
        + "<!-- copydesk-disable-next-line page-chrome -->\nLeave a Reply\n");
    write("content/news/clean.md", "# Clean\n\nThe library opens on 4 March 2026, the council said.\n");
    write("content/news/page.html", "<html><head><title>Bridge</title></head><body><h1>Bridge</h1>"
        + "<p>The bridge closes on 5 March 2026.</p><p>Leave a Reply</p></body></html>");
    Files.write(root.resolve("content/news/photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
  }

  private void write(String name, String text) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private LintSettings settings(boolean cache) {
    return new LintSettings(root, root, root, List.of(), List.of(), List.of(), "UTF-8", null, 2, 0,
        cache ? Path.of("target/copydesk/cache") : null, "1.2.3", false, null);
  }

  private LintRun run(boolean cache) throws Exception {
    log.clear();
    return LintRun.execute(settings(cache), mavenLog);
  }

  private Path cacheDir() {
    return root.resolve("target/copydesk/cache");
  }

  @Test
  void aSecondRunTakesEveryReadableFileFromTheCacheWithTheSameResults() throws Exception {
    LintRun fresh = run(false);
    assertFalse(Files.exists(cacheDir()), "no cache unless asked for");
    assertEquals(List.of(), log);
    LintRun cold = run(true);
    assertEquals(List.of("info Copydesk: 5 files, 0 from cache"), log);
    LintRun warm = run(true);
    // The PNG is an error diagnostic: never stored, linted again each time.
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log);
    assertEquals(fresh.results(), cold.results());
    assertEquals(fresh.results(), warm.results());
    assertTrue(warm.results().stream().anyMatch(r -> !r.findings().isEmpty()));
    assertTrue(warm.results().stream().anyMatch(r -> !r.suppressed().isEmpty()));
    assertEquals(cold.digest(), warm.digest());
    assertTrue(warm.digest().isPresent());
    assertTrue(fresh.digest().isEmpty());
  }

  @Test
  void timingLogsParseAndEveryRuleForTheFilesLintedNotThoseFromTheCache() throws Exception {
    List<LintResult> untimed = run(true).results();
    log.clear();
    LintRun timed = LintRun.execute(timed(null), mavenLog);
    assertEquals(untimed, timed.results(), "timing changes no result");
    // Four files parse (the PNG is refused before its parse), and without the cache all four are linted.
    assertEquals("info Copydesk: Time by rule over 4 articles", log.get(0).substring(0, log.get(0).indexOf(" (")));
    assertTrue(log.get(1).matches("info Copydesk:   read \\+ decode +[\\d,]+\\.\\d ms +[\\d.]+%"), log.get(1));
    assertTrue(log.get(2).matches("info Copydesk:   parse +[\\d,]+\\.\\d ms +[\\d.]+%"), log.get(2));
    assertTrue(log.stream().anyMatch(l -> l.startsWith("info Copydesk:   page-chrome ")), String.join("\n", log));
    assertTrue(log.get(log.size() - 1).startsWith("info Copydesk:   rules in all "), log.get(log.size() - 1));
    log.clear();
    LintRun.execute(timed(Path.of("target/copydesk/cache")), mavenLog);
    // From the warm cache only the PNG (an error, never stored) is read again, and it reaches no rule.
    assertEquals("info Copydesk: 5 files, 4 from cache", log.get(0));
    assertTrue(log.get(1).startsWith("info Copydesk: Time by rule over 0 articles"), log.get(1));
  }

  private LintSettings timed(Path cache) {
    LintSettings s = settings(false);
    return new LintSettings(s.baseDirectory(), s.searchRoot(), s.displayRoot(), s.sourceDirectories(), s.includes(),
        s.excludes(), s.encoding(), s.configLocation(), s.threads(), s.maxFileSize(), cache, s.pluginVersion(), true, null);
  }

  @Test
  void reportsAreTheSameWithTheCacheOnOrOff() throws Exception {
    for (String format : Reporters.FORMATS) {
      assertEquals(render(format, run(false)), render(format, run(true)), format + ", cold cache");
      assertEquals(render(format, run(false)), render(format, run(true)), format + ", warm cache");
    }
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log);
  }

  @Test
  void aBaselineAcceptsTheSameFindingsOfResultsFromTheCache() throws Exception {
    StringWriter written = new StringWriter();
    Baseline.of(run(false).results()).write(written);
    String tsv = written.toString();
    run(true);
    for (boolean cache : new boolean[] {false, true}) {
      LintRun run = run(cache);
      run.loadFlaggedArticles();
      Baseline.Applied applied = Baseline.read(new StringReader(tsv), "baseline.tsv").apply(run.results());
      assertEquals(0, applied.newFindings(), "cache " + cache);
      assertTrue(applied.acceptedCount() > 2, "cache " + cache);
      assertEquals(tsv, baselineOf(run.results()), "cache " + cache);
    }
  }

  private static String baselineOf(List<LintResult> results) throws IOException {
    StringWriter w = new StringWriter();
    Baseline.of(results).write(w);
    return w.toString();
  }

  private String render(String format, LintRun run) throws Exception {
    Path out = Files.createTempDirectory(root, "reports");
    ReportSet set = ReportSet.of(List.of(format), root, root, "News", null, null);
    run.loadFlaggedArticles();
    Path file = set.write(LintReport.of(run.results(), run.linter().rules().metadata()), out).get(0);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void aDamagedEntryIsAWarningNamingTheFileAndTheRunGoesOn() throws Exception {
    LintRun fresh = run(true);
    Path index = cacheDir().resolve("index");
    byte[] b = Files.readAllBytes(index);
    b[b.length - 1] ^= 0x5A; // the checksum of the last entry, content/news/page.html's
    Files.write(index, b);
    LintRun again = run(true);
    assertEquals(fresh.results(), again.results());
    assertEquals(List.of("warn Copydesk: the cache index " + index + " entry for content/news/page.html is damaged (checksum mismatch);"
        + " ignored, linting the file again", "info Copydesk: 5 files, 3 from cache"), log);
    run(true);
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log, "rewritten");
  }

  @Test
  void aDamagedIndexIsAWarningAndTheRunGoesOn() throws Exception {
    LintRun fresh = run(true);
    Path index = cacheDir().resolve("index");
    Files.writeString(index, "not an index");
    LintRun again = run(true);
    assertEquals(fresh.results(), again.results());
    assertEquals(List.of("warn Copydesk: the cache index " + index + " is damaged (not a Copydesk cache index); ignored, looking files up one by one",
        "info Copydesk: 5 files, 0 from cache"), log);
    run(true);
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log, "rewritten");
  }

  @Test
  void aChangedRuleSettingInvalidatesButAChangedCommentDoesNot() throws Exception {
    write(".copydesk.yml", "rules:\n  page-chrome: error\n");
    LintRun before = run(true);
    write(".copydesk.yml", "# House settings\nrules:\n  page-chrome: error   # as it was\n");
    run(true);
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log);
    write(".copydesk.yml", "rules:\n  page-chrome: warning\n");
    LintRun after = run(true);
    assertEquals(List.of("info Copydesk: 5 files, 0 from cache"), log);
    assertNotEquals(before.results(), after.results());
    assertEquals(after.results(), run(false).results());
  }

  @Test
  void aChangedTokenListOrVocabularyInvalidates() throws Exception {
    write(".copydesk.yml", "styles:\n  files: [styles/house.yml]\nvocabulary:\n  path: vocabulary.txt\n");
    write("styles/house.yml", "house-banned:\n  type: existence\n  message: \"Cut '{match}'.\"\n  tokens-from: banned.txt\n");
    write("styles/banned.txt", "reopens\n");
    write("vocabulary.txt", "Copydesk\n");
    LintRun before = run(true);
    assertTrue(before.results().stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.ruleId().equals("house-banned")));
    run(true);
    assertEquals(List.of("info Copydesk: 5 files, 4 from cache"), log);

    write("styles/banned.txt", "closes\n");
    LintRun after = run(true);
    assertEquals(List.of("info Copydesk: 5 files, 0 from cache"), log);
    assertEquals(after.results(), run(false).results());
    assertNotEquals(before.results(), after.results());

    write("vocabulary.txt", "Copydesk\nNewsroom\n");
    run(true);
    assertEquals(List.of("info Copydesk: 5 files, 0 from cache"), log);
  }

  @Test
  void thePluginVersionIsPartOfTheKey() throws Exception {
    run(true);
    log.clear();
    LintRun.execute(new LintSettings(root, root, root, List.of(), List.of(), List.of(), "UTF-8", null, 2, 0,
        Path.of("target/copydesk/cache"), "1.2.4", false, null), mavenLog);
    assertEquals(List.of("info Copydesk: 5 files, 0 from cache"), log);
  }

  @Test
  void entriesOfFilesNoLongerLintedAreRemoved() throws Exception {
    run(true);
    String clean = Files.readString(root.resolve("content/news/clean.md"));
    Files.delete(root.resolve("content/news/clean.md"));
    Files.delete(root.resolve("content/news/page.html"));
    run(true);
    assertEquals(List.of("info Copydesk: 3 files, 2 from cache; 2 entries of files no longer linted removed"), log);
    run(true);
    assertEquals(List.of("info Copydesk: 3 files, 2 from cache"), log);
    write("content/news/clean.md", clean);
    run(true);
    assertEquals(List.of("info Copydesk: 4 files, 2 from cache"), log, "its entry went");
  }
}
