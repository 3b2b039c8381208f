package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.parse.ArticleParser;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Findings against human block labels, on the L3S-GN1 sample (Kohlschütter et al., WSDM 2010): each
 * {@code annotated/} page is the crawled news page with every text block wrapped in a {@code <span
 * class="x-nc-selN">}, 0 boilerplate, 1 headline, 2 full text, 3 supplemental (captions, dates), 4
 * related content, 5 user comments. Each page is linted as HTML, as the linter is given (main content)
 * and in page mode, and every finding is put under the label of the innermost labelled block its first
 * character lies in ({@code none} outside every one). Headline and full text are the article: a
 * page-chrome finding there is a false alarm, or chrome the annotators labelled as text. Those findings,
 * and every error-level finding of another rule there, are listed for review, except mojibake's: the
 * annotated copies store most curly quotes as "?" (see the corpus's {@code SOURCE.md}), damage the rule
 * is right to flag, so its findings are only counted. Not thread-safe.
 */
final class L3sSection implements EvaluationSection {

  /** The labels in print order; "none" is text in no labelled block. */
  static final List<String> LABELS = List.of("sel0", "sel1", "sel2", "sel3", "sel4", "sel5", "none");

  /** What each label means, for the printout. */
  static final Map<String, String> MEANING =
      Map.of("sel0", "boilerplate", "sel1", "headline", "sel2", "full text", "sel3", "supplemental",
          "sel4", "related content", "sel5", "user comments", "none", "unlabelled");

  @Override
  public String name() {
    return "l3s";
  }

  @Override
  public String corpusFolder() {
    return "l3s-gn1-boilerplate-sample";
  }

  /** A labelled block's source range in the page: [start, end) of the element, tags included. */
  record Labelled(int start, int end, String label) {}

  /** The counts of one mode: rule -> label index -> findings; and the article findings to review. */
  static final class Tally {
    final Map<String, int[]> byRule = new TreeMap<>();
    final List<String> review = new ArrayList<>();
    int pages;
    int pagesWithChromeInArticle;
    /** Words of the text linted, by the label of the block each block of the article starts in. */
    final long[] words = new long[LABELS.size()];

    /** Words linted in blocks labelled headline or full text. */
    long articleWords() {
      return words[LABELS.indexOf("sel1")] + words[LABELS.indexOf("sel2")];
    }

    /** {@code rule}'s findings in all. */
    int count(String rule) {
      return java.util.Arrays.stream(byRule.getOrDefault(rule, new int[LABELS.size()])).sum();
    }

    /** {@code rule}'s findings in the article: headline or full text. */
    int inArticle(String rule) {
      int[] c = byRule.getOrDefault(rule, new int[LABELS.size()]);
      return c[LABELS.indexOf("sel1")] + c[LABELS.indexOf("sel2")];
    }
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws IOException {
    List<Path> pages = pages(corpus);
    Linter page = Linter.builder().rules(linter.rules()).config(linter.config()).htmlContent(HtmlContent.PAGE).threads(1).build();
    out.println("   pages: " + pages.size() + " (annotated/), each finding under the label of the block its first character is in");
    out.println("   labels: " + String.join(", ", LABELS.stream().map(l -> l + " " + MEANING.get(l)).toList()));
    Tally main = measure(linter, pages);
    Tally whole = measure(page, pages);
    print("main-content mode", main, out);
    print("page mode", whole, out);
    out.println("   main-content selection, in words of headline and full text: linted " + main.articleWords() + " of the "
        + whole.articleWords() + " the pages show (recall " + Report.ratio(main.articleWords(), whole.articleWords())
        + "); of all " + java.util.Arrays.stream(main.words).sum() + " words linted, the article's share "
        + Report.ratio(main.articleWords(), java.util.Arrays.stream(main.words).sum()));
    out.printf("   %-20s", "words linted");
    for (String l : LABELS) {
      out.printf(" %6s", l);
    }
    out.println();
    for (int m = 0; m < 2; m++) {
      out.printf("   %-20s", m == 0 ? "main-content mode" : "page mode");
      for (long n : (m == 0 ? main : whole).words) {
        out.printf(" %6d", n);
      }
      out.println();
    }
  }

  /** Lints every page of {@code pages} with {@code linter} and counts the findings by label. */
  static Tally measure(Linter linter, List<Path> pages) throws IOException {
    Tally t = new Tally();
    for (Path p : pages) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      String id = p.getFileName().toString().substring(0, 8);
      List<Labelled> labelled = blocks(html);
      tally(id, html, labelled, linter.lint(html, Format.HTML, p.getFileName().toString()), t);
      countWords(PARSER.withHtmlContent(linter.htmlContent()).parse(id, html, Format.HTML).article(), labelled, t);
    }
    return t;
  }

  private static final ArticleParser PARSER = ArticleParser.create();

  /** Adds the words of each of {@code article}'s prose blocks under the label its text starts in. */
  static void countWords(Article article, List<Labelled> labelled, Tally t) {
    for (Block b : article.proseBlocks()) {
      if (b.text().isBlank()) {
        continue;
      }
      int first = b.toSource(0, 1).start();
      t.words[LABELS.indexOf(labelAt(labelled, first))] += b.text().strip().split("\\s+").length;
    }
  }

  /** The annotated pages under {@code corpus}, in name order. */
  static List<Path> pages(Path corpus) throws IOException {
    try (Stream<Path> s = Files.list(corpus.resolve("annotated"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
  }

  private static void print(String mode, Tally t, PrintStream out) {
    out.println("   -- " + mode + ": " + t.pages + " pages");
    out.printf("   %-20s", "rule");
    for (String l : LABELS) {
      out.printf(" %6s", l);
    }
    out.printf(" %9s%n", "article %");
    for (Map.Entry<String, int[]> e : t.byRule.entrySet()) {
      int[] c = e.getValue();
      out.printf("   %-20s", e.getKey());
      int all = 0;
      for (int n : c) {
        out.printf(" %6d", n);
        all += n;
      }
      out.printf(" %9s%n", Report.pct(c[1] + c[2], all));
    }
    int chromeAll = t.count("page-chrome");
    int chromeOutside = chromeAll - t.inArticle("page-chrome");
    out.println("   page-chrome outside the article (not headline or full text): " + chromeOutside + " of " + chromeAll
        + " (" + Report.pct(chromeOutside, chromeAll) + "); pages with one in the article: " + t.pagesWithChromeInArticle);
    out.println("   in the article (headline, full text): every page-chrome finding, and the errors of other rules"
        + " but mojibake (the annotated copies' \"?\" for curly quotes):");
    for (String r : t.review) {
      out.println("     " + r);
    }
  }

  /** Counts {@code result}'s findings by label into {@code t}, noting those in the article for review. */
  static void tally(String id, String html, List<Labelled> blocks, LintResult result, Tally t) {
    t.pages++;
    boolean chromeInArticle = false;
    for (Finding f : result.findings()) {
      String label = labelAt(blocks, f.span().start());
      int[] counts = t.byRule.computeIfAbsent(f.ruleId(), k -> new int[LABELS.size()]);
      counts[LABELS.indexOf(label)]++;
      boolean article = label.equals("sel1") || label.equals("sel2");
      boolean chrome = f.ruleId().equals("page-chrome");
      if (article && (chrome || f.severity() == Severity.ERROR && !f.ruleId().equals("mojibake"))) {
        chromeInArticle |= chrome;
        t.review.add(f.ruleId() + "  " + label + "  " + id + "  \"" + Report.oneLine(excerpt(html, f)) + "\"");
      }
    }
    if (chromeInArticle) {
      t.pagesWithChromeInArticle++;
    }
  }

  private static String excerpt(String html, Finding f) {
    String text = Jsoup.parseBodyFragment(f.span().of(html)).text();
    return text.length() <= 100 ? text : text.substring(0, 100) + "\u2026";
  }

  /** The label of the innermost block holding offset {@code at}, or "none". */
  static String labelAt(List<Labelled> blocks, int at) {
    Labelled best = null;
    for (Labelled b : blocks) {
      if (b.start() <= at && at < b.end() && (best == null || b.end() - b.start() < best.end() - best.start())) {
        best = b;
      }
    }
    return best == null ? "none" : best.label();
  }

  /**
   * Every element of {@code html} whose class is {@code x-nc-selN}, with its source range: from its
   * start tag to the end of its end tag, or, when the parser closed it implicitly, to the end of its
   * last descendant.
   */
  static List<Labelled> blocks(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<Labelled> out = new ArrayList<>();
    for (Element e : doc.select("[class*=x-nc-sel]")) {
      String label = null;
      for (String c : e.classNames()) {
        if (c.matches("x-nc-sel[0-5]")) {
          label = c.substring("x-nc-".length());
        }
      }
      if (label == null || !e.sourceRange().isTracked()) {
        continue;
      }
      int start = e.sourceRange().startPos();
      int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : lastEnd(e);
      out.add(new Labelled(start, Math.max(end, e.sourceRange().endPos()), label));
    }
    return out;
  }

  /** The end of the last tracked node inside {@code e}, or of its start tag. */
  private static int lastEnd(Element e) {
    int end = e.sourceRange().endPos();
    for (Element el : e.getAllElements()) {
      end = Math.max(end, Math.max(endOf(el.sourceRange()), endOf(el.endSourceRange())));
      for (Node c : el.childNodes()) {
        end = Math.max(end, endOf(c.sourceRange()));
      }
    }
    return end;
  }

  private static int endOf(Range r) {
    return r.isTracked() ? r.endPos() : -1;
  }
}
