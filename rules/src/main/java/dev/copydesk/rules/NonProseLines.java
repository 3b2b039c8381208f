package dev.copydesk.rules;

import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.rules.internal.Attribution;
import dev.copydesk.rules.internal.Lexicon;
import dev.copydesk.rules.internal.ProperNames;
import dev.copydesk.rules.internal.WordMatcher;
import dev.copydesk.rules.internal.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognizes lines that are not sentences and so may lack terminal punctuation: credits and captions,
 * bylines, sign-offs, datelines, headings, label-value lines, contributor notes, practical footers, page
 * furniture, URLs. Used by {@link TruncatedTextRule}; the word lists are data files named
 * {@code truncated-text-*.txt} and {@code title-case-minor-words.txt}.
 *
 * <p>Stateless and thread-safe.
 */
final class NonProseLines {

  /** Longest line still taken as a heading or title. */
  static final int MAX_HEADING_WORDS = 12;

  private static final WordMatcher STARTS = WordMatcher.of(
      Lexicon.words("truncated-text-non-prose-starts.txt").stream().map(s -> s.endsWith(":") ? s.substring(0, s.length() - 1) : s).toList());
  private static final Set<String> COLON_STARTS =
      Lexicon.words("truncated-text-non-prose-starts.txt").stream()
          .filter(s -> s.endsWith(":"))
          .map(s -> s.substring(0, s.length() - 1))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final Set<String> LINES = Lexicon.words("truncated-text-non-prose-lines.txt");
  private static final WordMatcher FOOTERS = WordMatcher.of(Lexicon.words("truncated-text-footers.txt"));
  private static final Set<String> ROLES = Lexicon.words("truncated-text-bio-roles.txt");
  private static final Set<String> AGENCIES = Lexicon.words("truncated-text-credit-agencies.txt");
  private static final Set<String> MINOR = Lexicon.words("title-case-minor-words.txt");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "his", "her", "their", "its");
  private static final Set<String> BIO_VERBS = Set.of("is", "was", "writes", "covers", "reports", "has", "works", "edits", "presents");

  private NonProseLines() {}

  /**
   * Why the sentence {@code text} (with word view {@code w}) is not prose, or {@code null} when it reads
   * as a sentence. With {@code alone} false the sentence ends a longer paragraph, where only marked
   * lines (URLs, furniture, bylines, credits, sign-offs, capitals) are taken as non-prose: a title-case
   * run there is more likely a cut after a name ("Miners Rio Tinto"). Page furniture is judged through
   * {@code context}, which keeps page-chrome's judgement of a text it judged already.
   */
  static @Nullable String kind(String text, Words w, boolean alone, RuleContext context) {
    if (looksLikeUrl(text)) {
      return "URL";
    }
    if (!hasWord(w)) {
      return "no words";
    }
    if (isListed(text) || PageChromeRule.isChrome(text, context)) {
      return "page furniture";
    }
    if (isDecorated(text) || text.contains(" | ")) {
      return "note or title line";
    }
    if (isTimestamp(w)) {
      return "timestamp";
    }
    if (isCredit(w)) {
      return "photo credit";
    }
    if (endsWithSignature(text)) {
      return "signature";
    }
    if (isByline(w)) {
      return "byline";
    }
    if (startsAsNonProse(text, w)) {
      return "credit or sign-off";
    }
    if (startsWithDash(text)) {
      return "sign-off";
    }
    if (isCapitals(w)) {
      return "capitals";
    }
    if (isLabelValue(text, w)) {
      return "label and value";
    }
    if (!alone) {
      return null;
    }
    if (isBracketed(text)) {
      return "note in brackets";
    }
    if (isHeading(text, w, 0, w.size())) {
      return "heading";
    }
    if (isContributorNote(w)) {
      return "contributor note";
    }
    if (w.size() <= 25 && !FOOTERS.findAll(w).isEmpty()) {
      return "footer";
    }
    return null;
  }

  /** "*** UPDATE- read this post ***": a note set off by decoration. */
  private static boolean isDecorated(String text) {
    String t = text.strip();
    return t.startsWith("***") || t.startsWith("###") || t.startsWith("===") || t.endsWith("***");
  }

  /** "9 months ago", "3 hours ago": a scraped timestamp. */
  private static boolean isTimestamp(Words w) {
    int n = w.size();
    return n >= 2 && n <= 4 && w.lower(n - 1).equals("ago");
  }

  /** "Win McNamee/Getty Images", "Photo: Thaer Mohammed/AFP": a short line ending on an agency. */
  private static boolean isCredit(Words w) {
    if (w.size() > 8) {
      return false;
    }
    for (int k = Math.max(0, w.size() - 3); k < w.size(); k++) {
      StringBuilder tail = new StringBuilder();
      for (int i = k; i < w.size(); i++) {
        tail.append(i > k ? " " : "").append(w.lower(i));
      }
      if (AGENCIES.contains(tail.toString()) && w.isCapitalized(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "That's why he was so loved. — Vice President Biden (@VP) September 26, 2016", "... – Keanu
   * Reeves": an attribution after a spaced dash, in title case, ends the text.
   */
  private static boolean endsWithSignature(String text) {
    int dash = Math.max(text.lastIndexOf(" — "), text.lastIndexOf(" – "));
    if (dash < 0) {
      return false;
    }
    String after = text.substring(dash + 3);
    int letters = 0;
    int upper = 0;
    boolean wordStart = true;
    for (int i = 0; i < after.length(); i++) {
      char c = after.charAt(i);
      if (Character.isLetter(c)) {
        if (wordStart) {
          letters++;
          upper += Character.isUpperCase(c) ? 1 : 0;
        }
        wordStart = false;
      } else {
        wordStart = true;
      }
    }
    return letters > 0 && letters <= 10 && upper * 10 >= letters * 7;
  }

  private static boolean allNumbers(Words w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!w.isNumber(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWord(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (!w.isNumber(i)) {
        return true;
      }
    }
    return false;
  }

  /** "(seeds in brackets)", "[ Wired ]": an aside or a credit wholly in brackets. */
  private static boolean isBracketed(String text) {
    String t = text.strip();
    if (t.length() < 2) {
      return false;
    }
    char open = t.charAt(0);
    char close = open == '(' ? ')' : open == '[' ? ']' : 0;
    return close != 0 && t.charAt(t.length() - 1) == close && t.indexOf(close) == t.length() - 1;
  }

  /** A dateline standing alone ("LONDON (Reuters) -", "WASHINGTON, March 3 --"). */
  static boolean isDateline(String text, Words w) {
    if (w.size() == 0 || w.size() > 8) {
      return false;
    }
    String first = w.text(0);
    return first.length() >= 3 && first.equals(first.toUpperCase(Locale.ROOT)) && isHeading(text, w, 0, w.size());
  }

  static boolean looksLikeUrl(String text) {
    String t = text.strip();
    if (t.contains("://") || t.toLowerCase(Locale.ROOT).contains("www.")) {
      return true;
    }
    int space = t.lastIndexOf(' ');
    String lastWord = t.substring(space + 1).toLowerCase(Locale.ROOT);
    // "...concluded./politicops.com", "...better.\u201D/SOURCE": a link a scraper glued to the last sentence
    while (lastWord.endsWith("/")) {
      lastWord = lastWord.substring(0, lastWord.length() - 1);
    }
    int slash = lastWord.lastIndexOf('/');
    if (slash > 0) {
      int before = slash - 1;
      while (before > 0 && "\"'\u201D\u2019)".indexOf(lastWord.charAt(before)) >= 0) {
        before--;
      }
      if (".!?".indexOf(lastWord.charAt(before)) >= 0) {
        return true;
      }
    }
    lastWord = lastWord.substring(slash + 1);
    int at = lastWord.indexOf('@');
    int dot = lastWord.lastIndexOf('.');
    if (at > 0 && dot > at) {
      return true;
    }
    if (lastWord.startsWith("#") || lastWord.startsWith("@")) {
      return true;
    }
    return isDomain(lastWord) || isDomain(t.substring(space + 1).toLowerCase(Locale.ROOT));
  }

  private static final List<String> TOP_LEVEL_DOMAINS =
      List.of(".com", ".org", ".net", ".gov", ".edu", ".io", ".co", ".uk", ".us", ".info", ".news", ".tv", ".ly");

  /** "example.com", "pic.twitter.com/s96jjh8AlD": a domain, perhaps with a path. */
  private static boolean isDomain(String word) {
    int slash = word.indexOf('/');
    String host = slash >= 0 ? word.substring(0, slash) : word;
    if (host.isEmpty() || host.indexOf('.') <= 0) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    for (String tld : TOP_LEVEL_DOMAINS) {
      if (host.endsWith(tld)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListed(String text) {
    String t = Lexicon.normalize(text).strip();
    int s = 0;
    int e = t.length();
    while (s < e && !Character.isLetterOrDigit(t.charAt(s))) {
      s++;
    }
    while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) {
      e--;
    }
    return LINES.contains(collapseSpaces(t, s, e));
  }

  /**
   * {@code t[s, e)} with each run of white space as one space, as {@code replaceAll("\s+", " ")} gives
   * it, without compiling a pattern for every trailing line of every article.
   */
  static String collapseSpaces(String t, int s, int e) {
    StringBuilder out = null;
    boolean space = false;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      boolean ws = isRegexSpace(c);
      if (ws && (space || c != ' ') && out == null) {
        out = new StringBuilder(e - s).append(t, s, i);
      }
      if (out != null) {
        if (!ws) {
          out.append(c);
        } else if (!space) {
          out.append(' ');
        }
      }
      space = ws;
    }
    return out == null ? t.substring(s, e) : out.toString();
  }

  /** {@code \s} of java.util.regex: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** "By Jane Smith", "By Jane Smith and John Doe, Reuters". */
  private static boolean isByline(Words w) {
    if (!w.lower(0).equals("by") || w.size() < 2 || w.size() > 10) {
      return false;
    }
    for (int i = 1; i < w.size(); i++) {
      String l = w.lower(i);
      if (!w.isCapitalized(i) && !l.equals("and") && !MINOR.contains(l) && !l.equals("staff")) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsAsNonProse(String text, Words w) {
    WordMatcher.Match m = STARTS.matchAt(w, 0);
    if (m == null) {
      return false;
    }
    String phrase = Lexicon.normalize(m.phrase());
    if (!COLON_STARTS.contains(phrase)) {
      return true;
    }
    int after = w.endOffset(m.end()) - w.sentence().textStart();
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    return after < text.length() && text.charAt(after) == ':';
  }

  static boolean startsWithDash(String text) {
    String t = text.strip();
    return !t.isEmpty() && (t.charAt(0) == '\u2014' || t.charAt(0) == '\u2013' || t.startsWith("--"));
  }

  /**
   * Title case or capitals: every word but the minor ones ("of", "the") starts with a capital or is a
   * number, with at least one capitalized word, and the line neither ends on a minor word ("Production
   * in") nor opens with a word and a comma ("However, Band"); one word alone must be in capitals.
   * Longer lines (lists of names: "Sylvain Marconnet (Stade Francais), Nicolas Mas (Perpignan), ...")
   * may have one word in ten in lower case, as entity-damaged names have ("B&#233;ziers").
   */
  static boolean isHeading(String text, Words w, int from, int to) {
    int n = to - from;
    if (n <= 0 || (n <= MAX_HEADING_WORDS && !w.isCapitalized(to - 1) && !w.isNumber(to - 1))) {
      return false;
    }
    if (from == 0 && n <= MAX_HEADING_WORDS && n > 1 && Attribution.punctuationAfter(w, from) == ',') {
      return false;
    }
    int capitalized = 0;
    int lower = 0;
    for (int i = from; i < to; i++) {
      if (w.isNumber(i)) {
        continue;
      }
      if (w.isCapitalized(i)) {
        capitalized++;
      } else if (!MINOR.contains(w.lower(i)) || i == from) {
        lower++;
      }
    }
    if (capitalized == 0 || (n <= MAX_HEADING_WORDS ? lower > 0 : lower * 10 > capitalized + lower)) {
      return false;
    }
    if (n == 1) {
      String only = w.text(from);
      return only.length() >= 2 && only.equals(only.toUpperCase(Locale.ROOT));
    }
    return true;
  }

  /** A run of words in capitals ("THE LEGEND OF ZELDA", "HEAD TO HEAD"), two letters or more. */
  private static boolean isCapitals(Words w) {
    int letters = 0;
    for (int i = 0; i < w.size(); i++) {
      String t = w.text(i);
      if (w.isNumber(i)) {
        continue;
      }
      if (!t.equals(t.toUpperCase(Locale.ROOT))) {
        return false;
      }
      letters += t.length();
    }
    return letters >= 4 && w.size() >= 2;
  }

  /** "Not used: Fury, Brooks", "Result: Nadal 6-7 6-2 Roddick": a short label, a colon, names or numbers. */
  private static boolean isLabelValue(String text, Words w) {
    if (text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0) {
      return false;
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return false;
    }
    int start = w.sentence().textStart();
    int label = 0;
    while (label < w.size() && w.token(label).end() - start <= colon) {
      label++;
    }
    return label >= 1 && label <= 3 && label < w.size() && !DETERMINERS.contains(w.lower(0))
        && (isHeading(text, w, label, w.size()) || allNumbers(w, label, w.size()));
  }

  /**
   * "Simon Perry is the editor of ...", "Clark Boyd is technology correspondent for The World": a full
   * name (two to four capitalized words), a verb such as "is", and a role within five words.
   */
  private static boolean isContributorNote(Words w) {
    int i = 0;
    while (i < w.size() && i < 4 && ProperNames.isName(w, i)) {
      i++;
    }
    if (i < 2 || i >= w.size() || !BIO_VERBS.contains(w.lower(i))) {
      return false;
    }
    for (int j = i + 1; j < Math.min(w.size(), i + 6); j++) {
      if (ROLES.contains(w.lower(j))) {
        return true;
      }
    }
    return false;
  }

  /** A first-person author bio: "As a content writer at X, I have a passion for ...". */
  static boolean isFirstPersonBio(Words w) {
    if (w.size() < 4) {
      return false;
    }
    boolean asA = w.lower(0).equals("as") && (w.lower(1).equals("a") || w.lower(1).equals("an"));
    boolean iAm = w.lower(0).equals("i") && (w.lower(1).equals("am") || w.lower(1).equals("have"));
    boolean imA = w.lower(0).equals("i'm");
    if (!(asA || iAm || imA)) {
      return false;
    }
    for (int i = 2; i < Math.min(w.size(), 12); i++) {
      if (ROLES.contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }
}
