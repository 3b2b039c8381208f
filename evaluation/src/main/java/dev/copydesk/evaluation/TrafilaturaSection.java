package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Chrome recall and false alarms on the trafilatura evaluation sample. Each page is linted as HTML
 * (when the HTML parser is only the plain-text fallback, the page's visible text, one paragraph per
 * block element, is linted as text instead). A gold string "is flagged" when a finding's span overlaps
 * the source span of one of its occurrences in the text the linter read (white space collapsed; exact
 * case first, then ignoring case). A string that does not occur in that text is "not in the linted
 * text" (for HTML: left out by main-content selection). "without" strings are chrome: flagged is good,
 * broken down by the kinds in {@code trafilatura-without-kinds.tsv}. "with" strings are article text:
 * flagged is a false alarm. The sample is measured twice: with the linter as given (HTML read from the
 * main content, the figures earlier versions printed) and in page mode ({@code html: {content:
 * page}}), where every visible string of the page reaches the rules. Not thread-safe.
 */
final class TrafilaturaSection implements EvaluationSection {

  static final Set<String> TARGET_KINDS = Set.of("comment", "share", "newsletter", "related", "cookie");

  @Override
  public String name() {
    return "trafilatura";
  }

  @Override
  public String corpusFolder() {
    return "trafilatura-eval-en-sample";
  }

  /** The rules that judge page chrome, bios and bylines: the ones a "with" string must never trip. */
  private static final java.util.Set<String> BOILERPLATE_RULES =
      java.util.Set.of("page-chrome", "boilerplate-bio", "byline-in-body");

  private enum Outcome {
    FLAGGED,
    NOT_FLAGGED,
    NOT_IN_TEXT
  }

  /** What one pass over the sample found. */
  private static final class Tally {
    final Map<String, int[]> byKind = new TreeMap<>(); // kind -> {flagged, notFlagged, notInText}
    final List<String> missed = new ArrayList<>();
    /** One line per finding on a "with" string: "rule  file  \"string\"  <- \"excerpt\"". */
    final List<String> falseAlarms = new ArrayList<>();
    int withTotal;
    int withNotInText;
    int withFlagged;
    int withFlaggedByBoilerplate;
    String mode;
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws IOException {
    Map<String, Object> records =
        CorpusJson.object(CorpusJson.parse(Files.readString(corpus.resolve("evaldata-subset.json"), StandardCharsets.UTF_8)));
    Map<String, String> kinds = kinds();

    Tally main = measure(linter, corpus, records, kinds, out);
    out.println("   mode: " + main.mode);
    out.println("   match: a gold string is flagged when a finding overlaps one of its occurrences in the linted text");
    int[] target = printKinds(main, out);
    int tn = target[0] + target[1] + target[2];
    int[] all = totals(main, null);
    int an = all[0] + all[1] + all[2];
    out.printf("   chrome recall, target kinds (comment, share, newsletter, related, cookie): %d/%d = %.1f%%%n",
        target[0], tn, 100.0 * target[0] / Math.max(1, tn));
    out.printf("   chrome recall, target kinds, strings present in the linted text: %d/%d = %.1f%%%n",
        target[0], tn - target[2], 100.0 * target[0] / Math.max(1, tn - target[2]));
    // A chrome string the main-content finder left out of the article body never reaches the reader of
    // the linted article: for a linter that counts as handled, as much as a finding does.
    out.printf("   chrome handled, target kinds (flagged, or left out of the article body): %d/%d = %.1f%%%n",
        target[0] + target[2], tn, 100.0 * (target[0] + target[2]) / Math.max(1, tn));
    out.printf("   chrome recall, all \"without\" strings: %d/%d = %.1f%%%n", all[0], an, 100.0 * all[0] / Math.max(1, an));
    out.printf("   \"with\" strings flagged (false alarms): %d of %d (%d not in linted text)%n",
        main.withFlagged, main.withTotal, main.withNotInText);
    out.printf("   \"with\" strings flagged by boilerplate rules (%s): %d%n", String.join(", ", new java.util.TreeSet<>(BOILERPLATE_RULES)),
        main.withFlaggedByBoilerplate);
    printLists(main, out);

    // The same pages read whole (html: {content: page}), as a site owner auditing a template or a CMS
    // importing a scraped page reads them: every chrome string is in the linted text, so the rules alone
    // must find it, and must leave the article's own text alone.
    Linter page =
        Linter.builder().rules(linter.rules()).config(linter.config()).htmlContent(HtmlContent.PAGE).threads(1).build();
    Tally whole = measure(page, corpus, records, kinds, out);
    out.println("   -- page mode (html: {content: page}): all visible text of each page is linted");
    target = printKinds(whole, out);
    tn = target[0] + target[1] + target[2];
    all = totals(whole, null);
    an = all[0] + all[1] + all[2];
    out.printf("   page mode: chrome recall, target kinds: %d/%d = %.1f%% (%d not in the page's visible text)%n",
        target[0], tn, 100.0 * target[0] / Math.max(1, tn), target[2]);
    out.printf("   page mode: chrome recall, all \"without\" strings: %d/%d = %.1f%%%n", all[0], an,
        100.0 * all[0] / Math.max(1, an));
    out.printf("   page mode: \"with\" strings flagged by chrome rules (%s): %d of %d%n",
        String.join(", ", new java.util.TreeSet<>(BOILERPLATE_RULES)), whole.withFlaggedByBoilerplate, whole.withTotal);
    out.printf("   page mode: \"with\" strings flagged by any rule: %d of %d (%d not in linted text)%n",
        whole.withFlagged, whole.withTotal, whole.withNotInText);
    printLists(whole, out);
  }

  private Tally measure(Linter linter, Path corpus, Map<String, Object> records, Map<String, String> kinds, PrintStream out)
      throws IOException {
    Tally t = new Tally();
    for (Object rec : records.values()) {
      Map<String, Object> r = CorpusJson.object(rec);
      String file = (String) r.get("file");
      Path page = corpus.resolve("pages").resolve(file);
      if (!Files.isRegularFile(page)) {
        continue;
      }
      String html = Files.readString(page, StandardCharsets.UTF_8);
      LintResult result = linter.lint(html, Format.HTML, "pages/" + file);
      if (result.article() == null || result.article().format() != Format.HTML) {
        result = linter.lint(PageText.of(html), Format.TEXT, "pages/" + file + ".txt");
        t.mode = "page text extracted with jsoup, linted as TEXT (HtmlParser not merged yet)";
      } else if (t.mode == null) {
        t.mode = "linted as HTML";
      }
      if (result.article() == null) {
        out.println("   " + file + ": not linted: " + result.diagnostics());
        continue;
      }
      LocatedText text = LocatedText.of(result.article());
      for (Object w : CorpusJson.array(r.get("without"))) {
        String s = (String) w;
        String kind = kinds.getOrDefault(file + "\t" + s, "unlabelled");
        Outcome o = outcome(text, s, result.findings());
        t.byKind.computeIfAbsent(kind, k -> new int[3])[o.ordinal()]++;
        if (o != Outcome.FLAGGED && TARGET_KINDS.contains(kind)) {
          t.missed.add(kind + "  " + file + "  \"" + s.strip() + "\"" + (o == Outcome.NOT_IN_TEXT ? "  (not in linted text)" : ""));
        }
      }
      for (Object w : CorpusJson.array(r.get("with"))) {
        String s = (String) w;
        t.withTotal++;
        Outcome o = outcome(text, s, result.findings());
        if (o == Outcome.NOT_IN_TEXT) {
          t.withNotInText++;
        }
        if (o == Outcome.FLAGGED) {
          t.withFlagged++;
          boolean boilerplate = false;
          List<Span> where = text.find(s);
          for (Finding f : result.findings()) {
            if (where.stream().anyMatch(sp -> overlaps(sp, f.span()))) {
              boilerplate |= BOILERPLATE_RULES.contains(f.ruleId());
              t.falseAlarms.add(f.ruleId() + "  " + file + "  \"" + s.strip() + "\"  <- \"" + f.excerpt().replace('\n', ' ') + "\"");
            }
          }
          t.withFlaggedByBoilerplate += boilerplate ? 1 : 0;
        }
      }
    }
    return t;
  }

  /** Prints the table of kinds; returns the target kinds' {flagged, notFlagged, notInText}. */
  private static int[] printKinds(Tally t, PrintStream out) {
    out.printf("   %-12s %8s %8s %12s %8s%n", "kind", "strings", "flagged", "not-in-text", "recall");
    for (Map.Entry<String, int[]> e : t.byKind.entrySet()) {
      int[] c = e.getValue();
      int n = c[0] + c[1] + c[2];
      out.printf("   %-12s %8d %8d %12d %7.1f%%%s%n", e.getKey(), n, c[0], c[2], 100.0 * c[0] / n,
          TARGET_KINDS.contains(e.getKey()) ? "  (target)" : "");
    }
    return totals(t, TARGET_KINDS);
  }

  /** {flagged, notFlagged, notInText} summed over {@code only} kinds, or over all when null. */
  private static int[] totals(Tally t, @Nullable Set<String> only) {
    int[] sum = new int[3];
    for (Map.Entry<String, int[]> e : t.byKind.entrySet()) {
      if (only == null || only.contains(e.getKey())) {
        for (int k = 0; k < 3; k++) {
          sum[k] += e.getValue()[k];
        }
      }
    }
    return sum;
  }

  private static void printLists(Tally t, PrintStream out) {
    for (String f : t.falseAlarms) {
      out.println("     FALSE ALARM " + f);
    }
    out.println("   target-kind strings not flagged:");
    for (String m : t.missed) {
      out.println("     " + m);
    }
  }

  private static Outcome outcome(LocatedText text, String s, List<Finding> findings) {
    List<Span> where = text.find(s);
    if (where.isEmpty()) {
      return Outcome.NOT_IN_TEXT;
    }
    for (Finding f : findings) {
      for (Span sp : where) {
        if (overlaps(sp, f.span())) {
          return Outcome.FLAGGED;
        }
      }
    }
    return Outcome.NOT_FLAGGED;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.overlaps(b) || (a.isEmpty() && b.contains(a.start()));
  }

  /** "file TAB string" to kind, from the labelled list. */
  static Map<String, String> kinds() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = TrafilaturaSection.class.getResourceAsStream("trafilatura-without-kinds.tsv")) {
      if (in == null) {
        throw new IOException("trafilatura-without-kinds.tsv missing from the evaluation resources");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\t", 3);
        out.put(p[0] + "\t" + p[2], p[1]);
      }
    }
    return out;
  }
}
