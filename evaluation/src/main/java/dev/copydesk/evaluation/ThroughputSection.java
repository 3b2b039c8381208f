package dev.copydesk.evaluation;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Rule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the rule pack on BBC News: one thread, warm (after warm-up passes), best of a few
 * passes over all 2,225 articles held in memory. Printed for the whole pipeline (parse, segment, every
 * rule), for parsing alone (no rules), and per rule (the time a pack of that rule alone adds to
 * parsing). Figures are MB of UTF-8 source per second of the measuring thread's CPU time, so that a
 * busy machine slows the wall clock but not the figure; wall-clock MB/s and the load average are
 * printed beside them.
 *
 * <p>System properties: {@code copydesk.eval.passes} (measured passes, default 5), {@code
 * copydesk.eval.perRule} (default true).
 */
final class ThroughputSection implements EvaluationSection {

  // Passes before timing: a pass is about half a second, and the JIT compiler is still at work on the
  // rules' code after two of them (the figure then reads some 15% low).
  private static final int WARMUPS = 5;

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
    int passes = Integer.getInteger("copydesk.eval.passes", 5);
    Linter full = Linter.builder().rules(linter.rules()).threads(1).build();
    Linter none = Linter.builder().rules(List.<Rule>of()).threads(1).build();
    double mb = bytes / 1e6;
    out.printf(Locale.ROOT, "   %d articles, %.2f MB, %d rules, 1 thread, best of %d passes after " + WARMUPS + " warm-up passes%n",
        items.size(), mb, linter.rules().size(), passes);
    out.printf(Locale.ROOT, "   MB/s per core = MB / thread CPU seconds (wall-clock MB/s in brackets; load average %.1f on %d cores)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
    Timing all = best(full, items, passes);
    Timing parse = best(none, items, passes);
    out.printf(Locale.ROOT, "   rule pack, end to end (parse + rules): %7.2f MB/s per core  [%6.2f wall]  %6.0f ms CPU per pass%n",
        mb / all.cpu(), mb / all.wall(), all.cpu() * 1000);
    out.printf(Locale.ROOT, "   parsing alone (no rules):              %7.2f MB/s per core  [%6.2f wall]  %6.0f ms CPU per pass%n",
        mb / parse.cpu(), mb / parse.wall(), parse.cpu() * 1000);
    double rules = Math.max(1e-9, all.cpu() - parse.cpu());
    out.printf(Locale.ROOT, "   rules alone (difference):              %7.2f MB/s per core%n", mb / rules);
    if (!Boolean.parseBoolean(System.getProperty("copydesk.eval.perRule", "true"))) {
      return;
    }
    out.println("   per rule (CPU time a pack of that rule alone adds to parsing, ms per pass):");
    for (Rule r : linter.rules().rules()) {
      Linter one = Linter.builder().rules(List.of(r)).threads(1).build();
      Timing t = best(one, items, Math.max(1, passes - 1));
      out.printf(Locale.ROOT, "     %-22s %7.0f ms%n", r.metadata().id(), Math.max(0, t.cpu() - parse.cpu()) * 1000);
    }
  }

  /** Seconds of wall-clock and of this thread's CPU time for one pass. */
  record Timing(double wall, double cpu) {}

  private static Timing best(Linter linter, List<BbcCorpus.Item> items, int passes) {
    for (int i = 0; i < WARMUPS; i++) {
      pass(linter, items);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double wall = Double.MAX_VALUE;
    double cpu = Double.MAX_VALUE;
    for (int i = 0; i < passes; i++) {
      long w0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      pass(linter, items);
      cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
      wall = Math.min(wall, (System.nanoTime() - w0) / 1e9);
    }
    return new Timing(wall, cpu);
  }

  private static long pass(Linter linter, List<BbcCorpus.Item> items) {
    long findings = 0;
    for (BbcCorpus.Item item : items) {
      findings += linter.lint(item.text(), Format.TEXT, item.id()).findings().size();
    }
    return findings;
  }
}
