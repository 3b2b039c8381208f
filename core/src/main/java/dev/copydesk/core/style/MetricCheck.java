package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.rule.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code type: metric}: a number computed per unit against {@code min} and/or {@code max}: Flesch
 * reading ease, Flesch-Kincaid grade, sentence length (words per sentence), paragraph length (words) and
 * paragraph sentences. Readability needs enough text to mean anything: units with fewer than {@code
 * min-words} words are skipped. {@code min} and {@code max} are options too, so configuration can change
 * them per path.
 *
 * <p>Immutable and thread-safe.
 */
final class MetricCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("value", "min", "max", "metric", "scope", "words");

  /** What is measured. */
  enum Metric {
    FLESCH_READING_EASE("flesch-reading-ease", "Flesch reading ease"),
    FLESCH_KINCAID_GRADE("flesch-kincaid-grade", "Flesch-Kincaid grade"),
    SENTENCE_LENGTH("sentence-length", "sentence length"),
    PARAGRAPH_LENGTH("paragraph-length", "paragraph length"),
    PARAGRAPH_SENTENCES("paragraph-sentences", "sentences in this paragraph");

    final String id;
    final String label;

    Metric(String id, String label) {
      this.id = id;
      this.label = label;
    }

    static Metric parse(String s) {
      for (Metric m : values()) {
        if (m.id.equals(s)) {
          return m;
        }
      }
      throw new IllegalArgumentException(
          "unknown metric '" + s + "' (expected flesch-reading-ease, flesch-kincaid-grade, sentence-length,"
              + " paragraph-length or paragraph-sentences)");
    }

    boolean isReadability() {
      return this == FLESCH_READING_EASE || this == FLESCH_KINCAID_GRADE;
    }
  }

  /** Blocks whose sentences count towards an article's readability: running prose, not headings or captions. */
  private static final Set<BlockKind> RUNNING_PROSE = Set.of(BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCK_QUOTE);

  private final Metric metric;
  private final double min;
  private final double max;
  private final int minWords;
  private final MessageTemplate message;

  /** @param min lowest allowed value or NaN; @param max highest allowed value or NaN */
  MetricCheck(Metric metric, double min, double max, int minWords, MessageTemplate message) {
    this.metric = metric;
    this.min = min;
    this.max = max;
    this.minWords = minWords;
    this.message = message;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    double mn = OccurrenceCheck.option(context, "min", min);
    double mx = OccurrenceCheck.option(context, "max", max);
    for (Unit unit : units) {
      if (metric == Metric.SENTENCE_LENGTH) {
        for (List<Token> sentence : unit.sentences()) {
          int words = (int) sentence.stream().filter(Token::isWord).count();
          if (words > 0 && words >= minWords && outside(words, mn, mx)) {
            Token first = sentence.get(0);
            Token last = sentence.get(sentence.size() - 1);
            report(context, unit.toSource(first.start(), last.end()), unit, words, words, mn, mx);
          }
        }
        continue;
      }
      Readability.Counts counts = counts(unit);
      if (counts.words() == 0 || counts.words() < minWords) {
        continue;
      }
      double value =
          switch (metric) {
            case FLESCH_READING_EASE -> counts.fleschReadingEase();
            case FLESCH_KINCAID_GRADE -> counts.fleschKincaidGrade();
            case PARAGRAPH_LENGTH -> counts.words();
            case PARAGRAPH_SENTENCES -> counts.sentences();
            case SENTENCE_LENGTH -> throw new AssertionError();
          };
      if (outside(value, mn, mx)) {
        report(context, span(unit), unit, value, counts.words(), mn, mx);
      }
    }
  }

  private static boolean outside(double v, double min, double max) {
    return (!Double.isNaN(min) && v < min) || (!Double.isNaN(max) && v > max);
  }

  /** The unit, or for the article the running prose that was measured (headings left out). */
  private static dev.copydesk.core.model.Span span(Unit unit) {
    if (unit.kind() != Unit.Kind.ARTICLE) {
      return unit.span();
    }
    dev.copydesk.core.model.Span out = null;
    for (Block b : unit.blocks()) {
      if (RUNNING_PROSE.contains(b.kind())) {
        String t = b.text();
        int s = 0;
        int e = t.length();
        while (s < e && Character.isWhitespace(t.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
          e--;
        }
        dev.copydesk.core.model.Span bs = b.toSource(s, e);
        out = out == null ? bs : out.union(bs);
      }
    }
    return out == null ? unit.span() : out;
  }

  private Readability.Counts counts(Unit unit) {
    if (unit.kind() == Unit.Kind.ARTICLE) {
      Readability.Counts c = Readability.NONE;
      for (Block b : unit.blocks()) {
        if (RUNNING_PROSE.contains(b.kind())) {
          c = c.plus(Readability.count(b.sentences().stream().<List<Token>>map(Sentence::tokens).toList()));
        }
      }
      return c;
    }
    return Readability.count(unit.sentences());
  }

  private void report(RuleContext context, dev.copydesk.core.model.Span span, Unit unit, double value, int words, double mn, double mx) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("value", format(value));
    values.put("min", Double.isNaN(mn) ? "" : format(mn));
    values.put("max", Double.isNaN(mx) ? "" : format(mx));
    values.put("metric", metric.label);
    values.put("scope", OccurrenceCheck.unitName(unit));
    values.put("words", Integer.toString(words));
    context.at(span).message(message.format(values)).report();
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
