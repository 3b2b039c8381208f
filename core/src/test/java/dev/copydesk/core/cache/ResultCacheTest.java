package dev.copydesk.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

  @RuleInfo(id = "leave-a-reply", summary = "Comment form heading", severity = Severity.ERROR, category = Category.BOILERPLATE)
  static final class LeaveAReply implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (block.text().strip().equals("Leave a Reply")) {
        context.at(block, 0, block.text().length()).message("Delete the comment form.").fix("").report();
      }
    }
  }

  @RuleInfo(id = "explodes", summary = "Fails on a marker", severity = Severity.ERROR, category = Category.STYLE)
  static final class Explodes implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (block.text().contains("EXPLODE")) {
        throw new IllegalStateException("boom");
      }
    }
  }

  @TempDir Path project;
  private Path cacheDir;
  private List<Path> files;

  @BeforeEach
  void writeArticles() throws IOException {
    cacheDir = project.resolve("target/copydesk/cache");
    files = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Path f = project.resolve("content/news/story-" + i + ".md");
      Files.createDirectories(f.getParent());
      String body = "# Story " + i + "\n\nThe council met on Monday.\n\n"
          + (i % 3 == 0 ? "Leave a Reply\n\n" : "")
          + (i % 4 == 0 ? "<!-- copydesk-disable-next-line leave-a-reply -->\nLeave a Reply\n" : "");
      Files.writeString(f, body, StandardCharsets.UTF_8);
      files.add(f);
    }
  }

  private Linter linter(CopydeskConfig config) {
    return Linter.builder()
        .rules(List.of(new LeaveAReply(), new Explodes()))
        .ruleProviders(false)
        .config(config)
        .baseDirectory(project)
        .threads(3)
        .build();
  }

  private Linter linter() {
    return linter(CopydeskConfig.empty());
  }

  @Test
  void aSecondRunIsServedFromTheCacheWithTheSameResults() {
    Linter linter = linter();
    List<LintResult> direct = linter.lintAll(files);

    ResultCache first = ResultCache.open(cacheDir, linter);
    assertEquals(direct, first.lintAll(files));
    assertEquals(new ResultCache.Stats(0, 12, 12, 0), first.stats());

    ResultCache second = ResultCache.open(cacheDir, linter());
    List<LintResult> cached = second.lintAll(files);
    assertEquals(direct, cached, "findings, suppressed findings and diagnostics come back as they were");
    assertEquals(new ResultCache.Stats(12, 0, 0, 0), second.stats());
    assertTrue(cached.stream().allMatch(LintResult::isLinted));
    assertTrue(cached.stream().noneMatch(LintResult::holdsArticle), "the article is not stored");
    assertTrue(cached.stream().anyMatch(r -> !r.suppressed().isEmpty()));
    assertEquals(List.of(), second.warnings());

    LintResult withFinding = cached.get(0);
    assertEquals("Delete the comment form.", withFinding.findings().get(0).message());
    assertEquals("", withFinding.findings().get(0).fixes().get(0).replacement());
    assertNotNull(withFinding.article(), "read and parsed again on demand");
    assertEquals(direct.get(0).article().source(), withFinding.article().source());
  }

  @Test
  void aChangedFileIsLintedAgainAndTheOthersAreNot() throws IOException {
    ResultCache.open(cacheDir, linter()).lintAll(files);
    Files.writeString(files.get(1), "# Story 1\n\nLeave a Reply\n", StandardCharsets.UTF_8);
    ResultCache cache = ResultCache.open(cacheDir, linter());
    List<LintResult> results = cache.lintAll(files);
    assertEquals(new ResultCache.Stats(11, 1, 1, 0), cache.stats());
    assertEquals(1, results.get(1).findings().size());
  }

  @Test
  void anEditThatKeepsTheLengthIsLintedAgain() throws IOException {
    // Story 2 has no "Leave a Reply"; story 5 has one. Same length, other words: a key of the length
    // alone, or of the first or last bytes, would serve story 2's old result.
    String before = Files.readString(files.get(2), StandardCharsets.UTF_8);
    String after = before.replace("The council met on Monday.", "Leave a Reply\n\nThe end.   ");
    assertEquals(before.length(), after.length());
    ResultCache.open(cacheDir, linter()).lintAll(files);
    Files.writeString(files.get(2), after, StandardCharsets.UTF_8);
    ResultCache cache = ResultCache.open(cacheDir, linter());
    List<LintResult> results = cache.lintAll(files);
    assertEquals(new ResultCache.Stats(11, 1, 1, 0), cache.stats());
    assertEquals(1, results.get(2).findings().size());
    assertEquals(linter().lintAll(List.of(files.get(2))), List.of(results.get(2)));
  }

  @Test
  void aChangedConfigurationOrVersionInvalidates() {
    ResultCache.open(cacheDir, linter()).lintAll(files);

    CopydeskConfig warning = CopydeskConfig.builder().rule(RuleSetting.severity("leave-a-reply", Severity.WARNING)).build();
    ResultCache reconfigured = ResultCache.open(cacheDir, linter(warning));
    List<LintResult> results = reconfigured.lintAll(files);
    assertEquals(12, reconfigured.stats().misses());
    assertEquals(Severity.WARNING, results.get(0).findings().get(0).severity());

    CopydeskConfig off = CopydeskConfig.builder().rule(RuleSetting.enabled("leave-a-reply", false)).build();
    ResultCache disabled = ResultCache.open(cacheDir, linter(off));
    assertTrue(disabled.lintAll(files).stream().allMatch(r -> r.findings().isEmpty()));
    assertEquals(12, disabled.stats().misses());

    ResultCache upgraded = ResultCache.builder(cacheDir, linter(off)).version("99.0").build();
    upgraded.lintAll(files);
    assertEquals(12, upgraded.stats().misses(), "another version never reuses entries");

    ResultCache extra = ResultCache.builder(cacheDir, linter(off)).version("99.0").extraKey("styles v2").build();
    extra.lintAll(files);
    assertEquals(12, extra.stats().misses());
  }

  @Test
  void whatTheFilesTheConfigurationNamesHoldIsPartOfTheKey() throws Exception {
    // A style's token list and a file an extension section names can change while the configuration
    // stays the same: the cache must not serve results worked out with the old ones.
    write(".copydesk.yml", "styles:\n  files: [styles/house.yml]\nvocabulary:\n  path: vocabulary.txt\n");
    write("styles/house.yml", "house-banned:\n  type: existence\n  message: \"Cut '{match}'.\"\n  tokens-from: banned.txt\n");
    write("styles/banned.txt", "council\n");
    write("vocabulary.txt", "Copydesk\n");
    write("notes.txt", "not named anywhere\n");

    ResultCache first = ResultCache.open(cacheDir, styled());
    assertTrue(first.lintAll(files).stream().allMatch(r -> excerpts(r).contains("council")));
    assertEquals(12, first.stats().misses());

    ResultCache same = ResultCache.open(cacheDir, styled());
    same.lintAll(files);
    assertEquals(12, same.stats().hits(), "nothing changed");

    write("notes.txt", "still not named anywhere\n");
    ResultCache unrelated = ResultCache.open(cacheDir, styled());
    unrelated.lintAll(files);
    assertEquals(12, unrelated.stats().hits(), "a file no configuration names");

    write("styles/banned.txt", "monday\n");
    ResultCache tokens = ResultCache.open(cacheDir, styled());
    List<LintResult> results = tokens.lintAll(files);
    assertEquals(12, tokens.stats().misses(), "the token list changed");
    assertTrue(results.stream().allMatch(r -> excerpts(r).equals(List.of("Monday"))), results.get(0).findings().toString());

    write("vocabulary.txt", "Copydesk\nNewsroom\n");
    ResultCache vocabulary = ResultCache.open(cacheDir, styled());
    vocabulary.lintAll(files);
    assertEquals(12, vocabulary.stats().misses(), "the file an extension section names changed");
  }

  private Linter styled() throws Exception {
    return Linter.builder().config(ConfigLoader.load(project.resolve(".copydesk.yml"))).baseDirectory(project).build();
  }

  private void write(String name, String text) throws IOException {
    Path p = project.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<String> excerpts(LintResult r) {
    return r.findings().stream().filter(f -> f.ruleId().equals("house-banned")).map(f -> f.excerpt()).toList();
  }

  @Test
  void aRunKeepsItsResultsInOneIndexFile() throws Exception {
    ResultCache.open(cacheDir, linter()).lintAll(files);
    try (Stream<Path> walk = Files.walk(cacheDir)) {
      assertEquals(List.of(cacheDir.resolve(ResultCache.INDEX)), walk.filter(Files::isRegularFile).toList());
    }
    assertEquals(12, CacheIndex.decode(Files.readAllBytes(cacheDir.resolve(ResultCache.INDEX))).size());
  }

  @Test
  void aDamagedEntryInTheIndexIsIgnoredWithAWarningNamingTheFile() throws Exception {
    Linter linter = linter();
    List<LintResult> direct = linter.lintAll(files);
    ResultCache.open(cacheDir, linter).lintAll(files);
    Path indexFile = cacheDir.resolve(ResultCache.INDEX);
    Map<String, byte[]> index = new LinkedHashMap<>(CacheIndex.decode(Files.readAllBytes(indexFile)));
    byte[] whole = index.get("content/news/story-1.md");
    index.put("content/news/story-1.md", Arrays.copyOf(whole, whole.length - 3)); // truncated
    byte[] flipped = index.get("content/news/story-2.md").clone();
    flipped[flipped.length - 20] ^= 0x20; // one bit
    index.put("content/news/story-2.md", flipped);
    byte[] other = index.get("content/news/story-3.md");
    index.put("content/news/story-4.md", other); // another file's entry under this file's id
    Files.write(indexFile, CacheIndex.encode(index));

    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(direct, cache.lintAll(files));
    assertEquals(new ResultCache.Stats(9, 3, 3, 2), cache.stats());
    assertEquals(2, cache.warnings().size(), cache.warnings().toString());
    assertTrue(cache.warnings().get(0).startsWith("the cache index " + indexFile + " entry for content/news/story-1.md is damaged ("),
        cache.warnings().get(0));
    assertTrue(cache.warnings().get(1).contains(" entry for content/news/story-2.md is damaged (checksum mismatch)"), cache.warnings().get(1));

    ResultCache again = ResultCache.open(cacheDir, linter);
    again.lintAll(files);
    assertEquals(new ResultCache.Stats(12, 0, 0, 0), again.stats(), "rewritten");
    assertEquals(List.of(), again.warnings());
  }

  @Test
  void aDamagedIndexIsIgnoredAsAWholeWithAWarning() throws IOException {
    Linter linter = linter();
    List<LintResult> direct = linter.lintAll(files);
    ResultCache.open(cacheDir, linter).lintAll(files);
    Path indexFile = cacheDir.resolve(ResultCache.INDEX);
    byte[] whole = Files.readAllBytes(indexFile);
    Files.write(indexFile, Arrays.copyOf(whole, whole.length / 2));

    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(direct, cache.lintAll(files));
    assertEquals(new ResultCache.Stats(0, 12, 12, 1), cache.stats());
    assertEquals(1, cache.warnings().size(), cache.warnings().toString());
    assertTrue(cache.warnings().get(0).startsWith("the cache index " + indexFile + " is damaged ("), cache.warnings().get(0));

    Files.writeString(indexFile, "not an index");
    ResultCache garbage = ResultCache.open(cacheDir, linter);
    assertEquals(direct, garbage.lintAll(files));
    assertTrue(garbage.warnings().get(0).contains("is damaged (not a Copydesk cache index)"), garbage.warnings().toString());

    ResultCache again = ResultCache.open(cacheDir, linter);
    again.lintAll(files);
    assertEquals(12, again.stats().hits(), "rewritten");
  }

  @Test
  void aDamagedEntryFileIsIgnoredWithAWarningAndRewritten() throws IOException {
    Linter linter = linter();
    List<LintResult> direct = linter.lintAll(files);
    ResultCache one = ResultCache.open(cacheDir, linter);
    files.forEach(one::lint);
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(cacheDir)) {
      entries = walk.filter(p -> p.toString().endsWith(".entry")).sorted().toList();
    }
    assertEquals(12, entries.size(), "one file each");
    Files.write(entries.get(0), "not an entry at all".getBytes(StandardCharsets.UTF_8));
    byte[] whole = Files.readAllBytes(entries.get(1));
    Files.write(entries.get(1), java.util.Arrays.copyOf(whole, whole.length / 2)); // truncated
    byte[] flipped = Files.readAllBytes(entries.get(2));
    flipped[flipped.length / 2] ^= 0x20; // one bit
    Files.write(entries.get(2), flipped);

    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(direct, files.stream().map(cache::lint).toList());
    assertEquals(new ResultCache.Stats(9, 3, 3, 3), cache.stats());
    assertEquals(3, cache.warnings().size(), cache.warnings().toString());
    assertTrue(cache.warnings().get(0).contains("damaged"), cache.warnings().get(0));
    assertTrue(cache.warnings().stream().allMatch(w -> w.startsWith("cache entry " + cacheDir)), "names the entry");
    assertTrue(cache.warnings().stream().allMatch(w -> w.contains(" for content/news/story-")), "names the file");

    ResultCache again = ResultCache.open(cacheDir, linter);
    files.forEach(again::lint);
    assertEquals(12, again.stats().hits(), "rewritten");
  }

  @Test
  void entryFilesAreTakenIntoTheIndex() throws IOException {
    Linter linter = linter();
    ResultCache one = ResultCache.open(cacheDir, linter);
    files.forEach(one::lint);
    Files.writeString(files.get(5), "# Story 5\n\nChanged since.\n", StandardCharsets.UTF_8);
    ResultCache all = ResultCache.open(cacheDir, linter);
    assertEquals(linter.lintAll(files), all.lintAll(files));
    assertEquals(new ResultCache.Stats(11, 1, 1, 0), all.stats());
    try (Stream<Path> walk = Files.walk(cacheDir)) {
      assertEquals(List.of(cacheDir.resolve(ResultCache.INDEX)), walk.filter(Files::isRegularFile).toList(), "entry files went");
    }
    ResultCache again = ResultCache.open(cacheDir, linter);
    again.lintAll(files);
    assertEquals(new ResultCache.Stats(12, 0, 0, 0), again.stats());
  }

  @Test
  void anUnwritableCacheWarnsOnceAndTheRunGoesOn() throws IOException {
    Files.createDirectories(cacheDir.getParent());
    Files.writeString(cacheDir, "a file where the folder should be");
    Linter linter = linter();
    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(linter.lintAll(files), cache.lintAll(files));
    assertEquals(1, cache.warnings().size(), cache.warnings().toString());
    assertTrue(cache.warnings().get(0).contains("is not a folder"), cache.warnings().get(0));
  }

  @Test
  void aFolderThatCannotBeWrittenWarnsOnce() throws IOException {
    Files.createDirectories(cacheDir);
    // Each entry's shard folder is in the way as a file.
    Linter linter = linter();
    ResultCache probe = ResultCache.open(cacheDir, linter);
    for (Path f : files) {
      Path shard = probe.entryOf(linter.idOf(f)).getParent();
      if (!Files.exists(shard)) {
        Files.writeString(shard, "in the way");
      }
    }
    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(linter.lintAll(files), files.stream().map(cache::lint).toList());
    assertEquals(0, cache.stats().stored());
    assertTrue(cache.warnings().stream().filter(w -> w.startsWith("cannot write the result cache")).count() == 1,
        cache.warnings().toString());
  }

  @Test
  void anIndexThatCannotBeWrittenWarnsOnce() throws IOException {
    // A folder, not empty, where the index should be.
    Files.createDirectories(cacheDir.resolve(ResultCache.INDEX).resolve("in-the-way"));
    Linter linter = linter();
    ResultCache cache = ResultCache.open(cacheDir, linter);
    assertEquals(linter.lintAll(files), cache.lintAll(files));
    assertEquals(new ResultCache.Stats(0, 12, 0, 1), cache.stats());
    assertEquals(2, cache.warnings().size(), cache.warnings().toString());
    assertTrue(cache.warnings().get(0).startsWith("the cache index " + cacheDir.resolve(ResultCache.INDEX) + " could not be read"),
        cache.warnings().get(0));
    assertTrue(cache.warnings().get(1).startsWith("cannot write the result cache in " + cacheDir), cache.warnings().get(1));
  }

  @Test
  void resultsWithErrorsAreNotStored() throws IOException {
    Files.writeString(files.get(0), "# Story\n\nEXPLODE here.\n", StandardCharsets.UTF_8);
    ResultCache.open(cacheDir, linter()).lintAll(files);
    ResultCache cache = ResultCache.open(cacheDir, linter());
    List<LintResult> results = cache.lintAll(files);
    assertEquals("rule.failure", results.get(0).diagnostics().get(0).code());
    assertEquals(new ResultCache.Stats(11, 1, 0, 0), cache.stats());
  }

  @Test
  void aCachedArticleIsNullWhenTheFileChangedSince() throws IOException {
    ResultCache.open(cacheDir, linter()).lintAll(files);
    LintResult cached = ResultCache.open(cacheDir, linter()).lint(files.get(0));
    assertFalse(cached.holdsArticle());
    Files.writeString(files.get(0), "# Something else\n", StandardCharsets.UTF_8);
    assertNull(cached.article(), "offsets would point at other text");
    assertTrue(cached.isLinted());
  }

  @Test
  void theDigestChangesWithAnyFileOrTheConfigurationAndOnlyThen() throws IOException {
    ResultCache first = ResultCache.open(cacheDir, linter());
    first.lintAll(files);
    String digest = first.digest(files);
    assertEquals(digest, ResultCache.open(cacheDir, linter()).digest(files), "not linted yet: read and hashed");
    ResultCache again = ResultCache.open(cacheDir, linter());
    again.lintAll(files);
    assertEquals(digest, again.digest(files));
    assertFalse(digest.equals(again.digest(files.subList(0, 11))));

    Files.writeString(files.get(7), "# Story 7\n\nChanged.\n", StandardCharsets.UTF_8);
    ResultCache changed = ResultCache.open(cacheDir, linter());
    changed.lintAll(files);
    assertFalse(digest.equals(changed.digest(files)));

    CopydeskConfig warning = CopydeskConfig.builder().rule(RuleSetting.severity("leave-a-reply", Severity.WARNING)).build();
    assertFalse(changed.digest(files).equals(ResultCache.open(cacheDir, linter(warning)).digest(files)));
  }

  @Test
  void pruneForgetsFilesThatAreGone() {
    ResultCache cache = ResultCache.open(cacheDir, linter());
    cache.lintAll(files);
    assertEquals(4, cache.prune(files.subList(0, 8)));
    ResultCache next = ResultCache.open(cacheDir, linter());
    next.lintAll(files);
    assertEquals(new ResultCache.Stats(8, 4, 4, 0), next.stats());
  }

  @Test
  void concurrentRunsOnOneFolderAgreeWithTheLinter() throws Exception {
    Linter linter = linter();
    List<LintResult> direct = linter.lintAll(files);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<LintResult>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        // Two caches on one folder, as two builds would be, each used from several threads.
        ResultCache cache = ResultCache.open(cacheDir, i % 2 == 0 ? linter : linter());
        runs.add(pool.submit(() -> cache.lintAll(files)));
      }
      for (Future<List<LintResult>> run : runs) {
        assertEquals(direct, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    ResultCache after = ResultCache.open(cacheDir, linter);
    assertEquals(direct, after.lintAll(files));
    assertEquals(12, after.stats().hits());
    assertEquals(List.of(), after.warnings());
    try (Stream<Path> walk = Files.walk(cacheDir)) {
      assertEquals(0, walk.filter(p -> p.toString().endsWith(".tmp")).count(), "no temporary files left");
    }
  }
}
