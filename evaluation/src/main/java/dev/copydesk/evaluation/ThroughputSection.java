package dev.copydesk.evaluation;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Rule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the rule pack on BBC News: one thread, warm (after warm-up passes), best of a few
 * passes over all 2,225 articles held in memory. Printed for the whole pipeline (parse, segment, every
 * rule), for parsing alone (no rules), and per rule (the time a pack of that rule alone adds to
 * parsing). Figures are MB of UTF-8 source per second on one core.
 *
 * <p>System properties: {@code copydesk.eval.passes} (measured passes, default 3), {@code
 * copydesk.eval.perRule} (default true).
 */
final class ThroughputSection implements EvaluationSection {

  @Override
  public String name() {
    return "throughput";
  }

  @Override
  public String corpusFolder() {
    return "bbc-news-greene-cunningham";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws Exception {
    List<BbcCorpus.Item> items = BbcCorpus.load(corpus);
    long bytes = items.stream().mapToLong(i -> i.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).sum();
    int passes = Integer.getInteger("copydesk.eval.passes", 3);
    Linter full = Linter.builder().rules(linter.rules()).threads(1).build();
    Linter none = Linter.builder().rules(List.<Rule>of()).threads(1).build();
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "   %d articles, %.2f MB, %d rules, 1 thread, best of %d passes after 2 warm-up passes%n",
        items.size(), mb, linter.rules().size(), passes);
    double fullSeconds = best(full, items, passes);
    double parseSeconds = best(none, items, passes);
    out.printf(Locale.ROOT, "   rule pack, end to end (parse + rules): %8.2f MB/s per core (%.0f ms per pass)%n", mb / fullSeconds, fullSeconds * 1000);
    out.printf(Locale.ROOT, "   parsing alone (no rules):             %8.2f MB/s per core (%.0f ms per pass)%n", mb / parseSeconds, parseSeconds * 1000);
    double rules = Math.max(1e-9, fullSeconds - parseSeconds);
    out.printf(Locale.ROOT, "   rules alone (difference):             %8.2f MB/s per core (%.0f ms per pass)%n", mb / rules, rules * 1000);
    if (!Boolean.parseBoolean(System.getProperty("copydesk.eval.perRule", "true"))) {
      return;
    }
    out.println("   per rule (time added to parsing, ms per pass):");
    for (Rule r : linter.rules().rules()) {
      Linter one = Linter.builder().rules(List.of(r)).threads(1).build();
      double s = best(one, items, Math.max(1, passes - 1));
      out.printf(Locale.ROOT, "     %-22s %7.0f ms%n", r.metadata().id(), Math.max(0, s - parseSeconds) * 1000);
    }
  }

  private static double best(Linter linter, List<BbcCorpus.Item> items, int passes) {
    for (int i = 0; i < 2; i++) {
      pass(linter, items);
    }
    double[] t = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      pass(linter, items);
      t[i] = (System.nanoTime() - start) / 1e9;
    }
    return Arrays.stream(t).min().orElseThrow();
  }

  private static long pass(Linter linter, List<BbcCorpus.Item> items) {
    long findings = 0;
    for (BbcCorpus.Item item : items) {
      findings += linter.lint(item.text(), Format.TEXT, item.id()).findings().size();
    }
    return findings;
  }
}
