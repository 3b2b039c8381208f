package dev.copydesk.evaluation;

import dev.copydesk.core.engine.Linter;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Runs the rule pack over {@code ../shared/corpus} and prints, per corpus, the figures each rule is
 * judged by. Usage: {@code Evaluate [--corpus DIR] [section...]}; with no section names, all run
 * (the system property {@code copydesk.sections=a,b} picks sections too). {@code Evaluate --lint
 * FILE...} lints files and prints every finding.
 * A corpus folder that is absent is reported and skipped.
 */
public final class Evaluate {

  private Evaluate() {}

  /** Every section, in the order they print; throughput comes last as it takes longest. */
  static List<EvaluationSection> sections() {
    return List.of(
        new BbcSection(),
        new TruncationSection(),
        new ConllSection(),
        new TrafilaturaSection(),
        new ScrapinghubSection(),
        new L3sSection(),
        new FakeNewsNetSection(),
        new ThroughputSection());
  }

  /** Lints files with the default rule pack and prints every finding: for checking a rule by hand. */
  static void lintFiles(List<String> files, PrintStream out) {
    Linter linter = Linter.builder().threads(1).build();
    for (String f : files) {
      dev.copydesk.core.engine.LintResult r = linter.lint(Path.of(f));
      r.diagnostics().forEach(d -> out.println(f + ": " + d));
      r.findings().forEach(x -> out.println(Report.describe(f, x)));
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(System.getProperty("copydesk.corpus", "../shared/corpus"));
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String n : System.getProperty("copydesk.sections", "").split(",")) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lint")) {
        lintFiles(java.util.Arrays.asList(args).subList(i + 1, args.length), System.out);
        return;
      }
      if (args[i].equals("--corpus") && i + 1 < args.length) {
        corpus = Path.of(args[++i]);
      } else {
        names.add(args[i]);
      }
    }
    PrintStream out = System.out;
    if (!Files.isDirectory(corpus)) {
      out.println("corpus folder " + corpus.toAbsolutePath() + " not found: nothing to evaluate");
      return;
    }
    Linter linter = Linter.builder().build();
    Set<String> wanted = Set.copyOf(names);
    for (EvaluationSection s : sections()) {
      if (!wanted.isEmpty() && !wanted.contains(s.name())) {
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
}
