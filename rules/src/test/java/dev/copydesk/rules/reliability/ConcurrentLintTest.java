package dev.copydesk.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One {@link Linter} with the full rule pack, shared by 16 threads, gives exactly the results of a
 * sequential run: the same findings (rule, severity, message, span, positions, excerpt, fixes) in the
 * same order, the same suppressed findings and the same diagnostics. Over a sample of the shared corpus
 * (at most {@value #PER_CORPUS} documents of each corpus, evenly spread, 335 in all) to keep the time
 * sane on a two-core machine, with every rule but LanguageTool's; grammar and spelling join on
 * {@value #LANGUAGETOOL_PER_CORPUS} documents of each corpus. Skipped when the corpus is absent.
 */
class ConcurrentLintTest {

  private static final int THREADS = 16;
  private static final int PER_CORPUS = 60;
  private static final int LANGUAGETOOL_PER_CORPUS = 4;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static Path root;
  private static List<CorpusDocs.Doc> docs;
  private static Linter utf8;
  private static Linter latin;
  private static List<String> sequential;

  @BeforeAll
  static void lintSequentially() throws Exception {
    root = CorpusDocs.root();
    assumeTrue(root != null, "corpus folder absent: " + System.getProperty("copydesk.corpus"));
    docs = sample(CorpusDocs.all(root), PER_CORPUS);
    utf8 = FullPack.builderWithoutLanguageTool().baseDirectory(root).threads(THREADS).build();
    latin = FullPack.builderWithoutLanguageTool().baseDirectory(root).encoding(WINDOWS_1252).threads(THREADS).build();
    sequential = new ArrayList<>();
    for (CorpusDocs.Doc d : docs) {
      sequential.add(fingerprint(d.lint(utf8, latin)));
    }
    long findings = sequential.stream().filter(s -> s.contains("Finding[")).count();
    System.out.printf("concurrent lint: %d documents, %d with findings, sequential baseline done%n", docs.size(), findings);
    assertTrue(findings > 20, "the sample should have findings to compare");
  }

  /** Sixteen threads pull the documents, in a shuffled order, from one shared linter. */
  @Test
  void sixteenThreadsSharingOneLinterMatchTheSequentialRun() throws Exception {
    assertSame(sequential, sixteenThreads(docs, utf8, latin));
  }

  /**
   * The same with grammar and spelling on, whose LanguageTool instances are pooled across threads:
   * over {@value #LANGUAGETOOL_PER_CORPUS} documents of each corpus, LanguageTool's pace being a few
   * articles a second.
   */
  @Test
  void sixteenThreadsSharingTheWholePackWithLanguageToolMatchTheSequentialRun() throws Exception {
    Linter whole = FullPack.builder().baseDirectory(root).threads(THREADS).build();
    Linter wholeLatin = FullPack.builder().baseDirectory(root).encoding(WINDOWS_1252).threads(THREADS).build();
    List<CorpusDocs.Doc> few = sample(docs, LANGUAGETOOL_PER_CORPUS);
    List<String> expected = new ArrayList<>();
    for (CorpusDocs.Doc d : few) {
      expected.add(fingerprint(d.lint(whole, wholeLatin)));
    }
    assertTrue(expected.stream().anyMatch(f -> f.contains("ruleId=grammar") || f.contains("ruleId=spelling")), "LanguageTool found nothing to compare");
    assertSame(expected, sixteenThreads(few, whole, wholeLatin));
  }

  private static List<String> sixteenThreads(List<CorpusDocs.Doc> docs, Linter utf8, Linter latin) throws Exception {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(16));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>(Collections.nCopies(docs.size(), null));
      for (int i : order) {
        CorpusDocs.Doc d = docs.get(i);
        futures.set(
            i,
            pool.submit(
                () -> {
                  start.await();
                  return fingerprint(d.lint(utf8, latin));
                }));
      }
      start.countDown();
      List<String> parallel = new ArrayList<>();
      for (Future<String> f : futures) {
        parallel.add(f.get(5, TimeUnit.MINUTES));
      }
      return parallel;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The engine's own pool ({@link Linter#lintAll} on 16 threads) keeps input order and results. */
  @Test
  void lintAllOnSixteenThreadsMatchesTheSequentialRun() {
    List<Path> files = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      CorpusDocs.Doc d = docs.get(i);
      if (d.file() != null) {
        files.add(d.file());
        expected.add(sequential.get(i));
      }
    }
    // lintAll reads every file as UTF-8; the few others were read as windows-1252 in the baseline.
    List<LintResult> results = utf8.lintAll(files);
    List<String> parallel = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      LintResult r = results.get(i);
      parallel.add(CorpusDocs.isNotUtf8(r) ? fingerprint(latin.lint(files.get(i))) : fingerprint(r));
    }
    assertSame(expected, parallel);
  }

  private static void assertSame(List<String> expected, List<String> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "result " + i + " differs from the sequential run");
    }
  }

  /** Everything a report would show of a result. */
  private static String fingerprint(LintResult r) {
    return r.id() + "\n" + r.format() + "\n" + r.findings() + "\n" + r.suppressed() + "\n" + r.diagnostics();
  }

  private static List<CorpusDocs.Doc> sample(List<CorpusDocs.Doc> all, int perCorpus) {
    List<CorpusDocs.Doc> out = new ArrayList<>();
    List<String> corpora = all.stream().map(CorpusDocs.Doc::corpus).distinct().toList();
    for (String c : corpora) {
      List<CorpusDocs.Doc> of = all.stream().filter(d -> d.corpus().equals(c)).toList();
      int step = Math.max(1, (of.size() + perCorpus - 1) / perCorpus);
      for (int i = 0; i < of.size(); i += step) {
        out.add(of.get(i));
      }
    }
    return out;
  }
}
