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
 * (at most {@value #PER_CORPUS} documents of each corpus, evenly spread, about 350 in all) to keep the
 * time sane on a two-core machine; skipped when the corpus is absent.
 */
class ConcurrentLintTest {

  private static final int THREADS = 16;
  private static final int PER_CORPUS = 60;

  private static Path root;
  private static List<CorpusDocs.Doc> docs;
  private static Linter utf8;
  private static Linter latin;
  private static List<String> sequential;

  @BeforeAll
  static void lintSequentially() throws Exception {
    root = CorpusDocs.root();
    assumeTrue(root != null, "corpus folder absent: " + System.getProperty("copydesk.corpus"));
    docs = sample(CorpusDocs.all(root));
    utf8 = FullPack.builder().baseDirectory(root).threads(THREADS).build();
    latin = FullPack.builder().baseDirectory(root).encoding(Charset.forName("windows-1252")).threads(THREADS).build();
    sequential = new ArrayList<>();
    for (CorpusDocs.Doc d : docs) {
      sequential.add(fingerprint(d.lint(utf8, latin)));
    }
    long findings = sequential.stream().filter(s -> s.contains("Finding[")).count();
    System.out.printf("concurrent lint: %d documents, %d with findings, sequential baseline done%n", docs.size(), findings);
    assertTrue(findings > 20, "the sample should have findings to compare");
  }

  /** Sixteen threads pull the documents, in another order each run, from one shared linter. */
  @Test
  void sixteenThreadsSharingOneLinterMatchTheSequentialRun() throws Exception {
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
      assertSame(sequential, parallel);
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

  private static List<CorpusDocs.Doc> sample(List<CorpusDocs.Doc> all) {
    List<CorpusDocs.Doc> out = new ArrayList<>();
    List<String> corpora = all.stream().map(CorpusDocs.Doc::corpus).distinct().toList();
    for (String c : corpora) {
      List<CorpusDocs.Doc> of = all.stream().filter(d -> d.corpus().equals(c)).toList();
      int step = Math.max(1, (of.size() + PER_CORPUS - 1) / PER_CORPUS);
      for (int i = 0; i < of.size(); i += step) {
        out.add(of.get(i));
      }
    }
    return out;
  }
}
