package dev.copydesk.examples;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an {@link ArchiveAudit} found, folded in one result at a time: counts of articles by their worst
 * finding, findings and articles per rule, the articles with the most errors, and the lines of the
 * export (or articles) that could not be linted. Holds no article and no finding, so its size does not
 * grow with the archive.
 *
 * <p>Not thread-safe while being filled ({@link #add} is called on one thread, as {@code lintAll} hands
 * results over); read it once the audit has returned.
 */
public final class AuditSummary {

  /** Problems with the export listed in full; the rest are counted. */
  static final int LISTED_PROBLEMS = 20;

  /** Findings and articles of one rule, and its most severe finding. */
  public record RuleTally(String ruleId, Severity severity, long findings, long articles) {}

  /** One of the articles with the most errors: its position in the export breaks ties. */
  public record Article(String id, long order, int errors, int warnings, String rules) {}

  private static final Comparator<Article> MOST_ERRORS_FIRST =
      Comparator.comparingInt(Article::errors).reversed()
          .thenComparing(Comparator.comparingInt(Article::warnings).reversed())
          .thenComparingLong(Article::order);

  private final int top;
  private final LongAdder characters = new LongAdder();
  private long articles;
  private long withErrors;
  private long withWarnings;
  private long notLinted;
  private long findings;
  private final Map<String, long[]> byRule = new TreeMap<>();
  private final Map<String, Severity> worstByRule = new TreeMap<>();
  // The top articles so far, the least of them at the head, to be pushed out by a worse one.
  private final PriorityQueue<Article> worst;
  private final List<String> problems = new ArrayList<>();
  private long problemCount;
  private long nanos;
  private int threads;
  private long peakHeap;
  private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();

  AuditSummary(int top) {
    this.top = top;
    this.worst = new PriorityQueue<>(Math.max(1, top + 1), MOST_ERRORS_FIRST.reversed());
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
        heapPools.add(pool);
      }
    }
  }

  /** Counts the characters of an article being linted (on any thread). */
  void read(String body) {
    characters.add(body.length());
  }

  /** Folds in the next result, in the export's order. */
  void add(LintResult result) {
    long order = articles + notLinted;
    for (Diagnostic d : result.diagnostics()) {
      if (d.level() == Diagnostic.Level.ERROR) {
        problemCount++;
        if (problems.size() < LISTED_PROBLEMS) {
          problems.add(result.id() + ": " + d.message());
        }
      }
    }
    if (!result.isLinted()) {
      notLinted++;
      return;
    }
    articles++;
    int errors = 0;
    int warnings = 0;
    Map<String, Integer> rulesHere = new TreeMap<>();
    for (Finding f : result.findings()) {
      findings++;
      errors += f.severity() == Severity.ERROR ? 1 : 0;
      warnings += f.severity() == Severity.WARNING ? 1 : 0;
      long[] tally = byRule.computeIfAbsent(f.ruleId(), k -> new long[2]);
      tally[0]++;
      if (rulesHere.merge(f.ruleId(), 1, Integer::sum) == 1) {
        tally[1]++;
      }
      worstByRule.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    if (errors > 0) {
      withErrors++;
    } else if (warnings > 0) {
      withWarnings++;
    }
    if (errors > 0 && top > 0) {
      StringBuilder rules = new StringBuilder();
      rulesHere.forEach((rule, n) -> rules.append(rules.length() == 0 ? "" : ", ").append(rule).append(n > 1 ? " x" + n : ""));
      worst.add(new Article(result.id(), order, errors, warnings, rules.toString()));
      if (worst.size() > top) {
        worst.poll();
      }
    }
  }

  void finish(long nanos, int threads) {
    this.nanos = nanos;
    this.threads = threads;
    long peak = 0;
    for (MemoryPoolMXBean pool : heapPools) {
      peak += pool.getPeakUsage().getUsed();
    }
    this.peakHeap = peak;
  }

  /** Articles linted (lines that gave none are counted by {@link #notLinted}). */
  public long articles() {
    return articles;
  }

  public long withErrors() {
    return withErrors;
  }

  /** Articles with warnings and no error. */
  public long withWarnings() {
    return withWarnings;
  }

  /** Lines of the export that gave no article to lint. */
  public long notLinted() {
    return notLinted;
  }

  public long findings() {
    return findings;
  }

  /** Every rule that found something, most findings first. */
  public List<RuleTally> rules() {
    List<RuleTally> out = new ArrayList<>();
    byRule.forEach((rule, t) -> out.add(new RuleTally(rule, worstByRule.get(rule), t[0], t[1])));
    out.sort(Comparator.comparingLong(RuleTally::findings).reversed().thenComparing(RuleTally::ruleId));
    return out;
  }

  /** The articles with the most errors, worst first. */
  public List<Article> mostErrors() {
    List<Article> out = new ArrayList<>(worst);
    out.sort(MOST_ERRORS_FIRST);
    return out;
  }

  /** The first {@value #LISTED_PROBLEMS} errors about the export or an article's reading, as "id: message". */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** Every such error, listed or not. */
  public long problemCount() {
    return problemCount;
  }

  /** The summary as printed at the end of an audit. */
  public String render(String exportName) {
    StringBuilder s = new StringBuilder();
    double seconds = nanos / 1e9;
    double megabytes = characters.sum() / 1e6;
    s.append("Archive audit of ").append(exportName).append('\n');
    s.append(String.format(Locale.ROOT, "  %,d articles (%,.1f million characters) in %.1f s on %d thread%s: %,.0f articles/s; peak heap %.0f MiB%n",
        articles, megabytes, seconds, threads, threads == 1 ? "" : "s", seconds > 0 ? articles / seconds : 0, peakHeap / (1024.0 * 1024)));
    s.append(String.format(Locale.ROOT, "  with errors: %,d (%s)   with warnings only: %,d (%s)   clean: %,d%n",
        withErrors, percent(withErrors), withWarnings, percent(withWarnings), articles - withErrors - withWarnings));
    if (notLinted > 0) {
      s.append(String.format(Locale.ROOT, "  lines of the export that gave no article: %,d%n", notLinted));
    }
    List<RuleTally> rules = rules();
    if (!rules.isEmpty()) {
      s.append(String.format(Locale.ROOT, "%nFindings by rule%34s%10s%n", "findings", "articles"));
      for (RuleTally r : rules) {
        s.append(String.format(Locale.ROOT, "  %-38s%10s%10s%n", r.ruleId() + " (" + r.severity().id() + ")",
            String.format(Locale.ROOT, "%,d", r.findings()), String.format(Locale.ROOT, "%,d", r.articles())));
      }
    }
    List<Article> most = mostErrors();
    if (!most.isEmpty()) {
      s.append("\nArticles with the most errors\n");
      for (Article a : most) {
        s.append("  ").append(a.id()).append(": ").append(count(a.errors(), "error"));
        if (a.warnings() > 0) {
          s.append(", ").append(count(a.warnings(), "warning"));
        }
        s.append(" (").append(a.rules()).append(")\n");
      }
    }
    if (problemCount > 0) {
      s.append("\nErrors other than findings (an article not linted, a rule that failed)\n");
      problems.forEach(p -> s.append("  ").append(p).append('\n'));
      if (problemCount > problems.size()) {
        s.append(String.format(Locale.ROOT, "  ... and %,d more%n", problemCount - problems.size()));
      }
    }
    return s.toString();
  }

  private String percent(long n) {
    return articles == 0 ? "0%" : String.format(Locale.ROOT, "%.2f%%", 100.0 * n / articles);
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
