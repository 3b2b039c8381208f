package dev.copydesk.benchmarks;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleRegistry;
import dev.copydesk.core.style.StyleLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What a large house style costs: the corpus linted in memory on one thread by the rule pack alone, by
 * the pack and a house style of many existence and substitution rules loaded from a configuration (as
 * the plugin and the command line load it: the style's phrases searched together), and by the pack and
 * the same rules loaded one by one (each rule searching alone). Prints each linter's throughput and
 * findings; the last two must find the same. The three take their passes in turns.
 *
 * <p>The style is made from the corpus's own words, so that its phrases occur as a real word list's do:
 * {@code --existence N} rules of six two-word phrases and four words each, and {@code --substitution N}
 * rules of fifteen swaps each, drawn with a fixed seed from the words and word pairs ranked 6,000th to
 * 20,000th (20,000th to 60,000th for pairs) by frequency, which a real list's entries resemble: each
 * occurs in a few articles, not in most.
 *
 * <p>Arguments, all optional: {@code --corpus bbc|bbc-md|DIR}, {@code --existence N} (default 60), {@code
 * --substitution N} (default 20), {@code --passes N} (default 5), {@code --warmups N} (default 3). A
 * program: not thread-safe.
 */
public final class HouseStyleRunner {

  private HouseStyleRunner() {}

  public static void main(String[] args) throws IOException {
    String corpusName = "bbc";
    int existence = 60;
    int substitution = 20;
    int passes = 5;
    int warmups = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--corpus" -> corpusName = v;
        case "--existence" -> existence = Integer.parseInt(v);
        case "--substitution" -> substitution = Integer.parseInt(v);
        case "--passes" -> passes = Integer.parseInt(v);
        case "--warmups" -> warmups = Integer.parseInt(v);
        default -> {
          System.err.println("HouseStyleRunner: unknown argument " + args[i]);
          System.err.println("arguments: --corpus bbc|bbc-md|DIR --existence N --substitution N --passes N --warmups N");
          System.exit(2);
          return;
        }
      }
    }
    run(CorpusRunner.corpus(corpusName), existence, substitution, passes, warmups, System.out);
  }

  static void run(Corpus corpus, int existence, int substitution, int passes, int warmups, PrintStream out) throws IOException {
    String rules = style(corpus, existence, substitution);
    Path dir = Files.createTempDirectory("copydesk-house-style");
    Path file = Files.writeString(dir.resolve(".copydesk.yml"), "styles:\n  rules:\n" + rules.indent(4));
    CopydeskConfig config = ConfigLoader.load(file);
    Linter pack = Linter.builder().threads(1).build();
    Linter together = Linter.builder().config(config).baseDirectory(dir).threads(1).build();
    List<Rule> all = new ArrayList<>(RuleRegistry.load().rules());
    // Parsed as a definitions file, not loaded from a configuration: no rule shares its search.
    all.addAll(StyleLoader.parse(rules, "apart.yml").rules());
    Linter apart = Linter.builder().rules(all).ruleProviders(false).threads(1).build();
    out.printf(Locale.ROOT, "Java %s; %s%n", System.getProperty("java.version"), Figures.load());
    out.printf(Locale.ROOT, "Corpus: %s%n", corpus);
    out.printf(Locale.ROOT, "House style: %d existence rules (6 word pairs and 4 words each), %d substitution rules (15 swaps"
        + " each), %d rules in all with the pack%n", existence, substitution, together.rules().size());
    double[][] figures = measure(corpus, List.of(pack, together, apart), passes, warmups);
    double[] packFigures = figures[0];
    double[] togetherFigures = figures[1];
    double[] apartFigures = figures[2];
    out.printf(Locale.ROOT, "In memory, one thread, median thread CPU of %d passes each, the three linters in turns:%n", passes);
    print(out, "the pack alone", corpus, packFigures, packFigures);
    print(out, "the pack + the style, loaded together", corpus, togetherFigures, packFigures);
    print(out, "the pack + the style, rule by rule", corpus, apartFigures, packFigures);
    if (togetherFigures[1] != apartFigures[1]) {
      throw new IllegalStateException("the style loaded together found " + (long) togetherFigures[1]
          + " findings a pass, rule by rule " + (long) apartFigures[1]);
    }
    out.printf(Locale.ROOT, "The style's own cost, together against rule by rule: %.1f%%%n",
        100 * (togetherFigures[0] - packFigures[0]) / (apartFigures[0] - packFigures[0]));
    out.printf(Locale.ROOT, "Finished; %s%n", Figures.load());
  }

  private static void print(PrintStream out, String label, Corpus corpus, double[] figures, double[] pack) {
    out.printf(Locale.ROOT, "  %-40s %7.3f s  %6.2f MB/s  %,8d findings  style: %.3f s%n", label, figures[0],
        corpus.bytes() / 1e6 / figures[0], (long) figures[1], figures[0] - pack[0]);
  }

  /**
   * For each linter, the median thread CPU seconds of a pass and the findings of one. The linters take
   * their passes in turns, so that a machine that slows down for a while slows each alike.
   */
  private static double[][] measure(Corpus corpus, List<Linter> linters, int passes, int warmups) {
    for (int w = 0; w < warmups; w++) {
      for (Linter l : linters) {
        pass(corpus, l);
      }
    }
    double[][] cpu = new double[linters.size()][passes];
    long[] findings = new long[linters.size()];
    for (int p = 0; p < passes; p++) {
      for (int i = 0; i < linters.size(); i++) {
        long c0 = Figures.threadCpu();
        findings[i] = pass(corpus, linters.get(i));
        cpu[i][p] = (Figures.threadCpu() - c0) / 1e9;
      }
    }
    double[][] out = new double[linters.size()][];
    for (int i = 0; i < linters.size(); i++) {
      out[i] = new double[] {Figures.median(cpu[i]), findings[i]};
    }
    return out;
  }

  private static long pass(Corpus corpus, Linter linter) {
    long n = 0;
    for (Corpus.Article a : corpus.articles()) {
      n += linter.lint(a.text(), a.format(), a.id()).findings().size();
    }
    return n;
  }

  /** The definitions of the style, as a definitions file holds them. */
  static String style(Corpus corpus, int existence, int substitution) {
    Map<String, Integer> words = new HashMap<>();
    Map<String, Integer> pairs = new HashMap<>();
    for (Corpus.Article a : corpus.articles()) {
      String previous = null;
      for (String w : a.text().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (w.isEmpty()) {
          continue;
        }
        words.merge(w, 1, Integer::sum);
        if (previous != null) {
          pairs.merge(previous + " " + w, 1, Integer::sum);
        }
        previous = w;
      }
    }
    List<String> rareWords = ranked(words, 6_000, 20_000).stream().filter(w -> w.length() > 3).toList();
    List<String> rarePairs = ranked(pairs, 20_000, 60_000);
    Random random = new Random(20261201);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < existence; i++) {
      List<String> tokens = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        tokens.add(pick(rarePairs, random));
      }
      for (int k = 0; k < 4; k++) {
        tokens.add(pick(rareWords, random));
      }
      out.append("house-avoid-").append(i).append(":\n  type: existence\n  message: \"Avoid '{match}'.\"\n  tokens: [")
          .append(String.join(", ", tokens.stream().map(t -> '"' + t + '"').toList())).append("]\n");
    }
    for (int i = 0; i < substitution; i++) {
      List<String> swaps = new ArrayList<>();
      for (int k = 0; k < 15; k++) {
        String w = pick(rareWords, random);
        swaps.add('"' + w + "\": \"" + w.substring(0, 3) + "x\"");
      }
      out.append("house-swap-").append(i).append(":\n  type: substitution\n  swap: {").append(String.join(", ", swaps)).append("}\n");
    }
    return out.toString();
  }

  /** The keys ranked {@code from} to {@code to} by count (most frequent first, ties by key). */
  private static List<String> ranked(Map<String, Integer> counts, int from, int to) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> k));
    return keys.subList(Math.min(from, keys.size()), Math.min(to, keys.size()));
  }

  private static String pick(List<String> from, Random random) {
    if (from.isEmpty()) {
      throw new IllegalStateException("the corpus is too small to draw a house style from");
    }
    return from.get(random.nextInt(from.size()));
  }
}
