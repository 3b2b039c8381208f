package dev.copydesk.benchmarks;

import dev.copydesk.core.cache.ResultCache;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.ArticleRetention;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.engine.RuleTimings;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Whole-run figures: articles per second, megabytes per second and peak heap, for parsing alone and for
 * linting with the default rule pack (or a configuration), over a corpus held in memory or read from
 * files as the Maven plugin and the CLI read them.
 *
 * <ul>
 *   <li>{@code --input memory} (default): the corpus is decoded once; each pass calls {@link
 *       Linter#lint(String, dev.copydesk.core.model.Format, String)} (or the parser alone with {@code
 *       --mode parse}) for every article on the main thread. The figure per CPU second of that thread
 *       is the work per core, steady on a loaded machine.
 *   <li>{@code --input files}: each pass is one {@link Linter#lintAll(Iterable, java.util.function.Consumer)}
 *       over the files on {@code --threads} threads, results consumed as they come (counted, not kept,
 *       unless {@code --keep}); with {@code --articles N} the corpus is first copied round-robin into a
 *       temporary folder until it holds N files. CPU time is the process's (all threads, GC included).
 *       With {@code --mode parse} the linter has no rules: a pass lists, reads, decodes and parses.
 * </ul>
 *
 * <p>Arguments, all optional: {@code --corpus bbc|bbc-md|html|DIR} (default bbc; bbc-md is BBC written
 * as Markdown files with front matter), {@code --input memory|files}, {@code --mode lint|parse|both}
 * ({@code both}, in memory: each pass parses every article and lints every article, in turns,
 * and the figure is what the rules cost against the parse, measured pass by pass so that both halves
 * see the same machine; then as many passes again in batches of {@value #BATCH} articles, each batch
 * parsed and linted in turns, whose halves are timed milliseconds apart, so that a machine whose speed
 * moves from second to second moves the ratio less; from files, on one thread: batches of files read
 * and parsed, and read, parsed and linted, in turns, for a whole lint against a parse of the same files),
 * {@code --threads N} (files only; default: available processors), {@code --articles N} (files only),
 * {@code --work-dir DIR} (where the copies go; default a new folder under {@code target}), {@code
 * --passes N} (default 5), {@code --warmups N} (default 3), {@code --config FILE} (a {@code
 * .copydesk.yml}), {@code --keep} (keep every result, as a caller that collects a list does), {@code
 * --retention keep|soft|none} (files only: what results keep of their article, see {@link ArticleRetention}),
 * {@code --cache} (files only: lint through a {@link ResultCache} in the files' folder, filled by the
 * warm-up passes, so the timed passes measure a run with nothing changed), {@code --timing} (memory,
 * {@code --mode lint}: as many passes again through a linter with {@link RuleTimings}, and their
 * table: parse and each rule, slowest first), {@code --progress N} (files only: when each timed pass had
 * handed on every N results, printed after the pass; with {@code --warmups 0 --passes 1} and the
 * launcher's JVM options, how a command-line run warms up).
 *
 * <p>A program: not thread-safe.
 */
public final class CorpusRunner {

  private CorpusRunner() {}

  enum Input { MEMORY, FILES }

  enum Mode { LINT, PARSE, BOTH }

  record Options(
      String corpus,
      Input input,
      Mode mode,
      int threads,
      int articles,
      @Nullable Path workDir,
      int passes,
      int warmups,
      @Nullable Path config,
      boolean keep,
      ArticleRetention retention,
      boolean cache,
      boolean timing,
      int progress) {}

  public static void main(String[] args) throws IOException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("CorpusRunner: " + e.getMessage());
      System.err.println("arguments: --corpus bbc|bbc-md|html|DIR --input memory|files --mode lint|parse|both --threads N"
          + " --articles N --work-dir DIR --passes N --warmups N --config FILE --keep --retention keep|soft|none --cache --timing --progress N");
      System.exit(2);
      return;
    }
    run(o, System.out);
  }

  static Options parse(String[] args) {
    String corpus = "bbc";
    Input input = Input.MEMORY;
    Mode mode = Mode.LINT;
    int threads = Runtime.getRuntime().availableProcessors();
    int articles = 0;
    Path workDir = null;
    int passes = 5;
    int warmups = 3;
    Path config = null;
    boolean keep = false;
    ArticleRetention retention = ArticleRetention.KEEP;
    boolean cache = false;
    boolean timing = false;
    int progress = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--keep")) {
        keep = true;
        continue;
      }
      if (a.equals("--cache")) {
        cache = true;
        continue;
      }
      if (a.equals("--timing")) {
        timing = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--corpus" -> corpus = v;
        case "--input" -> input = Input.valueOf(v.toUpperCase(Locale.ROOT));
        case "--mode" -> mode = Mode.valueOf(v.toUpperCase(Locale.ROOT));
        case "--threads" -> threads = Integer.parseInt(v);
        case "--articles" -> articles = Integer.parseInt(v);
        case "--work-dir" -> workDir = Path.of(v);
        case "--passes" -> passes = Integer.parseInt(v);
        case "--warmups" -> warmups = Integer.parseInt(v);
        case "--config" -> config = Path.of(v);
        case "--retention" -> retention = ArticleRetention.valueOf(v.toUpperCase(Locale.ROOT));
        case "--progress" -> progress = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    if (progress < 0) {
      throw new IllegalArgumentException("--progress needs a count of files, 1 or more (0: none)");
    }
    return new Options(corpus, input, mode, threads, articles, workDir, passes, warmups, config, keep, retention, cache, timing, progress);
  }

  static Corpus corpus(String name) {
    return switch (name) {
      case "bbc" -> Corpus.bbc();
      case "bbc-md" -> Corpus.bbc().asMarkdown();
      case "html" -> Corpus.html();
      default -> Corpus.read(Path.of(name));
    };
  }

  static void run(Options o, PrintStream out) throws IOException {
    CopydeskConfig config = o.config() == null ? CopydeskConfig.empty() : ConfigLoader.load(o.config());
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "Java %s, %s; max heap %s; %s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Figures.mib(rt.maxMemory()), Figures.load());
    if (o.input() == Input.MEMORY) {
      Corpus corpus = corpus(o.corpus());
      out.printf(Locale.ROOT, "Corpus: %s%n", corpus);
      if (o.mode() == Mode.BOTH) {
        runBoth(o, corpus, config, out);
        out.printf(Locale.ROOT, "Finished; %s%n", Figures.load());
        return;
      }
      runInMemory(o, corpus, config, out);
    } else if (o.mode() == Mode.BOTH) {
      runBothOnFiles(o, config, out);
    } else {
      runOnFiles(o, config, out);
    }
    out.printf(Locale.ROOT, "Finished; %s%n", Figures.load());
  }

  /**
   * {@code --mode both --input files}: what linting the files costs against parsing the same files, each
   * read and decoded as a run reads them. On the main thread, in batches of {@value #BATCH} files, each
   * batch read and parsed by a linter without rules and read and linted by one with them, in turns;
   * the figure is the second's thread CPU over the first's.
   */
  private static void runBothOnFiles(Options o, CopydeskConfig config, PrintStream out) throws IOException {
    if (o.articles() != 0 || o.corpus().equals("bbc-md") || o.corpus().equals("html")) {
      throw new IllegalArgumentException("--mode both --input files reads bbc or a folder as it is");
    }
    Path dir = o.corpus().equals("bbc") ? Corpus.shared(Corpus.BBC) : Path.of(o.corpus());
    List<Path> files = Corpus.files(dir);
    Linter parseOnly = Linter.builder().config(withoutRules(config)).baseDirectory(dir).threads(1).rules(List.of()).ruleProviders(false).build();
    Linter linter = Linter.builder().config(config).baseDirectory(dir).threads(1).build();
    out.printf(Locale.ROOT, "Files under %s: %,d; one thread; read + decode + parse against read + decode + parse + rules,"
        + " in %d-file batches in turns; rules: %s%n", dir, files.size(), BATCH, ruleIds(linter));
    long sink = 0;
    long[] cpu = new long[2];
    for (int w = 0; w < o.warmups(); w++) {
      sink += batchedFilePass(files, parseOnly, linter, cpu);
    }
    double[] ratio = new double[o.passes()];
    double[] parse = new double[o.passes()];
    double[] lint = new double[o.passes()];
    for (int p = 0; p < o.passes(); p++) {
      cpu[0] = 0;
      cpu[1] = 0;
      sink += batchedFilePass(files, parseOnly, linter, cpu);
      parse[p] = cpu[0] / 1e9;
      lint[p] = cpu[1] / 1e9;
      ratio[p] = lint[p] / parse[p];
    }
    double[] sorted = ratio.clone();
    java.util.Arrays.sort(sorted);
    out.printf(Locale.ROOT, "Thread CPU seconds per pass, reading and parsing: median %.3f; reading, parsing and the rules:"
        + " median %.3f%n", Figures.median(parse), Figures.median(lint));
    out.printf(Locale.ROOT, "A whole lint of the files, in parses of the same files: median %.2f (lowest %.2f, highest %.2f)%n",
        Figures.median(ratio), sorted[0], sorted[sorted.length - 1]);
    if (sink == Long.MIN_VALUE) {
      out.println(sink);
    }
  }

  /**
   * {@code config} as a linter without rules reads it: what decides which files are read and how (the
   * include and exclude globs, the HTML content setting), without the rule settings, overrides and
   * style definitions, which name rules such a linter does not have (and would be refused).
   */
  static CopydeskConfig withoutRules(CopydeskConfig config) {
    CopydeskConfig.Builder b = CopydeskConfig.builder().htmlContent(config.htmlContent().orElse(null))
        .source(config.source().orElse(null));
    config.includes().forEach(g -> b.include(g.toString()));
    config.excludes().forEach(g -> b.exclude(g.toString()));
    return b.build();
  }

  /**
   * One pass over {@code files} in batches, each batch through {@code parseOnly} and {@code linter} in
   * turns (which goes first alternates): adds the thread CPU nanoseconds of each to {@code cpu[0]} and
   * {@code cpu[1]}.
   */
  private static long batchedFilePass(List<Path> files, Linter parseOnly, Linter linter, long[] cpu) {
    long n = 0;
    for (int from = 0, batch = 0; from < files.size(); from += BATCH, batch++) {
      List<Path> some = files.subList(from, Math.min(files.size(), from + BATCH));
      for (int half = 0; half < 2; half++) {
        boolean parseNow = (half == 0) == (batch % 2 == 0);
        Linter l = parseNow ? parseOnly : linter;
        long c0 = Figures.threadCpu();
        for (int i = 0; i < some.size(); i++) {
          n += l.lint(some.get(i)).findings().size() + 1;
        }
        cpu[parseNow ? 0 : 1] += Figures.threadCpu() - c0;
      }
    }
    return n;
  }

  private static void runInMemory(Options o, Corpus corpus, CopydeskConfig config, PrintStream out) {
    Linter linter = Linter.builder().config(config).threads(1).build();
    ArticleParser parser = ArticleParser.create();
    out.printf(Locale.ROOT, "In memory, one thread, %s; rules: %s%n", o.mode() == Mode.LINT ? "parse + rules" : "parse only",
        o.mode() == Mode.LINT ? ruleIds(linter) : "none");
    List<LintResult> kept = new ArrayList<>();
    long sink = 0;
    for (int w = 0; w < o.warmups(); w++) {
      sink += pass(o.mode(), corpus, linter, parser, null);
    }
    double[] wall = new double[o.passes()];
    double[] cpu = new double[o.passes()];
    long findings = 0;
    Figures.resetPeakHeap();
    long allocated = 0;
    for (int p = 0; p < o.passes(); p++) {
      kept.clear();
      long a0 = Figures.threadAllocated();
      long c0 = Figures.threadCpu();
      long t0 = System.nanoTime();
      findings = pass(o.mode(), corpus, linter, parser, o.keep() ? kept : null);
      wall[p] = (System.nanoTime() - t0) / 1e9;
      cpu[p] = (Figures.threadCpu() - c0) / 1e9;
      allocated = Figures.threadAllocated() - a0;
      sink += findings;
    }
    long peak = Figures.peakHeap();
    print(out, corpus.size(), corpus.bytes(), wall, cpu, "thread CPU");
    if (allocated >= 0) {
      out.printf(Locale.ROOT, "Allocated in the last pass: %,.1f MB = %.1f bytes per byte of text%n", allocated / 1e6,
          (double) allocated / corpus.bytes());
    }
    if (o.mode() == Mode.LINT) {
      out.printf(Locale.ROOT, "Findings per pass: %,d%n", findings);
    }
    out.printf(Locale.ROOT, "Peak heap during the timed passes: %s%s%n", Figures.mib(peak),
        o.keep() ? "; live with every result kept: " + Figures.mib(Figures.liveHeap()) + " for " + kept.size() + " results" : "");
    if (o.timing() && o.mode() == Mode.LINT) {
      // As many passes again, through a linter that adds up where each article's time goes.
      RuleTimings timings = RuleTimings.create();
      Linter timed = Linter.builder().config(config).threads(1).timings(timings).build();
      for (int p = 0; p < o.passes(); p++) {
        sink += pass(Mode.LINT, corpus, timed, parser, null);
      }
      timings.snapshot().table().forEach(out::println);
    }
    if (sink == Long.MIN_VALUE) {
      out.println(sink);
    }
  }

  /**
   * Parse passes and lint passes in turns (which goes first alternates), on one thread: the rules'
   * cost is a lint pass less the parse pass beside it, so a machine that slows down for a while slows
   * both halves of a pair alike and the ratio stays.
   */
  private static void runBoth(Options o, Corpus corpus, CopydeskConfig config, PrintStream out) {
    Linter linter = Linter.builder().config(config).threads(1).build();
    ArticleParser parser = ArticleParser.create();
    out.printf(Locale.ROOT, "In memory, one thread, parse passes and parse + rules passes in turns; rules: %s%n", ruleIds(linter));
    long sink = 0;
    for (int w = 0; w < o.warmups(); w++) {
      sink += pass(Mode.PARSE, corpus, linter, parser, null) + pass(Mode.LINT, corpus, linter, parser, null);
    }
    double[] parse = new double[o.passes()];
    double[] lint = new double[o.passes()];
    double[] ratio = new double[o.passes()];
    for (int p = 0; p < o.passes(); p++) {
      for (int half = 0; half < 2; half++) {
        boolean parseNow = (half == 0) == (p % 2 == 0);
        long c0 = Figures.threadCpu();
        sink += pass(parseNow ? Mode.PARSE : Mode.LINT, corpus, linter, parser, null);
        double cpu = (Figures.threadCpu() - c0) / 1e9;
        if (parseNow) {
          parse[p] = cpu;
        } else {
          lint[p] = cpu;
        }
      }
      ratio[p] = (lint[p] - parse[p]) / parse[p];
    }
    double mb = corpus.bytes() / 1e6;
    for (String half : List.of("parse", "parse + rules")) {
      double[] cpu = half.equals("parse") ? parse : lint;
      out.printf(Locale.ROOT, "%s, thread CPU seconds per pass:", half);
      for (double c : cpu) {
        out.printf(Locale.ROOT, " %.3f", c);
      }
      out.printf(Locale.ROOT, "%n  median %.3f s = %.2f MB/s per CPU second%n", Figures.median(cpu), mb / Figures.median(cpu));
    }
    double[] sorted = ratio.clone();
    java.util.Arrays.sort(sorted);
    out.printf(Locale.ROOT, "Rules / parse, pass by pass: median %.2f (lowest %.2f, highest %.2f)%n", Figures.median(ratio),
        sorted[0], sorted[sorted.length - 1]);
    // The same in batches: each batch of articles parsed, then linted (or the other way round, in turns),
    // so that the two halves compared are timed a few milliseconds apart rather than a pass apart.
    double[] batched = new double[o.passes()];
    for (int p = 0; p < o.passes(); p++) {
      long[] cpu = new long[2];
      sink += batchedPass(corpus, linter, parser, cpu);
      batched[p] = (double) (cpu[1] - cpu[0]) / cpu[0];
    }
    sorted = batched.clone();
    java.util.Arrays.sort(sorted);
    out.printf(Locale.ROOT, "Rules / parse, %d-article batches in turns: median %.2f (lowest %.2f, highest %.2f)%n", BATCH,
        Figures.median(batched), sorted[0], sorted[sorted.length - 1]);
    if (sink == Long.MIN_VALUE) {
      out.println(sink);
    }
  }

  /** Articles a batch of {@link #batchedPass} holds: a few milliseconds of parsing. */
  static final int BATCH = 50;

  /**
   * One pass over the corpus in batches of {@link #BATCH} articles, each batch parsed and linted in turns
   * (which goes first alternates from batch to batch, so that neither half always finds the batch's text
   * in the cache): adds the thread CPU nanoseconds of the parsing to {@code cpu[0]}, of the linting to
   * {@code cpu[1]}.
   */
  private static long batchedPass(Corpus corpus, Linter linter, ArticleParser parser, long[] cpu) {
    List<Corpus.Article> all = corpus.articles();
    long n = 0;
    for (int from = 0, batch = 0; from < all.size(); from += BATCH, batch++) {
      List<Corpus.Article> articles = all.subList(from, Math.min(all.size(), from + BATCH));
      for (int half = 0; half < 2; half++) {
        boolean parseNow = (half == 0) == (batch % 2 == 0);
        long c0 = Figures.threadCpu();
        for (int i = 0; i < articles.size(); i++) {
          Corpus.Article a = articles.get(i);
          n += parseNow
              ? parser.parse(a.id(), a.text(), a.format()).article().blocks().size()
              : linter.lint(a.text(), a.format(), a.id()).findings().size();
        }
        cpu[parseNow ? 0 : 1] += Figures.threadCpu() - c0;
      }
    }
    return n;
  }

  private static long pass(Mode mode, Corpus corpus, Linter linter, ArticleParser parser, @Nullable List<LintResult> keep) {
    long n = 0;
    for (Corpus.Article a : corpus.articles()) {
      if (mode == Mode.PARSE) {
        n += parser.parse(a.id(), a.text(), a.format()).article().blocks().size();
      } else {
        LintResult r = linter.lint(a.text(), a.format(), a.id());
        n += r.findings().size();
        if (keep != null) {
          keep.add(r);
        }
      }
    }
    return n;
  }

  private static void runOnFiles(Options o, CopydeskConfig config, PrintStream out) throws IOException {
    Path dir;
    boolean made = false;
    List<Path> files;
    if (o.articles() == 0 && !o.corpus().equals("bbc-md") && !o.corpus().equals("html")) {
      dir = o.corpus().equals("bbc") ? Corpus.shared(Corpus.BBC) : Path.of(o.corpus());
      files = Corpus.files(dir);
    } else {
      // The corpus is read to write the copies and dropped before anything is measured.
      Corpus corpus = corpus(o.corpus());
      dir = o.workDir() != null ? o.workDir() : Files.createTempDirectory(Files.createDirectories(Path.of("target")), "corpus-");
      made = o.workDir() == null;
      files = Replicas.write(corpus, o.articles() > 0 ? o.articles() : corpus.size(), dir);
      out.printf(Locale.ROOT, "Copied from: %s%n", corpus);
    }
    // Never inside the corpus: the shared corpus folder is read-only to benchmarks.
    Path cacheDir = o.cache() ? Files.createTempDirectory(Files.createDirectories(Path.of("target")), "cache-") : null;
    try {
      long bytes = 0;
      for (Path f : files) {
        bytes += Files.size(f);
      }
      // --mode parse: a linter without rules, so a pass is what every lint pays before any rule: list,
      // read, decode and parse each file, on the same threads.
      Linter.Builder b = Linter.builder().config(config).baseDirectory(dir).threads(o.threads())
          .articleRetention(o.retention());
      if (o.mode() == Mode.PARSE) {
        b.config(withoutRules(config)).rules(List.of()).ruleProviders(false);
      }
      Linter linter = b.build();
      out.printf(Locale.ROOT, "Files under %s: %,d, %.2f MB; lintAll on %d thread%s; articles: %s; rules: %s%n", dir,
          files.size(), bytes / 1e6, o.threads(), o.threads() == 1 ? "" : "s", o.retention(), ruleIds(linter));
      BiConsumer<List<Path>, Consumer<LintResult>> lintAll = linter::lintAll;
      if (cacheDir != null) {
        // A fresh cache object per pass, as each build would open one; the warm-up passes fill it.
        lintAll = (fs, sink) -> ResultCache.open(cacheDir, linter).lintAll(fs, sink);
        out.printf(Locale.ROOT, "Through the result cache in %s (filled by the warm-up passes)%n", cacheDir);
      }
      long[] findings = new long[1];
      List<LintResult> kept = new ArrayList<>();
      for (int w = 0; w < o.warmups(); w++) {
        lintAll.accept(files, r -> findings[0] += r.findings().size());
      }
      double[] wall = new double[o.passes()];
      double[] cpu = new double[o.passes()];
      long maxPeak = 0;
      // When every progress-th result came, as nanoseconds since the pass began; printed after it.
      long[] marks = new long[o.progress() > 0 ? files.size() / o.progress() : 0];
      for (int p = 0; p < o.passes(); p++) {
        kept.clear();
        findings[0] = 0;
        System.gc();
        Figures.resetPeakHeap();
        long c0 = Figures.processCpu();
        long t0 = System.nanoTime();
        int[] done = {0};
        lintAll.accept(files, r -> {
          findings[0] += r.findings().size();
          if (o.keep()) {
            kept.add(r);
          }
          if (marks.length > 0 && ++done[0] % o.progress() == 0 && done[0] / o.progress() <= marks.length) {
            marks[done[0] / o.progress() - 1] = System.nanoTime() - t0;
          }
        });
        wall[p] = (System.nanoTime() - t0) / 1e9;
        cpu[p] = (Figures.processCpu() - c0) / 1e9;
        maxPeak = Math.max(maxPeak, Figures.peakHeap());
        if (marks.length > 0) {
          out.print(progress(p + 1, o.progress(), marks));
        }
      }
      print(out, files.size(), bytes, wall, cpu, "process CPU");
      out.printf(Locale.ROOT, "Findings per pass: %,d%n", findings[0]);
      out.printf(Locale.ROOT, "Peak heap (largest of the timed passes): %s%s%n", Figures.mib(maxPeak),
          o.keep() ? "; live with every result kept: " + Figures.mib(Figures.liveHeap()) + " for " + kept.size() + " results" : "");
    } finally {
      if (made) {
        delete(dir);
      }
      if (cacheDir != null) {
        delete(cacheDir);
      }
    }
  }

  /** Pass {@code pass}'s progress: when each {@code every} results had come, and how long each took. */
  static String progress(int pass, int every, long[] marks) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Pass %d, every %,d files: ms since the start (ms for these %,d)%n", pass, every, every));
    long before = 0;
    for (int i = 0; i < marks.length; i++) {
      b.append(String.format(Locale.ROOT, "  %,8d  %9.1f  (%7.1f)%n", (long) (i + 1) * every, marks[i] / 1e6, (marks[i] - before) / 1e6));
      before = marks[i];
    }
    return b.toString();
  }

  private static String ruleIds(Linter linter) {
    return String.join(", ", linter.rules().metadata().stream()
        .filter(m -> linter.config().rules().containsKey(m.id()) ? linter.config().rules().get(m.id()).enabledValue().orElse(true) : m.enabledByDefault())
        .map(RuleMetadata::id).toList());
  }

  private static void print(PrintStream out, int articles, long bytes, double[] wall, double[] cpu, String cpuName) {
    double w = Figures.median(wall);
    double c = Figures.median(cpu);
    out.printf(Locale.ROOT, "Passes: %d; wall seconds per pass:", wall.length);
    for (double s : wall) {
      out.printf(Locale.ROOT, " %.3f", s);
    }
    out.printf(Locale.ROOT, "%n  %s seconds per pass:", cpuName);
    for (double s : cpu) {
      out.printf(Locale.ROOT, " %.3f", s);
    }
    out.println();
    out.printf(Locale.ROOT, "Median wall: %.3f s = %,.0f articles/s, %.2f MB/s%n", w, articles / w, bytes / 1e6 / w);
    out.printf(Locale.ROOT, "Median %s: %.3f s = %,.0f articles/s, %.2f MB/s per CPU second%n", cpuName, c, articles / c,
        bytes / 1e6 / c);
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
