package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Findings per rule on the FakeNewsNet scraped articles ({@code Data/*}{@code /*}{@code /*-Webpage.json},
 * field {@code text}, linted as TEXT), with a deterministic sample of each rule's findings for review.
 * Set the system property {@code copydesk.eval.listAll=true} to list every finding. Not thread-safe.
 */
final class FakeNewsNetSection implements EvaluationSection {

  /** Findings listed per rule unless everything is asked for. */
  static final int SAMPLE = 12;

  @Override
  public String name() {
    return "fakenewsnet";
  }

  @Override
  public String corpusFolder() {
    return "fakenewsnet-v1-buzzfeed-politifact";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws IOException {
    boolean listAll = Boolean.getBoolean("copydesk.eval.listAll");
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus.resolve("Data"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith("-Webpage.json")).sorted().toList();
    }
    Map<String, int[]> counts = new TreeMap<>(); // rule+severity -> {findings, articles}
    Map<String, List<String>> samples = new TreeMap<>();
    int linted = 0;
    int skipped = 0;
    for (Path p : files) {
      String json = Files.readString(p, StandardCharsets.UTF_8);
      if (json.isBlank()) {
        skipped++;
        continue;
      }
      Object text = CorpusJson.object(CorpusJson.parse(json)).get("text");
      if (!(text instanceof String t) || t.isBlank()) {
        skipped++;
        continue;
      }
      linted++;
      String id = corpus.relativize(p).toString();
      LintResult r = linter.lint(t, Format.TEXT, id);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Finding f : r.findings()) {
        String key = f.ruleId() + " " + f.severity().id();
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0]++;
        if (seen.add(key)) {
          c[1]++;
        }
        List<String> l = samples.computeIfAbsent(f.ruleId(), k -> new ArrayList<>());
        if (listAll || l.size() < SAMPLE) {
          l.add(f.severity().id() + "  " + p.getFileName() + ":" + f.start() + "  \"" + f.excerpt().replace('\n', ' ')
              + "\"");
        }
      }
    }
    out.println("   articles linted: " + linted + " (" + skipped + " empty files or texts skipped), field 'text' as TEXT");
    out.printf("   %-30s %9s %9s%n", "rule severity", "findings", "articles");
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.printf("   %-30s %9d %9d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    for (Map.Entry<String, List<String>> e : samples.entrySet()) {
      out.println("   " + e.getKey() + (listAll ? " (all findings):" : " (first " + SAMPLE + " by file name):"));
      for (String s : e.getValue()) {
        out.println("     " + s);
      }
    }
  }
}
