package dev.copydesk.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.reliability.LintChecks;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document of the shared corpus lints through the full rule pack without an exception, without a
 * {@code rule.failure} or {@code parse.failure}, within a per-file time budget, and with every span
 * valid ({@link LintChecks}). The LanguageTool rules (grammar, spelling), at a few articles a second,
 * run on {@value #LANGUAGETOOL_SAMPLE} documents of each corpus; every other rule on every document.
 * Skipped when the corpus folder is absent.
 */
class CorpusLintTest {

  /** Generous, so that a loaded CI machine does not flake; typical files take milliseconds. */
  private static final long BUDGET_MILLIS = 5_000;

  /** LanguageTool reads a few articles a second; a long page takes it several. */
  private static final long LANGUAGETOOL_BUDGET_MILLIS = 30_000;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private record Timed(String id, long nanos) {}

  /** Documents of each corpus that the whole pack, LanguageTool included, also lints. */
  private static final int LANGUAGETOOL_SAMPLE = 4;

  @TestFactory
  Stream<DynamicTest> everyCorpusDocumentLintsCleanlyAndQuickly() throws Exception {
    Path root = CorpusDocs.root();
    assumeTrue(root != null, "corpus folder absent: " + System.getProperty("copydesk.corpus"));
    List<CorpusDocs.Doc> docs = CorpusDocs.all(root);
    Linter utf8 = FullPack.builderWithoutLanguageTool().baseDirectory(root).threads(1).build();
    Linter latin = FullPack.builderWithoutLanguageTool().baseDirectory(root).encoding(WINDOWS_1252).threads(1).build();
    Linter wholeUtf8 = FullPack.builder().baseDirectory(root).threads(1).build();
    Linter wholeLatin = FullPack.builder().baseDirectory(root).encoding(WINDOWS_1252).threads(1).build();
    // Warm up class loading and the segmenter so the first file's time is not the JVM's.
    utf8.lint("Title\n\nWarm up the linter. It reads this.\n", Format.TEXT, "warm-up.txt");
    Map<String, List<CorpusDocs.Doc>> byCorpus = new LinkedHashMap<>();
    for (CorpusDocs.Doc d : docs) {
      byCorpus.computeIfAbsent(d.corpus(), k -> new ArrayList<>()).add(d);
    }
    List<CorpusDocs.Doc> sample = new ArrayList<>();
    for (List<CorpusDocs.Doc> of : byCorpus.values()) {
      for (int i = 0; i < LANGUAGETOOL_SAMPLE; i++) {
        sample.add(of.get(i * of.size() / LANGUAGETOOL_SAMPLE));
      }
    }
    Stream<DynamicTest> each =
        byCorpus.entrySet().stream()
            .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> lintAll(e.getKey(), e.getValue(), utf8, latin)));
    Stream<DynamicTest> whole =
        Stream.of(
            DynamicTest.dynamicTest(
                "whole pack with grammar and spelling, " + LANGUAGETOOL_SAMPLE + " documents of each corpus",
                () -> lintAll("with LanguageTool", sample, wholeUtf8, wholeLatin)));
    return Stream.concat(each, whole);
  }

  private static void lintAll(String corpus, List<CorpusDocs.Doc> docs, Linter utf8, Linter latin) {
    assertTrue(docs.size() > 0, "no documents in " + corpus);
    List<String> failures = new ArrayList<>();
    long budget = utf8.config().rules().containsKey("grammar") ? LANGUAGETOOL_BUDGET_MILLIS : BUDGET_MILLIS;
    List<Timed> times = new ArrayList<>();
    long findings = 0;
    long chars = 0;
    int notUtf8 = 0;
    for (CorpusDocs.Doc d : docs) {
      long t0 = System.nanoTime();
      LintResult r;
      try {
        r = d.file() == null ? d.lint(utf8, latin) : utf8.lint(d.file());
        if (CorpusDocs.isNotUtf8(r)) {
          notUtf8++;
          r = latin.lint(d.file());
        }
      } catch (RuntimeException | Error e) {
        failures.add(d.id() + ": threw " + e);
        continue;
      }
      long nanos = System.nanoTime() - t0;
      times.add(new Timed(d.id(), nanos));
      if (!r.isLinted()) {
        failures.add(d.id() + ": not linted: " + r.diagnostics());
        continue;
      }
      for (String v : LintChecks.violations(r)) {
        failures.add(d.id() + ": " + v);
      }
      if (nanos / 1_000_000 > budget) {
        failures.add(d.id() + ": took " + nanos / 1_000_000 + " ms, over the budget of " + budget + " ms");
      }
      findings += r.findings().size();
      chars += r.article().source().length();
    }
    times.sort(Comparator.comparingLong(Timed::nanos).reversed());
    long total = times.stream().mapToLong(Timed::nanos).sum();
    System.out.printf(
        Locale.ROOT,
        "corpus lint %-18s %5d documents (%d read as windows-1252) %6.1f MB %6d findings in %6.0f ms; slowest: %s%n",
        corpus,
        docs.size(),
        notUtf8,
        chars / 1e6,
        findings,
        total / 1e6,
        times.subList(0, Math.min(3, times.size())).stream()
            .map(t -> String.format(Locale.ROOT, "%s %.0f ms", t.id(), t.nanos() / 1e6))
            .toList());
    assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
  }
}
