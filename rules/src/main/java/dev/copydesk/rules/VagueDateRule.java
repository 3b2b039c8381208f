package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import dev.copydesk.core.model.TokenList;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.WordMatcher;
import dev.copydesk.rules.internal.Views;
import dev.copydesk.rules.internal.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Relative time ("recently", "last week", "in mid-April") in an article that gives the reader nothing
 * to resolve it against: no year anywhere in its text and no publication date in its metadata.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "vague-date",
    summary = "Relative time (\"last week\", \"in mid-April\") in an article with no year and no publication date",
    severity = Severity.WARNING,
    category = Category.CLARITY,
    tags = {"clarity", "dates", "evergreen"},
    description =
        """
        Flags relative time expressions ("recently", "last week", "earlier this year", "in mid-April", \
        "next month") when nothing lets the reader pin them down: the text holds no year (1800-2099) and \
        the metadata has no publication date. Articles outlive their publication day; archives, syndication \
        and search strip the dateline, and "last week" then means nothing.

        Not flagged as soon as the article carries a year anywhere or a date in its front matter or meta \
        tags. Weekdays alone ("on Monday") are news style and are not flagged.

        Each expression is a finding of its own; `once-per-article: true` gives one per article instead, \
        at the first, naming the others: for archive audits, where the missing date is the one thing to fix.
        """,
    options = {
      @RuleOption(
          name = "once-per-article",
          type = OptionType.BOOLEAN,
          defaultValue = "false",
          description =
              "One finding per undated article, at its first relative expression and naming the others, "
                  + "instead of one per expression.")
    })
public final class VagueDateRule implements ArticleRule {

  private static final List<String> MONTHS =
      List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december");
  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> TIME_UNITS = Set.of("gmt", "bst", "utc", "et", "pt", "hrs", "hours", "h", "cet");
  private static final WordMatcher EXPRESSIONS = WordMatcher.of(expand(Lexicon.words("vague-date.txt")));
  private static final Set<String> MONTH_FORMS = monthForms();

  @Override
  public void check(Article article, RuleContext context) {
    if (article.metadata().published().isPresent() || article.metadata().publishedDate().isPresent()) {
      return;
    }
    if (article.metadata().title().map(VagueDateRule::mentionsYear).orElse(false)) {
      return;
    }
    List<Block> blocks = article.mainContentProseBlocks();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Sentence> sentences = b.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        if (mayHoldYear(s.tokens()) && hasYear(context.derive(Views.WORDS, s))) {
          return;
        }
      }
    }
    boolean once = context.options().getBoolean("once-per-article");
    Block firstBlock = null;
    int firstStart = -1;
    int firstEnd = -1;
    List<String> phrases = new ArrayList<>();
    for (int bi = 0; bi < blocks.size(); bi++) {
      Block b = blocks.get(bi);
      List<Sentence> sentences = b.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        Sentence s = sentences.get(si);
        Words w = context.derive(Views.WORDS, s);
        List<WordMatcher.Match> matches = EXPRESSIONS.findAll(w);
        for (int mi = 0; mi < matches.size(); mi++) {
          WordMatcher.Match m = matches.get(mi);
          if (!monthsCapitalized(w, m)) {
            continue;
          }
          int base = s.textStart();
          String phrase = s.text().substring(w.startOffset(m.start()) - base, w.endOffset(m.end()) - base);
          if (once) {
            if (firstBlock == null) {
              firstBlock = b;
              firstStart = w.startOffset(m.start());
              firstEnd = w.endOffset(m.end());
            }
            phrases.add(phrase);
            continue;
          }
          context.report(
              b,
              w.startOffset(m.start()),
              w.endOffset(m.end()),
              "\u201C" + phrase + "\u201D cannot be pinned down: the article has no year and no publication date. "
                  + "Give the date (\u201Con 14 April 2025\u201D) or add a date to the metadata.");
        }
      }
    }
    if (firstBlock != null) {
      context.report(firstBlock, firstStart, firstEnd, onceMessage(phrases));
    }
  }

  /** The one finding's message: the first expression, and the others (at most three named). */
  static String onceMessage(List<String> phrases) {
    String first = "\u201C" + phrases.get(0) + "\u201D";
    if (phrases.size() == 1) {
      return first + " cannot be pinned down: the article has no year and no publication date. Add a date to the"
          + " metadata, or give the date.";
    }
    List<String> others = phrases.subList(1, phrases.size());
    StringBuilder named = new StringBuilder();
    int shown = Math.min(3, others.size());
    for (int i = 0; i < shown; i++) {
      named.append(i == 0 ? "" : ", ").append('\u201C').append(others.get(i)).append('\u201D');
    }
    if (others.size() > shown) {
      named.append(" and ").append(others.size() - shown).append(" more");
    }
    return first + " and " + others.size() + " other relative date" + (others.size() == 1 ? "" : "s") + " (" + named
        + ") cannot be pinned down: the article has no year and no publication date. Add a date to the metadata,"
        + " or give the dates.";
  }

  /** A four-digit year 1800-2099, or a decade ("1990s"), not followed by a time zone ("2000 GMT"). */
  static boolean hasYear(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (w.isNumber(i) && isYear(w.lower(i)) && !(i + 1 < w.size() && TIME_UNITS.contains(w.lower(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code tokens} has a number token as long as a year or a decade ("2004", "1990s"): what
   * {@link #hasYear} needs, read off the token arrays rather than the words or the characters.
   */
  static boolean mayHoldYear(TokenList tokens) {
    // A year is a number, and most sentences have none: the list's count says so without a read.
    if (tokens.numbers() == 0) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.type(i) == Token.Type.NUMBER) {
        int length = tokens.end(i) - tokens.start(i);
        if (length == 4 || length == 5) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentionsYear(String text) {
    for (int i = 0; i + 4 <= text.length(); i++) {
      // A year starts with a digit: test that before reading the four characters at every position.
      if (isDigit(text.charAt(i))
          && (i == 0 || !isDigit(text.charAt(i - 1)))
          && (i + 4 == text.length() || !isDigit(text.charAt(i + 4)))
          && isYear(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isDigit(char)}, answered for ASCII without its table look-ups: most characters are. */
  private static boolean isDigit(char c) {
    return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** Whether {@code text[at, at + 4)} is four digits that make a year 1800-2099, as {@link #isYear(String)}. */
  private static boolean isYear(String text, int at) {
    int y = 0;
    for (int i = at; i < at + 4; i++) {
      int d = Character.digit(text.charAt(i), 10);
      if (d < 0) {
        return false;
      }
      y = y * 10 + d;
    }
    return y >= 1800 && y <= 2099;
  }

  private static boolean isYear(String t) {
    String digits = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    if (digits.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(digits.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(digits);
    return y >= 1800 && y <= 2099;
  }

  private static boolean monthsCapitalized(Words w, WordMatcher.Match m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (MONTH_FORMS.contains(w.lower(i)) && !hasUpperCase(w.text(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> expand(Set<String> phrases) {
    List<String> out = new ArrayList<>();
    for (String p : phrases) {
      if (p.contains("{month}")) {
        MONTHS.forEach(m -> out.add(p.replace("{month}", m)));
      } else if (p.contains("{weekday}")) {
        WEEKDAYS.forEach(d -> out.add(p.replace("{weekday}", d)));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static Set<String> monthForms() {
    List<String> out = new ArrayList<>(MONTHS);
    MONTHS.forEach(m -> out.add("mid-" + m));
    return Set.copyOf(out.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
  }
}
