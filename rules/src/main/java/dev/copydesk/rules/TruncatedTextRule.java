package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Link;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.LinkRuns;
import dev.copydesk.rules.internal.Quotations;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body, or a paragraph followed by more content, ends mid-sentence.
 *
 * <p>A paragraph without terminal punctuation is flagged when it ends the article (nothing but short
 * lines, bylines, credits or bios follow it) and is not a heading, credit, byline, sign-off, dateline,
 * label, contributor note, footer or URL; a paragraph further up is flagged only when its last words
 * show a cut (see {@link CutEvidence}) and the next block does not carry on the sentence.
 *
 * <p>Only the article is judged ({@link Article#mainContentProseBlocks()}): in an HTML page linted
 * whole, the navigation, search boxes and footer around the article are not text that was cut off, and
 * the end of the page is not the end of its article.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "truncated-text",
    usesPosTags = true,
    summary = "The text stops mid-sentence: the body, or a paragraph followed by more content, was cut off",
    severity = Severity.ERROR,
    category = Category.INTEGRITY,
    tags = {"integrity", "scraping", "truncation"},
    description =
        """
        Flags a paragraph that stops mid-sentence: the last paragraph of the body without terminal \
        punctuation, a paragraph that stops on a word no sentence ends on ("the", "of", "and", "their", \
        "China's", "between X" with no "and"), inside an open bracket or quotation, or on a comma. \
        Scrapers, paywalls and CMS excerpt fields cut text like this, and readers notice at once.

        Not flagged: headings, list items, captions and credits ("Featured image via ..."), bylines, \
        sign-offs ("- Reuters", "Editing by ..."), datelines, URLs, label lines ("Not used: Fury, \
        Brooks"), contributor notes, and a paragraph whose sentence carries on in the next block \
        (which starts in lower case or is a list). In an HTML page linted whole (html content: page), \
        only the article the page holds is judged, not its menus, search boxes or footer.
        """)
public final class TruncatedTextRule implements ArticleRule {

  /** A paragraph with at most this many words after the last real paragraph counts as a trailing line. */
  static final int TRAILING_LINE_WORDS = 12;

  /** A one-sentence paragraph of at most this many words without punctuation may be a list entry. */
  static final int LIST_LINE_WORDS = 20;

  /** Lines this short, in a run, are a menu, a share bar or a fact box. */
  static final int MENU_LINE_WORDS = 4;

  /** Words quoted back to the writer from the end of the cut sentence. */
  private static final int QUOTED_WORDS = 6;

  @Override
  public void check(Article article, RuleContext context) {
    List<Block> blocks = article.mainContentProseBlocks();
    // In HTML, a block of nothing but links (a menu, a footer's links, a row of tags or sponsored links)
    // is chrome as much as what page-chrome names.
    @Nullable LinkRuns links = article.format() == Format.HTML && !article.links().isEmpty() ? new LinkRuns(article.links()) : null;
    int lastSubstantial = -1;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      // A cookie notice or a newsletter prompt can be as long as a paragraph, and is still no part of the
      // article.
      if (!isTrailingLine(blocks.get(i), context) && !isChrome(blocks.get(i), links, context)) {
        lastSubstantial = i;
        break;
      }
    }
    // Once the page's chrome begins after the last paragraph (a share bar, a comment section, a related
    // list, a row of links), what follows is no part of the article: a short line there ("Accept Read
    // More", "Advert", a box's title) is not where the article was cut.
    int end = blocks.size();
    for (int i = lastSubstantial + 1; i < blocks.size(); i++) {
      if (isChrome(blocks.get(i), links, context)) {
        end = i;
        break;
      }
    }
    for (int i = 0; i < end; i++) {
      Block b = blocks.get(i);
      if ((b.kind() == BlockKind.PARAGRAPH || b.kind() == BlockKind.BLOCK_QUOTE) && !b.sentences().isEmpty()) {
        // The chrome after it still counts as a neighbour: a short open line beside a row of links is
        // one of its entries or the title of its box ("Topics", "Next article").
        checkParagraph(article, blocks, i, i >= lastSubstantial, context);
      }
    }
  }

  /**
   * Whether the block's first line is page chrome, as page-chrome judges a line of its own, or (with
   * {@code links}, in HTML) the block is nothing but links.
   */
  private static boolean isChrome(Block b, @Nullable LinkRuns links, RuleContext context) {
    String text = b.text();
    int nl = text.indexOf('\n');
    // A block of one line is judged as its own text, whose folding the phrase rules share.
    return (nl < 0 ? PageChromeRule.isChrome(text, context) : PageChromeRule.isChrome(text.substring(0, nl)))
        || (links != null && links.onlyLinks(b));
  }

  private void checkParagraph(Article article, List<Block> blocks, int i, boolean endsArticle, RuleContext context) {
    Block b = blocks.get(i);
    TextEnding ending = TextEnding.of(b.text());
    // Most paragraphs end a sentence and are not the article's last: nothing below would flag them.
    if (ending.kind() == TextEnding.Kind.INTRO || ending.kind() == TextEnding.Kind.TERMINATED && !endsArticle) {
      return;
    }
    if ((startsWithListMarker(b.text()) && (b.sentences().size() == 1 || wordCount(b) <= LIST_LINE_WORDS)) || isLineList(b)) {
      return;
    }
    @Nullable Block previous = i > 0 ? blocks.get(i - 1) : null;
    @Nullable Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    Sentence last = b.sentences().get(b.sentences().size() - 1);
    Words w = context.derive(Views.WORDS, last);
    switch (ending.kind()) {
      case INTRO -> {
        return;
      }
      case TERMINATED -> {
        if (endsArticle) {
          checkUnclosed(b, last, next, context);
        }
        return;
      }
      case ELLIPSIS -> {
        String evidence = CutEvidence.of(b, context.derive(Views.QUOTATIONS, b), last, w, ending, t -> context.posTags(last, t), false);
        if (evidence != null && next == null) {
          context.report(
              last.span(),
              "The text breaks off with an ellipsis after \u201C" + tail(w) + "\u201D (" + evidence
                  + "): restore the missing text.");
        }
        return;
      }
      case OPEN -> {
        // handled below
      }
    }
    if (w.size() == 0 || NonProseLines.looksLikeUrl(last.text())) {
      return;
    }
    if (next != null && carriesOn(next)) {
      return;
    }
    if (isListLine(b)
        && (isProseListLine(previous, context) || isProseListLine(next, context) || endsWithColon(previous)
            || (wordCount(b) <= MENU_LINE_WORDS && (isMenuLine(previous) || isMenuLine(next))))) {
      return;
    }
    if (NonProseLines.isDateline(last.text(), w) || NonProseLines.startsWithDash(last.text()) || isLinkOnly(article, b)
        || !isMostlyLatin(b.text())) {
      return;
    }
    String evidence = CutEvidence.of(b, context.derive(Views.QUOTATIONS, b), last, w, ending, t -> context.posTags(last, t), endsArticle);
    if (evidence != null) {
      context.report(
          last.span(),
          "The text stops mid-sentence at \u201C" + tail(w) + "\u201D: " + evidence
              + ". Restore the missing text or finish the sentence.");
      return;
    }
    boolean alone = b.sentences().size() == 1 || wordCount(b) <= TRAILING_LINE_WORDS;
    if (!endsArticle || NonProseLines.kind(last.text(), w, alone, context) != null || NonProseLines.isFirstPersonBio(w)) {
      return;
    }
    context.report(
        last.span(),
        "The article's last paragraph ends without terminal punctuation at \u201C" + tailToEnd(w)
            + "\u201D: it looks cut off. Restore the missing text, or finish the sentence with a full stop.");
  }

  /** A closed-looking final paragraph that leaves a curly quotation or a bracket open. */
  private static void checkUnclosed(Block b, Sentence last, @Nullable Block next, RuleContext context) {
    if (next != null && startsWithQuote(next.text())) {
      return;
    }
    List<Quotations.Quote> quotes = context.derive(Views.QUOTATIONS, b).all();
    for (int i = 0; i < quotes.size(); i++) {
      Quotations.Quote q = quotes.get(i);
      if (!q.closed() && b.text().charAt(q.start()) == '\u201C' && q.words() >= Quotations.MIN_WORDS) {
        context.report(
            b,
            q.start(),
            TextEnding.of(b.text()).end(),
            "This quotation is never closed: the text may be cut off. Restore the missing text or close the quotation.");
        return;
      }
    }
    // A bracket left open with no closing bracket anywhere after it: "(see the". A nested typo such
    // as "(Toulouse (capt);" closes later and is left to a proofreader.
    String text = last.text();
    int lastOpen = text.lastIndexOf('(');
    int open = lastOpen >= 0 && text.indexOf(')', lastOpen) < 0
        && lastOpen + 1 < text.length() && Character.isLetterOrDigit(text.charAt(lastOpen + 1)) ? 1 : 0;
    if (open > 0) {
      context.report(
          last.span(),
          "A bracket opened in the article's last sentence is never closed: the text may be cut off. "
              + "Restore the missing text or close the bracket.");
    }
  }

  /**
   * Lines that may follow the end of an article: anything but a paragraph, credits, bylines, sign-offs
   * and page furniture, bios, and short paragraphs that are not finished sentences ("Leave a Reply").
   */
  private static boolean isTrailingLine(Block b, RuleContext context) {
    if (b.kind() != BlockKind.PARAGRAPH && b.kind() != BlockKind.BLOCK_QUOTE) {
      return true;
    }
    if (b.sentences().isEmpty()) {
      return true;
    }
    Sentence first = b.sentences().get(0);
    Words fw = context.derive(Views.WORDS, first);
    if (NonProseLines.isFirstPersonBio(fw)
        || (b.sentences().size() == 1 && NonProseLines.kind(first.text(), fw, true, context) != null)) {
      return true;
    }
    return wordCount(b) <= TRAILING_LINE_WORDS && TextEnding.of(b.text()).kind() != TextEnding.Kind.TERMINATED;
  }

  /** The next block carries on the sentence: it starts in lower case or with punctuation, or is a list. */
  private static boolean carriesOn(Block next) {
    if (next.kind() == BlockKind.LIST_ITEM) {
      return true;
    }
    String t = next.text().strip();
    if (t.isEmpty()) {
      return false;
    }
    int c = t.codePointAt(0);
    return Character.isLowerCase(c) || ",;:)]}\u2026".indexOf(c) >= 0 || startsWithListMarker(t);
  }

  private static boolean isListLine(@Nullable Block b) {
    return b != null
        && b.kind() == BlockKind.PARAGRAPH
        && wordCount(b) <= LIST_LINE_WORDS
        && TextEnding.of(b.text()).kind() == TextEnding.Kind.OPEN;
  }

  /** A list line that reads as an entry, not a byline, credit or page furniture next to a cut. */
  private static boolean isProseListLine(@Nullable Block b, RuleContext context) {
    if (!isListLine(b)) {
      return false;
    }
    Sentence first = b.sentences().get(0);
    return NonProseLines.kind(b.text(), context.derive(Views.WORDS, first), false, context) == null;
  }

  /** A very short unpunctuated line: one entry of a menu, a share bar or a fact box ("Reddit", "18th PREM"). */
  private static boolean isMenuLine(@Nullable Block b) {
    return isListLine(b) && wordCount(b) <= MENU_LINE_WORDS;
  }

  /** The block's words and numbers, as {@link Words} counts them. */
  private static int wordCount(Block b) {
    // Each sentence's count, kept by its tokens: the last blocks of every article are asked, and a long
    // one's tokens would otherwise be read one by one.
    int words = 0;
    List<Sentence> sentences = b.sentences();
    for (int j = 0; j < sentences.size(); j++) {
      words += sentences.get(j).tokens().wordsAndNumbers();
    }
    return words;
  }

  private static boolean endsWithColon(@Nullable Block b) {
    return b != null && TextEnding.of(b.text()).kind() == TextEnding.Kind.INTRO;
  }

  private static boolean isLinkOnly(Article article, Block b) {
    String text = b.text().strip();
    for (Link l : article.links()) {
      if (b.span().contains(l.span()) && l.anchorText().strip().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /** The rule's word lists are English: text mostly in another script is left alone. */
  private static boolean isMostlyLatin(String text) {
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    return latin * 2 >= letters;
  }

  static boolean startsWithListMarker(String text) {
    String t = text.stripLeading();
    if (t.length() >= 2 && "-*\u2022\u00B7".indexOf(t.charAt(0)) >= 0 && Character.isWhitespace(t.charAt(1))) {
      return true;
    }
    int d = 0;
    while (d < t.length() && d < 3 && Character.isDigit(t.charAt(d))) {
      d++;
    }
    if (d == 0 || d + 1 >= t.length()) {
      return false;
    }
    // "1. ", "1) ", "10 -- ", "10 - "
    return ((t.charAt(d) == '.' || t.charAt(d) == ')') && t.charAt(d + 1) == ' ')
        || t.startsWith(" --", d) || t.startsWith(" - ", d) || t.startsWith(" \u2013 ", d) || t.startsWith(" \u2014 ", d);
  }

  /**
   * Three or more lines, nearly all short, starting with a capital or a digit and not ending a
   * sentence: a list or table set as one paragraph ("England (Group A): 10th appearance", "Oct. 10 --
   * The Cynthia Woods Mitchell Pavilion, Houston, TX").
   */
  static boolean isLineList(Block block) {
    // Most paragraphs are one line: the block's line breaks (read once for all rules) say so before any
    // line is cut. Fewer than three lines need two line feeds or another break.
    if ((block.lineBreaks() & (Block.LINE_FEEDS | Block.CARRIAGE_RETURN | Block.OTHER_LINE_BREAK)) == 0) {
      return false;
    }
    String text = block.text();
    String[] lines = text.strip().split("\\R");
    if (lines.length < 3) {
      return false;
    }
    int entries = 0;
    int all = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty()) {
        continue;
      }
      all++;
      int c = l.codePointAt(0);
      if ((Character.isUpperCase(c) || Character.isDigit(c)) && l.split("\\s+").length <= 12
          && TextEnding.of(l).kind() != TextEnding.Kind.TERMINATED) {
        entries++;
      }
    }
    return entries >= 3 && entries * 5 >= all * 4;
  }

  private static boolean startsWithQuote(String text) {
    String t = text.stripLeading();
    return !t.isEmpty() && "\"\u201C\u2018'\u00AB".indexOf(t.charAt(0)) >= 0;
  }

  /** The sentence's last words, to the end of the last: what a writer sees before the cut. */
  private static String tail(Words w) {
    int base = w.sentence().textStart();
    return tail(w, w.endOffset(w.size()) - base);
  }

  /**
   * The sentence's last words and whatever follows them to its end but white space: where no
   * punctuation ends the sentence, a symbol or closing mark is part of what was written ("by 1.3%").
   */
  private static String tailToEnd(Words w) {
    String s = w.sentence().text();
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return tail(w, Math.max(end, w.endOffset(w.size()) - w.sentence().textStart()));
  }

  private static String tail(Words w, int end) {
    int from = Math.max(0, w.size() - QUOTED_WORDS);
    String s = w.sentence().text();
    int base = w.sentence().textStart();
    return (from > 0 ? "\u2026" : "") + s.substring(w.startOffset(from) - base, end);
  }
}
