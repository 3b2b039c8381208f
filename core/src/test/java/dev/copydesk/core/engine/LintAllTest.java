package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs over many files: order, parallelism, interruption, failures of the sink, articles let go. */
class LintAllTest {

  @TempDir Path dir;
  private final List<Path> files = new ArrayList<>();

  @BeforeEach
  void write() throws IOException {
    for (int i = 0; i < 60; i++) {
      Path f = dir.resolve("a" + i + ".txt");
      StringBuilder s = new StringBuilder("Title " + i + "\n\n");
      for (int k = 0; k < i % 7; k++) {
        s.append("A sentence that runs on and on with many words in it so that the long sentence rule has")
            .append(" something to say about it and says it now.\n\n");
      }
      Files.writeString(f, s + (i % 5 == 0 ? "Leave a Reply\n" : ""), StandardCharsets.UTF_8);
      files.add(f);
    }
  }

  private Linter.Builder builder(int threads) {
    return Linter.builder()
        .rules(List.of(new TestRules.LeaveAReply(), new TestRules.LongSentence()))
        .ruleProviders(false)
        .baseDirectory(dir)
        .threads(threads);
  }

  @Test
  void parallelRunsGiveTheSequentialResultsInInputOrder() {
    List<LintResult> one = builder(1).build().lintAll(files);
    for (int threads : new int[] {2, 3, 8}) {
      List<LintResult> many = builder(threads).build().lintAll(files);
      assertEquals(one, many, threads + " threads");
    }
    assertEquals(files.stream().map(f -> dir.relativize(f).toString()).toList(), one.stream().map(LintResult::id).toList());
  }

  /** An article of a CMS archive, as a row of an export would give it. */
  private record Row(String id, String body) {}

  @Test
  void articlesFromAnyStreamAreLintedInParallelInOrderAndReadAsTheWorkGoes() {
    int count = 2_000;
    AtomicInteger drawn = new AtomicInteger();
    AtomicInteger handed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    // A stream that makes each row when asked, as a database cursor would: never all of them at once.
    Iterable<Row> rows = () -> new java.util.Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Row next() {
        int i = next++;
        mostAhead.accumulateAndGet(drawn.incrementAndGet() - handed.get(), Math::max);
        return new Row("archive/" + i, "Title " + i + "\n\nThe council met." + (i % 3 == 0 ? "\n\nLeave a Reply\n" : "\n"));
      }
    };
    for (int threads : new int[] {1, 3}) {
      Linter linter = builder(threads).build();
      drawn.set(0);
      handed.set(0);
      mostAhead.set(0);
      List<String> ids = new ArrayList<>();
      List<Integer> flagged = new ArrayList<>();
      linter.lintAll(rows, (Row r) -> linter.lint(r.body(), dev.copydesk.core.model.Format.TEXT, r.id()), res -> {
        handed.incrementAndGet();
        ids.add(res.id());
        if (!res.findings().isEmpty()) {
          flagged.add(Integer.parseInt(res.id().substring("archive/".length())));
        }
      });
      assertEquals(java.util.stream.IntStream.range(0, count).mapToObj(i -> "archive/" + i).toList(), ids, threads + " threads");
      assertEquals(java.util.stream.IntStream.range(0, count).filter(i -> i % 3 == 0).boxed().toList(), flagged);
      // At most MAX_BATCH results per task, four tasks per thread, in flight: never the whole stream.
      assertTrue(mostAhead.get() <= Math.max(1, Linter.MAX_BATCH * 4 * threads), "rows ahead of the sink: " + mostAhead.get());
    }
  }

  @Test
  void anInterruptedCallerStopsTheRun() {
    for (int threads : new int[] {1, 3}) {
      Linter linter = builder(threads).build();
      Thread.currentThread().interrupt();
      try {
        AtomicInteger seen = new AtomicInteger();
        assertThrows(CancellationException.class, () -> linter.lintAll(files, r -> seen.incrementAndGet()));
        assertTrue(Thread.currentThread().isInterrupted(), "the flag stays set");
        assertEquals(0, seen.get());
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void aFailingSinkStopsTheRunWithItsException() {
    Linter linter = builder(3).build();
    AtomicInteger seen = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> linter.lintAll(files, r -> {
      if (seen.incrementAndGet() == 5) {
        throw new IllegalStateException("disk full");
      }
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals(5, seen.get());
  }

  @Test
  void aFailingLintStopsTheRunWithItsExceptionAfterTheResultsBeforeItsTask() {
    int count = 600;
    int failing = 450;
    for (int threads : new int[] {1, 2, 3}) {
      Linter linter = builder(threads).build();
      List<String> seen = new ArrayList<>();
      List<Integer> items = java.util.stream.IntStream.range(0, count).boxed().toList();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> linter.lintAll(items, (Integer i) -> {
        if (i == failing) {
          throw new IllegalArgumentException("row " + i + " is corrupt");
        }
        return linter.lint("The council met on row " + i + ".", dev.copydesk.core.model.Format.TEXT, "row/" + i);
      }, r -> seen.add(r.id())));
      assertEquals("row 450 is corrupt", e.getMessage(), threads + " threads");
      // In order and without a gap, and nothing from the failing row on; the results of the tasks that
      // came before the failing one's have all been handed on (a task holds at most MAX_BATCH rows).
      assertEquals(java.util.stream.IntStream.range(0, seen.size()).mapToObj(i -> "row/" + i).toList(), seen, threads + " threads");
      assertTrue(seen.size() <= failing && seen.size() >= failing - Linter.MAX_BATCH + 1, threads + " threads: " + seen.size());
    }
  }

  @Test
  void softRetentionLetsArticlesGoAndReadsThemAgain() throws IOException {
    Linter keep = builder(2).build();
    Linter soft = builder(2).articleRetention(ArticleRetention.SOFT).build();
    List<LintResult> kept = keep.lintAll(files);
    List<LintResult> released = soft.lintAll(files);
    assertEquals(kept, released);
    assertTrue(kept.get(0).holdsArticle());
    assertFalse(released.get(0).holdsArticle());
    assertEquals(kept.get(3).article().source(), released.get(3).article().source());
    assertSame(released.get(3).article(), released.get(3).article(), "read once, then shared");

    byte[] before = dev.copydesk.core.internal.ContentChecksum.of(Files.readAllBytes(files.get(4)));
    assertTrue(soft.parseUnchanged(files.get(4), before).isPresent());
    Files.writeString(files.get(4), "Changed since\n", StandardCharsets.UTF_8);
    assertTrue(soft.parseUnchanged(files.get(4), before).isEmpty(), "offsets would point at other text");
    LintResult changed = released.get(4);
    LintResult fromCache = LintResult.reloadable(changed.id(), files.get(4), changed.format(), null,
        () -> soft.parseUnchanged(files.get(4), before).orElse(null), changed.findings(), changed.suppressed(),
        changed.diagnostics());
    assertNull(fromCache.article());
    assertTrue(fromCache.isLinted());
  }

  @Test
  void noRetentionKeepsNothingButReadsArticlesAgainOnDemand() throws IOException {
    List<LintResult> kept = builder(2).build().lintAll(files);
    Linter none = builder(2).articleRetention(ArticleRetention.NONE).build();
    List<LintResult> released = none.lintAll(files);
    assertEquals(kept, released);
    assertFalse(released.get(2).holdsArticle());
    assertEquals(kept.get(2).article().source(), released.get(2).article().source());
    assertEquals(kept.get(2).article().blocks().size(), released.get(2).article().blocks().size());
    Files.writeString(files.get(6), "Changed since\n", StandardCharsets.UTF_8);
    assertNull(released.get(6).article(), "a changed file gives no article rather than one the offsets miss");
    String seventh = Files.readString(files.get(7), StandardCharsets.UTF_8);
    int at = seventh.indexOf('e');
    Files.writeString(files.get(7), seventh.substring(0, at) + 'a' + seventh.substring(at + 1), StandardCharsets.UTF_8);
    assertNull(released.get(7).article(), "one letter changed, the length the same");
  }

  @Test
  void loadArticlesReadsTheSelectedArticlesInParallel() {
    Linter soft = builder(3).articleRetention(ArticleRetention.SOFT).build();
    List<LintResult> results = soft.lintAll(files);
    AtomicInteger asked = new AtomicInteger();
    soft.loadArticles(results, r -> {
      asked.incrementAndGet();
      return !r.findings().isEmpty();
    });
    assertEquals(files.size(), asked.get());
    for (LintResult r : results) {
      assertEquals(r.id(), r.article().id());
    }
  }

  @Test
  void withFindingsKeepsTheWayTheArticleIsHeld() {
    LintResult r = builder(1).articleRetention(ArticleRetention.SOFT).build().lint(files.get(5));
    LintResult filtered = r.withFindings(List.of(), r.findings());
    assertFalse(filtered.holdsArticle());
    assertEquals(r.article().source(), filtered.article().source());
    assertEquals(r.findings(), filtered.suppressed());
  }
}
