package dev.copydesk.core.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a linter's time goes: reading and decoding files, parsing, and each rule, summed over every
 * article the linter lints while it holds these timings ({@link Linter.Builder#timings}). The command
 * line's {@code --timing} and the Maven plugin's {@code copydesk.timing} print them, much as ESLint's
 * {@code TIMING} does, so that a slow rule (a house style's pattern that reads every paragraph, say)
 * can be found without a profiler.
 *
 * <p>Times are elapsed ({@link System#nanoTime}) on the thread that lints the article, so with several
 * threads their sum exceeds the run's wall time. A view that several rules share (a sentence's words,
 * a block's folded text or quotations) is worked out by the first rule that asks for it, and counts
 * toward that rule. Listing folders and writing reports are not counted; neither are articles the
 * result cache answers, which are not linted (files it reads to hash are counted only as decoded).
 *
 * <p>Thread-safe: the linter's threads add to it as they go, and a snapshot may be taken at any time.
 */
public final class RuleTimings {

  private final LongAdder articles = new LongAdder();
  private final LongAdder read = new LongAdder();
  private final LongAdder parse = new LongAdder();
  private final Map<String, LongAdder> rules = new ConcurrentHashMap<>();

  private RuleTimings() {}

  /** Empty timings, to hand to {@link Linter.Builder#timings}. */
  public static RuleTimings create() {
    return new RuleTimings();
  }

  /** Part of reading or decoding a file, in {@code nanos}. */
  void addRead(long nanos) {
    read.add(nanos);
  }

  /** One article parsed in {@code nanos}. */
  void addParse(long nanos) {
    parse.add(nanos);
  }

  /** One more article checked by the rules. */
  void addArticle() {
    articles.increment();
  }

  /** The counter of rule {@code id}, to add each article's time to. */
  LongAdder rule(String id) {
    return rules.computeIfAbsent(id, k -> new LongAdder());
  }

  /** What has been added so far. */
  public Snapshot snapshot() {
    List<RuleTime> list = new ArrayList<>();
    rules.forEach((id, nanos) -> list.add(new RuleTime(id, Duration.ofNanos(nanos.sum()))));
    list.sort(Comparator.comparing(RuleTime::time).reversed().thenComparing(RuleTime::ruleId));
    return new Snapshot(articles.sum(), Duration.ofNanos(read.sum()), Duration.ofNanos(parse.sum()), list);
  }

  /** One rule's time, summed over the articles it checked. */
  public record RuleTime(String ruleId, Duration time) {}

  /**
   * Timings at one moment.
   *
   * @param articles the articles the rules checked
   * @param read the time the linter took to read files and decode their bytes (zero for articles handed
   *     to it as text)
   * @param parse the time the linter took to parse articles, sentence and word segmentation included
   *     (not counting articles a caller parsed and handed to {@link Linter#lint(dev.copydesk.core.parse.ParsedArticle)})
   * @param rules each rule that ran, slowest first (ties by id)
   */
  public record Snapshot(long articles, Duration read, Duration parse, List<RuleTime> rules) {

    public Snapshot {
      rules = List.copyOf(rules);
    }

    /** The rules' time together. */
    public Duration rulesTotal() {
      return rules.stream().map(RuleTime::time).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The timings as a table: a heading, then reading files (when any were read), parsing and each
     * rule, slowest first, with milliseconds and share of the total, then the rules together and how
     * many times the parse they cost.
     */
    public List<String> table() {
      double total = read.toNanos() + parse.toNanos() + rulesTotal().toNanos();
      int width = Math.max("read + decode".length(), rules.stream().mapToInt(r -> r.ruleId().length()).max().orElse(0));
      List<String> out = new ArrayList<>();
      out.add(String.format(Locale.ROOT,
          "Time by rule over %,d articles (elapsed on the linting threads; a view that rules share counts toward the first to ask for it):",
          articles));
      if (!read.isZero()) {
        out.add(row(width, "read + decode", read, total, ""));
      }
      out.add(row(width, "parse", parse, total, ""));
      for (RuleTime r : rules) {
        out.add(row(width, r.ruleId(), r.time(), total, ""));
      }
      double ratio = parse.isZero() ? 0 : (double) rulesTotal().toNanos() / parse.toNanos();
      out.add(row(width, "rules in all", rulesTotal(), total, parse.isZero() ? "" : String.format(Locale.ROOT, "  (%.2f \u00D7 parse)", ratio)));
      return out;
    }

    private static String row(int width, String name, Duration time, double total, String note) {
      double share = total == 0 ? 0 : 100.0 * time.toNanos() / total;
      return String.format(Locale.ROOT, "  %-" + width + "s %,12.1f ms %6.1f%%%s", name, time.toNanos() / 1e6, share, note);
    }
  }
}
