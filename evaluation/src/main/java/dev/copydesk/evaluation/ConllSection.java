package dev.copydesk.evaluation;

import dev.copydesk.core.config.ConfigLoader;
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
import java.util.Locale;

/**
 * CoNLL-2010 Task 1 (Wikipedia), the balanced 3,000-sentence sample: sentence-level precision, recall
 * and F1 of uncertainty detection. Each sentence is linted alone as plain text; it is predicted
 * uncertain when {@code unsourced-claim} or {@code hedging} flags it. Label -1 is uncertain. Figures
 * are given for all sentences and for the even and odd lines separately (the cue lists were tuned
 * looking at the even lines only, so the odd lines are held out), first with the rule pack's defaults,
 * then with the configuration for reference and wiki content in {@code encyclopedic.copydesk.yml}
 * (hedging flags single cues and counts weasel words), which is what the shared task measures.
 *
 * <p>{@code -Dcopydesk.eval.errors=N} prints N false positives and N false negatives of the odd lines.
 */
final class ConllSection implements EvaluationSection {

  static final String FILE = "uncertainty-conll2010.csv";

  record Row(int line, boolean uncertain, String sentence) {}

  @Override
  public String name() {
    return "conll";
  }

  @Override
  public String corpusFolder() {
    return "conll2010-wikipedia-uncertainty";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws Exception {
    List<Row> rows = read(corpus.resolve(FILE));
    int shownErrors = Integer.getInteger("copydesk.eval.errors", 0);
    out.printf(Locale.ROOT, "   %d sentences, %d labelled uncertain (-1); each linted alone as plain text%n", rows.size(),
        rows.stream().filter(Row::uncertain).count());
    out.println();
    out.println("   rule pack defaults (hedging flags piles of two cues or more, as news wants):");
    measure(linter, rows, 0, out);
    String yaml = encyclopedicConfig();
    Linter encyclopedic =
        Linter.builder().rules(linter.rules()).config(ConfigLoader.parse(yaml, ENCYCLOPEDIC)).threads(1).build();
    out.println();
    out.println("   encyclopedic configuration (" + ENCYCLOPEDIC + "):");
    yaml.lines().filter(l -> !l.startsWith("#")).forEach(l -> out.println("     " + l));
    measure(encyclopedic, rows, shownErrors, out);
  }

  static final String ENCYCLOPEDIC = "encyclopedic.copydesk.yml";

  static String encyclopedicConfig() throws IOException {
    try (var in = ConllSection.class.getResourceAsStream(ENCYCLOPEDIC)) {
      if (in == null) {
        throw new IOException("missing resource " + ENCYCLOPEDIC);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void measure(Linter linter, List<Row> rows, int shownErrors, PrintStream out) {
    Counts all = new Counts();
    Counts even = new Counts();
    Counts odd = new Counts();
    Counts claimOnly = new Counts();
    Counts hedgingOnly = new Counts();
    List<String> fp = new ArrayList<>();
    List<String> fn = new ArrayList<>();
    for (Row row : rows) {
      LintResult r = linter.lint(row.sentence(), Format.TEXT, "conll-" + row.line());
      boolean claim = fired(r, "unsourced-claim");
      boolean hedging = fired(r, "hedging");
      boolean predicted = claim || hedging;
      all.add(predicted, row.uncertain());
      (row.line() % 2 == 0 ? even : odd).add(predicted, row.uncertain());
      claimOnly.add(claim, row.uncertain());
      hedgingOnly.add(hedging, row.uncertain());
      if (row.line() % 2 == 1) {
        if (predicted && !row.uncertain() && fp.size() < shownErrors) {
          fp.add(row.line() + ": " + row.sentence());
        } else if (!predicted && row.uncertain() && fn.size() < shownErrors) {
          fn.add(row.line() + ": " + row.sentence());
        }
      }
    }
    out.printf(Locale.ROOT, "   %-34s %9s %9s %9s %6s %6s %6s%n", "", "precision", "recall", "F1", "TP", "FP", "FN");
    all.print(out, "all sentences (target F1 >= 0.63)");
    even.print(out, "even lines (tuning)");
    odd.print(out, "odd lines (held out)");
    claimOnly.print(out, "unsourced-claim alone, all");
    hedgingOnly.print(out, "hedging alone, all");
    if (shownErrors > 0) {
      out.println("\n   false positives (odd lines):");
      fp.forEach(s -> out.println("   " + s));
      out.println("\n   false negatives (odd lines):");
      fn.forEach(s -> out.println("   " + s));
    }
  }

  private static boolean fired(LintResult r, String rule) {
    for (Finding f : r.findings()) {
      if (f.ruleId().equals(rule)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the CSV: a UTF-8 BOM, no header, {@code "label","sentence"} per line, HTML entities in text. */
  static List<Row> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Row> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      int comma = line.indexOf("\",\"");
      if (!line.startsWith("\"") || comma < 0 || !line.endsWith("\"")) {
        throw new IOException(file + ":" + (i + 1) + ": not a \"label\",\"sentence\" line");
      }
      String label = line.substring(1, comma);
      String sentence = unescapeHtml(line.substring(comma + 3, line.length() - 1).replace("\"\"", "\""));
      out.add(new Row(i, label.equals("-1"), sentence));
    }
    return out;
  }

  /** Decodes the entities the file uses ({@code &quot; &amp; &lt; &gt; &#39; &#NNN;}). */
  static String unescapeHtml(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi > i && semi - i <= 8) {
        String name = s.substring(i + 1, semi);
        String rep = switch (name) {
          case "quot" -> "\"";
          case "amp" -> "&";
          case "lt" -> "<";
          case "gt" -> ">";
          case "apos" -> "'";
          case "nbsp" -> "\u00A0";
          default -> numeric(name);
        };
        if (rep != null) {
          b.append(rep);
          i = semi + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }

  private static String numeric(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
          ? Integer.parseInt(name.substring(2), 16)
          : Integer.parseInt(name.substring(1));
      return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A confusion count. */
  static final class Counts {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean predicted, boolean actual) {
      if (predicted && actual) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (actual) {
        fn++;
      } else {
        tn++;
      }
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    void print(PrintStream out, String label) {
      out.printf(Locale.ROOT, "   %-34s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, precision(), recall(), f1(), tp, fp, fn);
    }
  }
}
