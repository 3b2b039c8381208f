package dev.copydesk.benchmarks;

import com.google.re2j.Pattern;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleOptions;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.style.StyleLoader;
import dev.copydesk.core.style.StyleRule;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import dev.copydesk.core.text.PhraseMatcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a phrase list's length costs a house-style rule: lists of 10, 100, 1,000 and 10,000 terms, over
 * the BBC News corpus (or generated text when the corpus is absent). It prints, per list, the
 * automaton's size and build time and the scan throughput of the {@link PhraseMatcher} alone, with terms
 * absent from the text (the pure cost of the list's length) and with terms drawn from its vocabulary (the
 * cost with many matches); the throughput of an existence rule with that list on parsed articles; a whole
 * lint with and without the largest list; and, for contrast, the same lists as one RE2 alternation. Not a
 * test: it asserts nothing.
 *
 * <p>Usage: {@code PhraseListBenchmark [--corpus DIR] [--passes N]}, where DIR is the shared corpus
 * folder (default: the {@code copydesk.corpus} property, else {@code ../shared/corpus}). The figures go to
 * standard output; {@code --out FILE}, which the module's run profile passes to every benchmark, is
 * accepted and ignored.
 */
public final class PhraseListBenchmark {

  private static final int[] SIZES = {10, 100, 1_000, 10_000};
  /** How long the RE2 contrast may scan per list. */
  private static final double RE2_BUDGET_SECONDS = 10;

  private PhraseListBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(System.getProperty("copydesk.corpus", "../shared/corpus"));
    int passes = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--out" -> i++;
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + " (expected --corpus, --passes, --out)");
      }
    }
    StringBuilder report = new StringBuilder();
    PrintStream console = System.out;
    List<String> found = documents(corpus.resolve("bbc-news-greene-cunningham").resolve("bbc"));
    String source = found.isEmpty() ? "generated text" : "BBC News corpus";
    List<String> docs = found.isEmpty() ? generated() : found;
    long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    List<String> vocabulary = vocabulary(docs);
    line(report, console, String.format(Locale.ROOT, "Phrase lists over the %s: %d documents, %.2f MB (UTF-8), %d distinct words; %d passes, median, one thread",
        source, docs.size(), bytes / 1e6, vocabulary.size(), passes));
    line(report, console, "Terms are drawn at random from the corpus vocabulary (80% single words, 20% two-word phrases).");
    line(report, console, "");
    line(report, console, "PhraseMatcher alone (fold + one Aho-Corasick pass per document); terms absent from the text");
    line(report, console, "(pseudo-words: the pure cost of the list) and terms from the text (the cost with matches):");
    line(report, console, "   terms   states   build ms   absent MB/s   present MB/s   matches");
    List<String> folded = docs.stream().map(d -> FoldedText.of(d, Folding.IGNORE_CASE).folded()).toList();
    // Warm every size up first, so that the first row measured is not the one the JIT compiles during.
    for (int n : SIZES) {
      scan(PhraseMatcher.of(terms(vocabulary, n)), folded);
    }
    for (int n : SIZES) {
      List<String> terms = terms(vocabulary, n);
      long t0 = System.nanoTime();
      PhraseMatcher m = PhraseMatcher.of(terms);
      double buildMs = (System.nanoTime() - t0) / 1e6;
      PhraseMatcher absent = PhraseMatcher.of(absent(terms));
      double absentSeconds = median(passes, () -> scan(absent, folded));
      long[] matches = new long[1];
      double seconds = median(passes, () -> matches[0] = scan(m, folded));
      line(report, console, String.format(Locale.ROOT, "  %6d  %7d  %9.1f  %12.1f  %13.1f  %8d",
          n, m.stateCount(), buildMs, bytes / 1e6 / absentSeconds, bytes / 1e6 / seconds, matches[0]));
    }
    line(report, console, "");
    line(report, console, "An existence rule with that list, run on the parsed articles (absent terms: no findings;");
    line(report, console, "present terms: the cost of making the findings too):");
    line(report, console, "   terms   load ms   absent MB/s   present MB/s   findings");
    ArticleParser parser = ArticleParser.create();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      articles.add(parser.parse("doc" + i + ".txt", docs.get(i), Format.TEXT).article());
    }
    for (int n : SIZES) {
      check(rule(terms(vocabulary, n)), articles); // warm-up, as above
    }
    for (int n : SIZES) {
      List<String> terms = terms(vocabulary, n);
      long t0 = System.nanoTime();
      StyleRule rule = rule(terms);
      double loadMs = (System.nanoTime() - t0) / 1e6;
      StyleRule absentRule = rule(absent(terms));
      double absentSeconds = median(passes, () -> check(absentRule, articles));
      long[] findings = new long[1];
      double seconds = median(passes, () -> findings[0] = check(rule, articles));
      line(report, console, String.format(Locale.ROOT, "  %6d  %8.1f  %12.1f  %13.1f  %9d",
          n, loadMs, bytes / 1e6 / absentSeconds, bytes / 1e6 / seconds, findings[0]));
    }
    line(report, console, "");
    line(report, console, "The whole lint (decode, parse, segment, rule, findings) for reference:");
    StyleRule largest = rule(terms(vocabulary, SIZES[SIZES.length - 1]));
    double none = median(passes, () -> lintAll(linter(null), docs));
    double withList = median(passes, () -> lintAll(linter(largest), docs));
    line(report, console, String.format(Locale.ROOT, "  no rule: %.1f MB/s; the %,d-term rule: %.1f MB/s", bytes / 1e6 / none, SIZES[SIZES.length - 1], bytes / 1e6 / withList));
    line(report, console, "");
    line(report, console, "For contrast, the same list as one RE2 alternation \\b(?:t1|t2|...)\\b, case-insensitive:");
    line(report, console, "(one pass over the documents in order, stopped after " + (int) RE2_BUDGET_SECONDS + " s; throughput over what it read)");
    line(report, console, "   terms   compile ms   scan MB/s   MB read");
    for (int n : SIZES) {
      List<String> terms = terms(vocabulary, n);
      long t0 = System.nanoTime();
      Pattern p = Pattern.compile("\\b(?:" + String.join("|", terms.stream().map(Pattern::quote).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
      double compileMs = (System.nanoTime() - t0) / 1e6;
      long start = System.nanoTime();
      long read = 0;
      for (String d : docs) {
        com.google.re2j.Matcher m = p.matcher(d);
        while (m.find()) {
          // count nothing: the scan is what is timed
        }
        read += d.getBytes(StandardCharsets.UTF_8).length;
        if ((System.nanoTime() - start) / 1e9 > RE2_BUDGET_SECONDS) {
          break;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      line(report, console, String.format(Locale.ROOT, "  %6d  %11.1f  %10.3f  %8.2f", n, compileMs, read / 1e6 / seconds, read / 1e6));
    }
  }

  private static void line(StringBuilder report, PrintStream console, String s) {
    console.println(s);
    report.append(s).append('\n');
  }


  /** Seconds of the median of {@code passes} timed runs, after two warm-up runs. */
  private static double median(int passes, Runnable work) {
    work.run();
    work.run();
    double[] t = new double[Math.max(1, passes)];
    for (int i = 0; i < t.length; i++) {
      long s = System.nanoTime();
      work.run();
      t[i] = (System.nanoTime() - s) / 1e9;
    }
    Arrays.sort(t);
    return t[t.length / 2];
  }

  private static long scan(PhraseMatcher m, List<String> folded) {
    long c = 0;
    for (String f : folded) {
      c += m.findAll(f).size();
    }
    return c;
  }

  /** Pseudo-words that do not occur in English text: each term reversed, with "qx" added. */
  private static List<String> absent(List<String> terms) {
    return terms.stream().map(t -> new StringBuilder(t).reverse() + "qx").toList();
  }

  /** Runs {@code rule} on every article, counting what it reports. */
  private static long check(StyleRule rule, List<Article> articles) {
    long[] n = new long[1];
    RuleOptions options = RuleOptions.defaults(rule.metadata());
    for (Article a : articles) {
      rule.check(a, new CountingContext(a, options, n));
    }
    return n[0];
  }

  /** The least a rule needs to report: counts findings. Not thread-safe. */
  private record CountingContext(Article article, RuleOptions options, long[] count) implements RuleContext {
    @Override
    public FindingBuilder at(Span span) {
      return new FindingBuilder() {
        @Override
        public FindingBuilder message(String message) {
          return this;
        }

        @Override
        public FindingBuilder severity(Severity severity) {
          return this;
        }

        @Override
        public FindingBuilder fix(String replacement) {
          return this;
        }

        @Override
        public FindingBuilder fix(Fix fix) {
          return this;
        }

        @Override
        public void report() {
          count[0]++;
        }
      };
    }

    @Override
    public List<List<String>> posTags(Sentence sentence) {
      return List.of();
    }
  }

  private static StyleRule rule(List<String> terms) {
    StringBuilder yaml = new StringBuilder("house-list:\n  type: existence\n  tokens:\n");
    for (String t : terms) {
      yaml.append("    - '").append(t.replace("'", "''")).append("'\n");
    }
    return StyleLoader.parse(yaml.toString(), "benchmark.yml").rules().get(0);
  }

  private static Linter linter(StyleRule rule) {
    return Linter.builder().rules(rule == null ? List.of() : List.of(rule)).ruleProviders(false).threads(1).build();
  }

  private static long lintAll(Linter linter, List<String> docs) {
    long n = 0;
    for (int i = 0; i < docs.size(); i++) {
      n += linter.lint(docs.get(i), Format.TEXT, "doc" + i + ".txt").findings().size();
    }
    return n;
  }

  private static List<String> terms(List<String> vocabulary, int n) {
    Random rnd = new Random(n);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String w = vocabulary.get(rnd.nextInt(vocabulary.size()));
      out.add(rnd.nextInt(5) == 0 ? w + " " + vocabulary.get(rnd.nextInt(vocabulary.size())) : w);
    }
    return new ArrayList<>(out);
  }

  private static List<String> vocabulary(List<String> docs) {
    Set<String> words = new LinkedHashSet<>();
    for (String d : docs) {
      for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (w.length() >= 3) {
          words.add(w);
        }
      }
    }
    return new ArrayList<>(words);
  }

  private static List<String> documents(Path bbc) throws IOException {
    if (!Files.isDirectory(bbc)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(bbc)) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.ISO_8859_1));
      }
      return out;
    }
  }

  /** 2,000 documents of pseudo-words when the corpus is absent. */
  private static List<String> generated() {
    Random rnd = new Random(42);
    String letters = "etaoinshrdlucmfwypvbgkqjxz";
    List<String> out = new ArrayList<>();
    for (int d = 0; d < 2_000; d++) {
      StringBuilder sb = new StringBuilder("Title ").append(d).append("\n\n");
      for (int w = 0; w < 400; w++) {
        int len = 3 + rnd.nextInt(6);
        for (int i = 0; i < len; i++) {
          sb.append(letters.charAt(Math.min(letters.length() - 1, (int) Math.abs(rnd.nextGaussian() * 6))));
        }
        sb.append(w % 15 == 14 ? ". " : " ");
      }
      out.add(sb.append('\n').toString());
    }
    return out;
  }
}
