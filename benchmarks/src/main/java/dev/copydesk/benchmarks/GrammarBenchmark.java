package dev.copydesk.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.segment.BbcCorpus;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Throughput of whole lint runs with LanguageTool's grammar rule on, at 1 and 2 threads, on BBC News
 * articles; with {@code --out}, every finding by LanguageTool rule id, for judging precision.
 *
 * <p>Each run lints the same sample of articles (every n-th file of the corpus, so all five sections are
 * in it) through {@link Linter#lintAll} with the default rule pack plus {@code grammar} (and {@code
 * spelling} with {@code --spelling}), en-GB, as a CI build or a CMS import would. LanguageTool is loaded
 * and both threads' checkers are created by a warm-up run first, so the figures are steady-state. It
 * prints articles per second and MB per second (10^6 bytes of the files, as UTF-8) of wall-clock time,
 * and MB per second of the process's CPU time (steadier on a shared machine), and the same for the rule
 * pack without grammar for comparison.
 *
 * <p>Arguments: {@code --corpus DIR} (the {@code bbc} folder; by default found through {@code
 * -Dcopydesk.corpus}), {@code --articles N} (sample size, default 300; 0 for all 2,225), {@code
 * --threads 1,2}, {@code --spelling}, {@code --out FILE} (findings by LanguageTool rule id, with each
 * finding's file, line and text).
 *
 * <p>A program, not a library class: not thread-safe.
 */
public final class GrammarBenchmark {

  private static final Pattern LANGUAGETOOL_ID = Pattern.compile("\\[([^\\[\\]]+)]$");

  private GrammarBenchmark() {}

  public static void main(String[] args) throws IOException {
    @Nullable Path corpusDir = null;
    int articles = 300;
    List<Integer> threads = List.of(1, 2);
    boolean spelling = false;
    @Nullable Path out = null;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--spelling")) {
        spelling = true;
        continue;
      }
      @Nullable String value = i + 1 < args.length ? args[++i] : null;
      switch (flag) {
        case "--corpus" -> corpusDir = Path.of(required(flag, value));
        case "--articles" -> articles = Integer.parseInt(required(flag, value));
        case "--threads" -> threads = Arrays.stream(required(flag, value).split(",")).map(s -> Integer.parseInt(s.strip())).toList();
        case "--out" -> out = Path.of(required(flag, value));
        default -> {
          System.err.println("unknown argument " + flag + "; use --corpus DIR, --articles N, --threads 1,2, --spelling, --out FILE");
          System.exit(2);
          return;
        }
      }
    }
    Optional<BbcCorpus> corpus = corpusDir != null ? Optional.of(BbcCorpus.open(corpusDir)) : BbcCorpus.locate();
    if (corpus.isEmpty() || corpus.get().files().isEmpty()) {
      System.err.println("BBC corpus not found; pass --corpus .../bbc-news-greene-cunningham/bbc"
          + " or set -Dcopydesk.corpus to the shared corpus folder");
      System.exit(2);
      return;
    }
    run(corpus.get(), articles, threads, spelling, out, System.out);
  }

  private static String required(String flag, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return value;
  }

  static void run(BbcCorpus corpus, int articles, List<Integer> threads, boolean spelling, @Nullable Path out, PrintStream print)
      throws IOException {
    List<Path> all = corpus.files();
    List<Path> sample = new ArrayList<>();
    int step = articles <= 0 || articles >= all.size() ? 1 : all.size() / articles;
    for (int i = 0; i < all.size() && (articles <= 0 || sample.size() < articles); i += step) {
      sample.add(all.get(i));
    }
    long bytes = 0;
    for (Path p : sample) {
      bytes += Files.size(p);
    }
    print.printf(Locale.ROOT, "Corpus: %s%n  %d of %d articles (every %d%s), %.2f MB%n", corpus.root(), sample.size(), all.size(), step,
        step == 1 ? "st" : "th", bytes / 1e6);
    print.printf(Locale.ROOT, "  Java %s, %d processors, load average %.1f%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

    CopydeskConfig withGrammar =
        ConfigLoader.parse(
            "rules:\n  grammar: on\n" + (spelling ? "  spelling: on\n" : "") + "languagetool: {language: en-GB}\n", "benchmark.yml");
    int warmup = Math.min(sample.size(), 40);
    long loadStart = System.nanoTime();
    linter(withGrammar, 2).lintAll(sample.subList(0, warmup));
    print.printf(Locale.ROOT, "Warm-up (loads LanguageTool, creates two checkers): %.1f s on %d articles%n%n",
        (System.nanoTime() - loadStart) / 1e9, warmup);

    String what = "rule pack + grammar" + (spelling ? " + spelling" : "");
    List<LintResult> results = null;
    for (int t : threads) {
      Run r = time(linter(withGrammar, t), sample, bytes);
      results = r.results;
      print.printf(Locale.ROOT, "%-34s %d thread%s: %s%n", what, t, t == 1 ? " " : "s", r);
    }
    for (int t : threads) {
      Linter plain = linter(CopydeskConfig.empty(), t);
      plain.lintAll(sample.subList(0, warmup));
      print.printf(Locale.ROOT, "%-34s %d thread%s: %s%n", "rule pack alone", t, t == 1 ? " " : "s", time(plain, sample, bytes));
    }
    if (results != null) {
      summarize(sample, results, out, print);
    }
  }

  private static Linter linter(CopydeskConfig config, int threads) {
    return Linter.builder().config(config).threads(threads).build();
  }

  private static Run time(Linter linter, List<Path> sample, long bytes) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long thread0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    List<LintResult> results = linter.lintAll(sample);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double thread = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - thread0) / 1e9;
    return new Run(sample.size(), bytes, wall, cpu, linter.threads() == 1 ? thread : Double.NaN, results);
  }

  private record Run(int articles, long bytes, double wall, double cpu, double threadCpu, List<LintResult> results) {
    @Override
    public String toString() {
      String s = String.format(Locale.ROOT, "%7.2f articles/s %7.4f MB/s  (%.1f s wall; per CPU second of the process: %.4f MB, %.2f articles",
          articles / wall, bytes / 1e6 / wall, wall, bytes / 1e6 / cpu, articles / cpu);
      if (!Double.isNaN(threadCpu)) {
        s += String.format(Locale.ROOT, "; of the linting thread: %.4f MB", bytes / 1e6 / threadCpu);
      }
      return s + ")";
    }
  }

  private static void summarize(List<Path> sample, List<LintResult> results, @Nullable Path out, PrintStream print) throws IOException {
    Map<String, List<String>> byId = new TreeMap<>();
    int words = 0;
    for (int i = 0; i < results.size(); i++) {
      LintResult r = results.get(i);
      if (r.article() != null) {
        words += r.article().wordCount();
      }
      for (Finding f : r.findings()) {
        if (!f.ruleId().equals("grammar") && !f.ruleId().equals("spelling")) {
          continue;
        }
        Matcher m = LANGUAGETOOL_ID.matcher(f.message());
        String id = f.ruleId() + " " + (m.find() ? m.group(1) : "?");
        String line = r.article() == null ? "" : r.article().source().lines().skip(f.start().line() - 1).findFirst().orElse("");
        int col = f.start().column() - 1;
        String context = line.substring(Math.max(0, col - 60), Math.min(line.length(), col + f.excerpt().length() + 60));
        byId.computeIfAbsent(id, k -> new ArrayList<>())
            .add(sample.get(i).getParent().getFileName() + "/" + sample.get(i).getFileName() + ":" + f.start() + "  «" + f.excerpt()
                + "»  …" + context + "…  " + f.message());
      }
    }
    int total = byId.values().stream().mapToInt(List::size).sum();
    print.printf(Locale.ROOT, "%nFindings: %d on %d words (%.2f per 1,000 words), by LanguageTool rule id:%n", total, words,
        words == 0 ? 0 : total * 1000.0 / words);
    byId.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .limit(30)
        .forEach(e -> print.printf(Locale.ROOT, "  %5d  %s%n", e.getValue().size(), e.getKey()));
    if (out != null) {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
        byId.entrySet().stream()
            .sorted((a, b) -> b.getValue().size() - a.getValue().size())
            .forEach(e -> {
              w.println("== " + e.getKey() + " (" + e.getValue().size() + ")");
              e.getValue().forEach(w::println);
              w.println();
            });
      }
      print.println("All findings: " + out);
    }
  }
}
