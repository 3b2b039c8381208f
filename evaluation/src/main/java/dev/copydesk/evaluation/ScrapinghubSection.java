package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings inside the gold article body against findings in the rest of the page, on the
 * Scrapinghub article-extraction benchmark. Inside: the gold {@code articleBody} linted as TEXT.
 * Outside: the full page text ({@code output/html-text.json}, html-text 0.7.0) linted as TEXT, keeping
 * the findings whose flagged text (white space collapsed) does not occur in the gold body. Inside
 * findings are listed for review: most are chrome the annotators left in the gold body or false
 * alarms. Then page-chrome on the HTML pages themselves, in main-content and in page mode, inside and
 * outside the gold body. Not thread-safe.
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
    htmlPages(linter, corpus, gold, out);
    Extraction e = extraction(corpus, gold, full);
    if (e.pages() > 0) {
      out.printf(Locale.ROOT, "   main-content selection against the gold bodies, %d pages, tokens as the benchmark counts them:%n", e.pages());
      out.printf(Locale.ROOT, "     Copydesk main content   precision %.3f  recall %.3f  F1 %.3f%n", e.ours()[0], e.ours()[1], f1(e.ours()));
      out.printf(Locale.ROOT, "     html-text (whole page)   precision %.3f  recall %.3f  F1 %.3f%n", e.baseline()[0], e.baseline()[1], f1(e.baseline()));
    }
  }

  /** Mean token precision and recall of the main content, and of the html-text baseline, over the pages. */
  record Extraction(int pages, double[] ours, double[] baseline) {}

  /**
   * The text main-content selection picks on each page ({@code html/*.html.gz}, its prose blocks),
   * scored as the benchmark scores extractors: the page's text and the gold body are split on white
   * space, the tokens they share counted as multisets, and precision and recall averaged over the
   * pages. The html-text output (all of the page's visible text) is scored the same way, as a baseline.
   */
  static Extraction extraction(Path corpus, Map<String, Object> gold, Map<String, Object> full) throws IOException {
    Path dir = corpus.resolve("html");
    ArticleParser parser = ArticleParser.create();
    double[] ours = new double[2];
    double[] base = new double[2];
    int pages = 0;
    for (String id : new java.util.TreeSet<>(gold.keySet())) {
      Path file = dir.resolve(id + ".html.gz");
      String body = (String) CorpusJson.object(gold.get(id)).get("articleBody");
      Object fullRec = full.get(id);
      if (body == null || fullRec == null || !Files.isRegularFile(file)) {
        continue;
      }
      String html;
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      StringBuilder text = new StringBuilder();
      for (Block b : parser.parse(id, html, Format.HTML).article().proseBlocks()) {
        text.append(b.text()).append('\n');
      }
      add(ours, score(text.toString(), body));
      add(base, score((String) CorpusJson.object(fullRec).get("articleBody"), body));
      pages++;
    }
    if (pages > 0) {
      for (int k = 0; k < 2; k++) {
        ours[k] /= pages;
        base[k] /= pages;
      }
    }
    return new Extraction(pages, ours, base);
  }

  /** {precision, recall} of {@code predicted} against {@code gold}, tokens split on white space. */
  static double[] score(String predicted, String gold) {
    Map<String, Integer> want = new java.util.HashMap<>();
    for (String t : gold.split("\\s+")) {
      if (!t.isEmpty()) {
        want.merge(t, 1, Integer::sum);
      }
    }
    int goldTokens = want.values().stream().mapToInt(Integer::intValue).sum();
    int predictedTokens = 0;
    int shared = 0;
    for (String t : predicted.split("\\s+")) {
      if (t.isEmpty()) {
        continue;
      }
      predictedTokens++;
      Integer left = want.get(t);
      if (left != null && left > 0) {
        want.put(t, left - 1);
        shared++;
      }
    }
    double precision = predictedTokens == 0 ? (goldTokens == 0 ? 1 : 0) : (double) shared / predictedTokens;
    double recall = goldTokens == 0 ? 1 : (double) shared / goldTokens;
    return new double[] {precision, recall};
  }

  private static void add(double[] sum, double[] x) {
    sum[0] += x[0];
    sum[1] += x[1];
  }

  static double f1(double[] pr) {
    return pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
  }

  /**
   * page-chrome on the pages themselves ({@code html/*.html.gz}) linted as HTML, in main-content mode
   * (the linter as given) and in page mode: a finding is inside the gold body when its text (tags
   * dropped, entities decoded, white space collapsed) is a whole line of the gold body, or occurs in it
   * and has five words or more (shorter text such as "Share" occurs in prose by chance). Inside findings
   * are listed.
   */
  private static void htmlPages(Linter linter, Path corpus, Map<String, Object> gold, PrintStream out) throws IOException {
    Path dir = corpus.resolve("html");
    if (!Files.isDirectory(dir)) {
      return;
    }
    Linter page = Linter.builder().rules(linter.rules()).config(linter.config()).htmlContent(HtmlContent.PAGE).threads(1).build();
    Linter[] linters = {linter, page};
    String[] names = {"main-content mode", "page mode"};
    int[][] counts = new int[2][3]; // mode -> {pages, inside, outside}
    List<List<String>> insideLists = List.of(new ArrayList<>(), new ArrayList<>());
    for (String id : new java.util.TreeSet<>(gold.keySet())) {
      Path file = dir.resolve(id + ".html.gz");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String html;
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String body = (String) CorpusJson.object(gold.get(id)).get("articleBody");
      if (body == null) {
        continue;
      }
      String goldNorm = LocatedText.normalize(body);
      java.util.Set<String> goldLines = new java.util.HashSet<>();
      for (String line : body.split("\n")) {
        goldLines.add(LocatedText.normalize(line));
      }
      for (int m = 0; m < 2; m++) {
        LintResult r = linters[m].lint(html, Format.HTML, id + ".html");
        counts[m][0]++;
        for (Finding f : r.findings()) {
          if (!f.ruleId().equals("page-chrome")) {
            continue;
          }
          String text = LocatedText.normalize(org.jsoup.Jsoup.parseBodyFragment(f.span().of(html)).text());
          boolean inside =
              goldLines.contains(text) || (goldNorm.contains(text) && text.split(" ").length >= 5);
          counts[m][inside ? 1 : 2]++;
          if (inside) {
            insideLists.get(m).add(id.substring(0, 12) + "  \"" + text + "\"");
          }
        }
      }
    }
    out.println("   HTML pages linted as HTML, page-chrome findings inside / outside the gold body"
        + " (inside: a whole gold line, or five words or more found in it):");
    for (int m = 0; m < 2; m++) {
      out.printf("   %-18s pages %d: inside %d, outside %d%n", names[m], counts[m][0], counts[m][1], counts[m][2]);
      for (String l : insideLists.get(m)) {
        out.println("     INSIDE " + l);
      }
    }
  }
}
