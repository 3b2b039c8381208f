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

/**
 * Findings inside the gold article body against findings in the rest of the page, on the
 * Scrapinghub article-extraction benchmark. Inside: the gold {@code articleBody} linted as TEXT.
 * Outside: the full page text ({@code output/html-text.json}, html-text 0.7.0) linted as TEXT, keeping
 * the findings whose flagged text (white space collapsed) does not occur in the gold body. Inside
 * findings are listed for review: most are chrome the annotators left in the gold body or false
 * alarms. Not thread-safe.
 */
final class ScrapinghubSection implements EvaluationSection {

  /** Inside findings listed in full; more are only counted. */
  static final int MAX_LISTED = 60;

  @Override
  public String name() {
    return "scrapinghub";
  }

  @Override
  public String corpusFolder() {
    return "scrapinghub-article-extraction-benchmark";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws IOException {
    Map<String, Object> gold =
        CorpusJson.object(CorpusJson.parse(Files.readString(corpus.resolve("ground-truth.json"), StandardCharsets.UTF_8)));
    Map<String, Object> full =
        CorpusJson.object(
            CorpusJson.object(
                    CorpusJson.parse(Files.readString(corpus.resolve("output/html-text.json"), StandardCharsets.UTF_8)))
                .get("output"));
    Map<String, int[]> perRule = new TreeMap<>(); // rule -> {inside, outside, pagesInside, pagesOutside}
    List<String> listed = new ArrayList<>();
    int pages = 0;
    int pagesInside = 0;
    int pagesOutside = 0;
    for (String id : new java.util.TreeSet<>(gold.keySet())) {
      String body = (String) CorpusJson.object(gold.get(id)).get("articleBody");
      Object fullRec = full.get(id);
      if (body == null || fullRec == null) {
        continue;
      }
      String page = (String) CorpusJson.object(fullRec).get("articleBody");
      pages++;
      LintResult in = linter.lint(body, Format.TEXT, id + "/gold.txt");
      LintResult all = linter.lint(page, Format.TEXT, id + "/page.txt");
      String goldNorm = LocatedText.normalize(body);
      java.util.Set<String> rulesIn = new java.util.HashSet<>();
      java.util.Set<String> rulesOut = new java.util.HashSet<>();
      for (Finding f : in.findings()) {
        perRule.computeIfAbsent(f.ruleId(), k -> new int[4])[0]++;
        rulesIn.add(f.ruleId());
        if (listed.size() < MAX_LISTED) {
          listed.add(f.ruleId() + " " + f.severity().id() + "  " + id.substring(0, 12) + "  \""
              + f.excerpt().replace('\n', ' ') + "\"");
        }
      }
      for (Finding f : all.findings()) {
        String flagged = LocatedText.normalize(f.span().of(page));
        if (!goldNorm.contains(flagged)) {
          perRule.computeIfAbsent(f.ruleId(), k -> new int[4])[1]++;
          rulesOut.add(f.ruleId());
        }
      }
      for (String r : rulesIn) {
        perRule.get(r)[2]++;
      }
      for (String r : rulesOut) {
        perRule.get(r)[3]++;
      }
      pagesInside += in.findings().isEmpty() ? 0 : 1;
      pagesOutside += rulesOut.isEmpty() ? 0 : 1;
    }
    out.println("   pages: " + pages + "; inside = gold articleBody linted as TEXT; outside = html-text page text"
        + " linted as TEXT, findings whose text is not in the gold body");
    out.printf("   %-20s %8s %8s %13s %14s%n", "rule", "inside", "outside", "pages-inside", "pages-outside");
    int ti = 0;
    int to = 0;
    for (Map.Entry<String, int[]> e : perRule.entrySet()) {
      int[] c = e.getValue();
      ti += c[0];
      to += c[1];
      out.printf("   %-20s %8d %8d %13d %14d%n", e.getKey(), c[0], c[1], c[2], c[3]);
    }
    out.printf("   %-20s %8d %8d %13d %14d%n", "all", ti, to, pagesInside, pagesOutside);
    out.println("   findings inside the gold body (for review):");
    for (String l : listed) {
      out.println("     " + l);
    }
    if (ti > listed.size()) {
      out.println("     ... " + (ti - listed.size()) + " more");
    }
  }
}
