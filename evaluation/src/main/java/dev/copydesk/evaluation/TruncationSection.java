package dev.copydesk.evaluation;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.rule.Finding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Truncation on BBC News. Each article is cut right after a word chosen at random (seeded) among the
 * body's mid-sentence words, that is, words with another word after them in the same sentence; recall
 * is the share of cut articles where {@code truncated-text} flags the cut paragraph. The intact
 * articles give the false-alarm rate: the share where {@code truncated-text} flags anything.
 *
 * <p>System properties: {@code copydesk.eval.seed} (default 2010), {@code copydesk.eval.cuts} (cuts per
 * article, default 2).
 */
final class TruncationSection implements EvaluationSection {

  static final String RULE = "truncated-text";
  private static final int SHOWN = 40;

  @Override
  public String name() {
    return "truncation";
  }

  @Override
  public String corpusFolder() {
    return "bbc-news-greene-cunningham";
  }

  @Override
  public void run(Linter linter, Path corpus, PrintStream out) throws Exception {
    long seed = Long.getLong("copydesk.eval.seed", 2010L);
    int cutsPerArticle = Integer.getInteger("copydesk.eval.cuts", 2);
    Random random = new Random(seed);
    List<BbcCorpus.Item> items = BbcCorpus.load(corpus);
    int cuts = 0;
    int hits = 0;
    int intactFlagged = 0;
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (BbcCorpus.Item item : items) {
      LintResult intact = linter.lint(item.text(), Format.TEXT, item.id());
      List<Finding> alarms = intact.findings().stream().filter(f -> f.ruleId().equals(RULE)).toList();
      if (!alarms.isEmpty()) {
        intactFlagged++;
        alarms.forEach(f -> falseAlarms.add(Report.describe(item.id(), f)));
      }
      Article article = intact.article();
      if (article == null) {
        continue;
      }
      List<Integer> positions = cutPositions(article);
      if (positions.isEmpty()) {
        continue;
      }
      for (int c = 0; c < cutsPerArticle; c++) {
        int at = positions.get(random.nextInt(positions.size()));
        String cut = item.text().substring(0, at);
        LintResult r = linter.lint(cut, Format.TEXT, item.id() + "#cut" + c);
        cuts++;
        if (flagsCut(r)) {
          hits++;
        } else {
          misses.add(item.id() + " cut at " + at + ": " + Report.tail(cut, 90));
        }
      }
    }
    out.printf(Locale.ROOT, "   seed %d, %d cut(s) per article, %d cuts of %d articles%n", seed, cutsPerArticle, cuts, items.size());
    out.printf(Locale.ROOT, "   recall on mid-sentence cuts: %d of %d = %s (target >= 0.97)%n", hits, cuts, Report.ratio(hits, cuts));
    out.printf(
        Locale.ROOT,
        "   intact articles flagged: %d of %d = %s (target <= 0.5%%)%n",
        intactFlagged,
        items.size(),
        Report.pct(intactFlagged, items.size()));
    out.println();
    out.println("   intact articles flagged (every finding):");
    falseAlarms.forEach(l -> out.println("   " + l));
    out.println();
    out.println("   missed cuts (first " + Math.min(SHOWN, misses.size()) + " of " + misses.size() + "):");
    misses.stream().limit(SHOWN).forEach(l -> out.println("   " + l));
  }

  /** Source offsets just past each mid-sentence word of the body (the headline is not cut). */
  static List<Integer> cutPositions(Article article) {
    List<Integer> out = new ArrayList<>();
    for (Block b : article.blocks()) {
      if (b.kind() == BlockKind.HEADING || !b.isProse()) {
        continue;
      }
      for (Sentence s : b.sentences()) {
        List<Token> words = s.words();
        for (int k = 0; k + 1 < words.size(); k++) {
          Token t = words.get(k);
          out.add(b.toSource(t.start(), t.end()).end());
        }
      }
    }
    return out;
  }

  /** Whether {@code truncated-text} flagged the last block of the cut article. */
  private static boolean flagsCut(LintResult r) {
    Article a = r.article();
    if (a == null || a.blocks().isEmpty()) {
      return false;
    }
    int lastStart = a.blocks().get(a.blocks().size() - 1).span().start();
    return r.findings().stream().anyMatch(f -> f.ruleId().equals(RULE) && f.span().end() > lastStart);
  }
}
