package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Attribution;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.Quotations;
import dev.copydesk.rules.internal.WordMatcher;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences where uncertainty cues pile up ("may possibly", "reportedly ... might"), and an advisory
 * for articles where they are dense.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "hedging",
    summary = "Uncertainty cues (may, might, possibly, reportedly, allegedly, it seems) pile up",
    severity = Severity.INFO,
    category = Category.CLARITY,
    tags = {"clarity", "hedging", "uncertainty"},
    description =
        """
        Flags a sentence with `min-cues` or more distinct uncertainty cues ("may", "might", "possibly", \
        "reportedly", "allegedly", "it seems", "is likely", "suggests"), and, once per article, an \
        article whose cues run at `density` or more per 100 words. One hedge is honest; a pile of them \
        leaves the reader unsure what the story claims. Say what is known, attribute what is not, and cut \
        the rest.

        For reference and wiki content, `weasel-words: true` also counts vague quantifiers and passive \
        attribution ("many", "several", "is widely regarded"), and `min-cues: 1` makes the rule a \
        sentence-level uncertainty detector in the sense of the CoNLL-2010 shared task.
        """,
    options = {
      @RuleOption(
          name = "min-cues",
          type = OptionType.INTEGER,
          defaultValue = "2",
          description = "Uncertainty cues a sentence needs to be flagged."),
      @RuleOption(
          name = "weasel-words",
          type = OptionType.BOOLEAN,
          defaultValue = "false",
          description =
              "Also count the weasel words of encyclopedic prose (some, many, several, widely, generally, "
                  + "is considered) as cues; for reference and wiki content."),
      @RuleOption(
          name = "count-reported-speech",
          type = OptionType.BOOLEAN,
          defaultValue = "false",
          description =
              "Also count the cues in what a named speaker is reported to say (\"Smith said the plan may "
                  + "fail\"), as the CoNLL-2010 annotation does; by default they are the speaker's, like a "
                  + "quotation's."),
      @RuleOption(
          name = "density",
          type = OptionType.NUMBER,
          defaultValue = "3.0",
          description = "Cues per 100 words from which the article gets an advisory."),
      @RuleOption(
          name = "density-min-words",
          type = OptionType.INTEGER,
          defaultValue = "150",
          description = "Articles shorter than this are not given the density advisory.")
    })
public final class HedgingRule implements ArticleRule {

  private static final WordMatcher CUES = WordMatcher.of(Lexicon.words("hedging-cues.txt"));
  private static final WordMatcher CUES_AND_WEASELS = WordMatcher.of(union("hedging-cues.txt", "hedging-weasel-words.txt"));

  @Override
  public void check(Article article, RuleContext context) {
    int minCues = Math.max(1, context.options().getInt("min-cues"));
    double density = context.options().getDouble("density");
    int densityMinWords = context.options().getInt("density-min-words");
    WordMatcher cuesMatcher = context.options().getBoolean("weasel-words") ? CUES_AND_WEASELS : CUES;
    boolean countReported = context.options().getBoolean("count-reported-speech");
    int words = 0;
    int cues = 0;
    Sentence first = null;
    List<Block> blocks = article.mainContentProseBlocks();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Sentence> sentences = b.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        Words w = context.derive(Views.WORDS, s);
        words += w.size();
        if (first == null && b.kind() != BlockKind.HEADING) {
          first = s;
        }
        List<WordMatcher.Match> all = cues(cuesMatcher, w, b, context);
        if (!all.isEmpty() && isQuestion(b.text(), s)) {
          // A question asserts nothing for a cue to hedge: "Could Half-Life 2 possibly live up to the
          // hype?" asks; its words still count toward the article's length.
          continue;
        }
        List<WordMatcher.Match> found = distinct(all);
        cues += found.size();
        // A named speaker's reported words are looked for only in a sentence that would be flagged
        // without them: most sentences with a cue have one.
        if (found.size() >= minCues && !countReported) {
          found = distinct(unreported(all, w));
        }
        if (found.size() >= minCues && b.kind() != BlockKind.HEADING) {
          context.report(
              s.span(),
              "This sentence stacks " + found.size() + " uncertainty cues (" + list(w, found)
                  + "): say what is known, attribute what is not, and drop the rest.");
        }
      }
    }
    if (first != null && words >= densityMinWords && cues * 100.0 / words >= density) {
      context.report(
          first.span(),
          "The article hedges heavily: " + cues + " uncertainty cues in " + words + " words ("
              + perHundred(cues, words) + " per 100 words). Check which claims the reporting supports, and state"
              + " those plainly.");
    }
  }

  /**
   * {@code cues} per 100 of {@code words} to one decimal, rounded half up as {@code %.1f} rounds it:
   * worked out in whole numbers, where a formatter, some microseconds a call, was a noticeable part of
   * checking an article.
   */
  static String perHundred(int cues, int words) {
    long tenths = (2000L * cues + words) / (2L * words);
    return tenths / 10 + "." + tenths % 10;
  }

  /**
   * Whether {@code s} (of a block whose text is {@code text}) is a question: the last character before
   * its end that is not white space, a closing quotation mark or a closing bracket is a question mark.
   */
  private static boolean isQuestion(String text, Sentence s) {
    for (int i = Math.min(s.textEnd(), text.length()) - 1; i >= s.textStart(); i--) {
      char c = text.charAt(i);
      switch (c) {
        case '?', '\uFF1F':
          return true;
        case '"', '\'', '\u201D', '\u2019', '\u00BB', ')', ']':
          continue;
        default:
          if (!Character.isWhitespace(c)) {
            return false;
          }
      }
    }
    return false;
  }

  /**
   * The cues of {@code w}, leaving out those inside quotations (the speaker's words, which the writer
   * reports rather than hedges) and "May" inside a sentence (the month).
   */
  private static List<WordMatcher.Match> cues(WordMatcher matcher, Words w, Block b, RuleContext context) {
    List<WordMatcher.Match> all = matcher.findAll(w);
    if (all.isEmpty()) {
      return all;
    }
    // Most sentences have no cue: the block's quotations are looked for only when one has.
    Quotations quotes = context.derive(Views.QUOTATIONS, b);
    List<WordMatcher.Match> out = new ArrayList<>(all.size());
    for (WordMatcher.Match m : all) {
      if (!quotes.contains(w.startOffset(m.start())) && !(m.start() > 0 && w.text(m.start()).equals("May"))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * {@code cues} less those in what a named speaker is reported to say ("Barroso has suggested the cash
   * could be shared": the hedge and the verb reporting it are his, as a quotation's would be).
   */
  private static List<WordMatcher.Match> unreported(List<WordMatcher.Match> cues, Words w) {
    Attribution.Report report = Attribution.namedReport(w);
    if (report == null) {
      return cues;
    }
    List<WordMatcher.Match> out = new ArrayList<>(cues.size());
    for (WordMatcher.Match m : cues) {
      if (!report.contains(m.start())) {
        out.add(m);
      }
    }
    return out;
  }

  /** The first use of each cue: "could ... could" is one cue, used twice, not a pile. */
  private static List<WordMatcher.Match> distinct(List<WordMatcher.Match> cues) {
    if (cues.size() < 2) {
      return cues;
    }
    List<WordMatcher.Match> out = new ArrayList<>(cues.size());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (WordMatcher.Match m : cues) {
      if (seen.add(m.phrase())) {
        out.add(m);
      }
    }
    return out;
  }

  private static java.util.Set<String> union(String a, String b) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>(Lexicon.words(a));
    all.addAll(Lexicon.words(b));
    return all;
  }

  private static String list(Words w, List<WordMatcher.Match> found) {
    List<String> out = new ArrayList<>();
    String text = w.sentence().text();
    int base = w.sentence().textStart();
    for (WordMatcher.Match m : found) {
      out.add("\u201C" + text.substring(w.startOffset(m.start()) - base, w.endOffset(m.end()) - base) + "\u201D");
    }
    return String.join(", ", out);
  }
}
