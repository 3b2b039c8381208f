package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the boilerplate and artifact rules' evaluation sections (trafilatura, Scrapinghub,
 * FakeNewsNet) and checks those rules' error-level findings on the BBC negatives, until the sections
 * are registered in {@link Evaluate}. Usage: {@code ChromeEvaluation [--corpus DIR] [section...]} with
 * sections {@code trafilatura scrapinghub fakenewsnet bbc-own}.
 */
public final class ChromeEvaluation {

  /** The rules this evaluation is about. */
  static final Set<String> RULES =
      Set.of("page-chrome", "boilerplate-bio", "byline-in-body", "chatbot-artifact", "placeholder", "mojibake",
          "repeated-paragraph");

  private ChromeEvaluation() {}

  static List<EvaluationSection> sections() {
    return List.of(new TrafilaturaSection(), new ScrapinghubSection(), new FakeNewsNetSection(), new OwnBbcCheck());
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(System.getProperty("copydesk.corpus", "../shared/corpus"));
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--corpus") && i + 1 < args.length) {
        corpus = Path.of(args[++i]);
      } else {
        names.add(args[i]);
      }
    }
    PrintStream out = System.out;
    Linter linter = Linter.builder().build();
    for (EvaluationSection s : sections()) {
      if (!names.isEmpty() && !names.contains(s.name())) {
        continue;
      }
      Path dir = corpus.resolve(s.corpusFolder());
      out.println("== " + s.name() + " (" + s.corpusFolder() + ")");
      if (!Files.isDirectory(dir)) {
        out.println("   corpus folder absent: skipped");
        continue;
      }
      s.run(linter, dir, out);
      out.println();
    }
  }

  /** Error-level findings of these rules on the 2,225 BBC articles, each listed. */
  static final class OwnBbcCheck implements EvaluationSection {
    @Override
    public String name() {
      return "bbc-own";
    }

    @Override
    public String corpusFolder() {
      return "bbc-news-greene-cunningham";
    }

    @Override
    public void run(Linter linter, Path corpus, PrintStream out) throws IOException {
      List<Path> files;
      try (Stream<Path> s = Files.walk(corpus.resolve("bbc"))) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      Map<String, int[]> perRule = new TreeMap<>(); // rule severity -> {findings, articles}
      int linted = 0;
      int withError = 0;
      List<String> errors = new java.util.ArrayList<>();
      for (LintResult r : linter.lintAll(files)) {
        if (!r.isLinted()) {
          continue;
        }
        linted++;
        boolean error = false;
        Set<String> seen = new java.util.HashSet<>();
        for (Finding f : r.findings()) {
          if (!RULES.contains(f.ruleId())) {
            continue;
          }
          String key = f.ruleId() + " " + f.severity().id();
          int[] c = perRule.computeIfAbsent(key, k -> new int[2]);
          c[0]++;
          if (seen.add(key)) {
            c[1]++;
          }
          if (f.severity() == Severity.ERROR) {
            error = true;
            errors.add(f.ruleId() + "  " + r.id() + ":" + f.start() + "  \"" + f.excerpt().replace('\n', ' ') + "\"");
          }
        }
        withError += error ? 1 : 0;
      }
      out.printf("   articles linted: %d; with an error-level finding of these rules: %d (%.2f%%)%n", linted, withError,
          100.0 * withError / Math.max(1, linted));
      for (Map.Entry<String, int[]> e : perRule.entrySet()) {
        out.printf("   %-30s %6d findings in %5d articles%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      }
      for (String e : errors) {
        out.println("     ERROR " + e);
      }
    }
  }

}
