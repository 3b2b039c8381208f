package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.rules.internal.BlockSegments.Segment;
import dev.copydesk.rules.internal.Names;
import dev.copydesk.rules.internal.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A byline or author credit inside the body ("By Aiden Johnson", "Posted by Frank Wilkenmeyer on 19
 * Sep 2016", "Reporting by …; Editing by …", an empty "Authors:" label) instead of the article's
 * metadata. Only a block or a line standing on its own is judged, and everything after the credit
 * words must be names, an affiliation or a date, so "By Tuesday, the council had voted." is prose. An
 * HTML page whose meta tags name the same author is left alone: its byline renders its metadata.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "byline-in-body",
    summary = "A byline or author credit in the body instead of the metadata",
    severity = Severity.WARNING,
    category = Category.BOILERPLATE,
    tags = {"boilerplate", "metadata"},
    description =
        "Flags a line that credits the author inside the article body: \"By Aiden Johnson\", \"BY JANE"
            + " DOE, Associated Press\", \"Posted by Frank Wilkenmeyer on 19 Sep 2016\", \"Reporting by"
            + " David Lawder; Editing by Andrea Ricci\", or an empty \"Authors:\" label. Bylines belong in"
            + " the metadata (front matter, meta tags), where the CMS renders them once and feeds search"
            + " engines and syndication. Title-case headings such as \"By the Numbers\" or \"By Design\""
            + " are not bylines. An HTML page whose meta tags (or JSON-LD) name the same author is left"
            + " alone: there the byline is the page showing its metadata, as a template does.")
public final class BylineInBodyRule implements ArticleRule {

  /** A credit line has at most this many words. */
  static final int MAX_WORDS = 20;

  private static final List<String> PREFIXES =
      PhraseList.load("byline-prefixes.txt").phrases().stream()
          .map(p -> FoldedText.of(p).folded())
          .sorted((a, b) -> Integer.compare(b.length(), a.length()))
          .toList();
  private static final int LONGEST_PREFIX = PREFIXES.stream().mapToInt(String::length).max().orElse(0);
  // The first two letters of each prefix, folded ("by", "wr", "au"), by first * 128 + second.
  private static final boolean[] PREFIX_OPENINGS = new boolean[128 * 128];

  static {
    for (String p : PREFIXES) {
      if (p.length() < 2 || p.charAt(0) >= 128 || p.charAt(1) >= 128) {
        throw new IllegalStateException("a byline prefix must open with two ASCII characters: " + p);
      }
      PREFIX_OPENINGS[p.charAt(0) * 128 + p.charAt(1)] = true;
    }
  }

  private static final Set<String> STOPWORDS =
      PhraseList.load("byline-stopwords.txt").phrases().stream().collect(Collectors.toUnmodifiableSet());
  private static final Set<String> AGENCIES =
      PhraseList.load("byline-agencies.txt").phrases().stream()
          .map(p -> FoldedText.of(p).folded())
          .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> CONNECTORS =
      Set.of("and", "&", ",", ";", "|", "-", "/", "for", "at", "of", "in", "the", "with", "by", "editing", "additional",
          "reporting", "writing", "special", "to");
  private static final Set<String> MONTHS =
      Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
          "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");

  @Override
  public void check(Article article, RuleContext context) {
    boolean splitLines = article.format() != Format.MARKDOWN;
    // A page linted whole is judged by its article: the bylines on its related-story cards are no
    // article's byline.
    List<Block> blocks = article.mainContentProseBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      List<Segment> segments = splitLines ? context.derive(Views.LINES, b) : BlockSegments.of(b, false);
      for (int j = 0; j < segments.size(); j++) {
        Segment seg = segments.get(j);
        String text = seg.text();
        if (!mayOpenWithPrefix(text) || BlockSegments.words(text, MAX_WORDS + 1) > MAX_WORDS) {
          continue;
        }
        String credit = credit(text);
        if (credit == null) {
          continue;
        }
        boolean known = !credit.isEmpty() && inMetadata(article, credit);
        if (known && article.format() == Format.HTML) {
          // A page that names its author in its meta tags and shows the byline is rendering its metadata,
          // as a template does: deleting the line would take the byline off the published page.
          continue;
        }
        String message;
        if (credit.isEmpty()) {
          message = "An empty author credit label is left in the body: delete it, and put the authors in the"
              + " article's metadata.";
        } else if (known) {
          message = "Byline \"" + text + "\" repeats the author metadata inside the body: delete it from the body.";
        } else if (isWholePage(article)) {
          // A published page shows its byline; what it lacks is the metadata behind it.
          message = "Byline \"" + text + "\" is on the page, but the page's metadata names no author: add \""
              + credit + "\" as its author (<meta name=\"author\">, or the author of its JSON-LD).";
        } else {
          message = "Byline \"" + text + "\" belongs in the article's author metadata, not the body: move \""
              + credit + "\" there and delete the line.";
        }
        context.at(b, seg.start(), seg.end()).message(message).report();
      }
    }
  }

  /**
   * False when {@code line} cannot open with a prefix ({@link #credit} would return null), told from its
   * first two characters, before anything else reads the line: nearly every line of an article fails
   * here. Only ASCII is judged; a line opening otherwise, or shorter, is left to {@link #credit}.
   */
  static boolean mayOpenWithPrefix(String line) {
    int i = 0;
    int n = line.length();
    while (i < n && line.charAt(i) < 128 && FoldedText.isSpace(line.charAt(i))) {
      i++;
    }
    if (i + 1 >= n || line.charAt(i) >= 128 || line.charAt(i + 1) >= 128) {
      return true;
    }
    // Folding lower-cases ASCII letters and keeps other ASCII characters but white space, which becomes
    // a space: no prefix opens with one.
    return PREFIX_OPENINGS[Character.toLowerCase(line.charAt(i)) * 128 + Character.toLowerCase(line.charAt(i + 1))];
  }

  /**
   * The credited names when {@code line} is a credit line ("" for a bare "Authors:" label), otherwise
   * null.
   */
  static String credit(String line) {
    FoldedText start = foldedStart(line);
    String folded = start.folded();
    String prefix = null;
    for (String p : PREFIXES) {
      if (folded.startsWith(p)
          && (folded.length() == p.length() || !FoldedText.isWordChar(folded.charAt(p.length())))) {
        prefix = p;
        break;
      }
    }
    if (prefix == null) {
      return null;
    }
    // Where the prefix ends in the line as written: white space runs fold to one space.
    String rest = line.substring(start.end(prefix.length())).strip();
    if (rest.startsWith(":")) {
      rest = rest.substring(1).strip();
    }
    if (rest.isEmpty()) {
      return prefix.endsWith(":") ? "" : null;
    }
    String restFolded = stripTrailing(FoldedText.of(rest).folded(), ".,;:");
    if (AGENCIES.contains(restFolded)) {
      return rest;
    }
    List<String> tokens = tokens(rest);
    if (tokens.isEmpty() || STOPWORDS.contains(tokens.get(0)) || !Names.isNameWord(tokens.get(0))) {
      return null;
    }
    int nameWords = 0;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      String lower = t.toLowerCase(Locale.ROOT);
      if (lower.equals("on") && i > 0) {
        return isDate(tokens.subList(i + 1, tokens.size())) && nameWords >= 2 ? String.join(" ", names) : null;
      }
      if (Names.isNameWord(t) || Names.isSuffix(t)) {
        nameWords++;
        if (nameWords <= 4 && names.size() < 4) {
          names.add(t);
        }
      } else if (!(CONNECTORS.contains(lower) || Names.isParticle(lower) || isDash(t))) {
        return null;
      }
    }
    return nameWords >= 2 ? String.join(" ", names) : null;
  }

  /**
   * The start of {@code line} folded, long enough to tell which prefix it starts with and whether a
   * word goes on after it: most segments are prose sentences, and folding all of each only to compare
   * its first words would cost more than the rest of the rule. Folding a start of the line gives a start
   * of the line's folding, so when the line is longer than that the start is all the prefix test reads.
   */
  private static FoldedText foldedStart(String line) {
    int to = Math.min(line.length(), 2 * LONGEST_PREFIX + 8);
    while (true) {
      FoldedText folded = FoldedText.of(line, 0, to);
      if (to == line.length() || folded.length() > LONGEST_PREFIX) {
        return folded;
      }
      to = Math.min(line.length(), 2 * to);
    }
  }

  private static boolean isDate(List<String> tokens) {
    if (tokens.isEmpty() || tokens.size() > 8) {
      return false;
    }
    boolean digit = false;
    for (String t : tokens) {
      // Linear: one character, anchored at the end.
      String l = t.toLowerCase(Locale.ROOT).replaceAll("[.,]$", "");
      if (l.chars().anyMatch(Character::isDigit)) {
        digit = true;
      } else if (!(MONTHS.contains(l) || CONNECTORS.contains(l) || l.equals("am") || l.equals("pm")
          || l.equals("a.m") || l.equals("p.m"))) {
        return false;
      }
    }
    return digit;
  }

  /**
   * {@code s} without the trailing characters that are in {@code chars}. A loop, not {@code
   * replaceAll("[.,;:]+$", "")}: that pattern backtracks over every run of those characters that is not
   * at the end, quadratic in the run (a line of 200,000 dots took minutes).
   */
  static String stripTrailing(String s, String chars) {
    int end = s.length();
    while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static boolean isDash(String t) {
    return t.equals("\u2013") || t.equals("\u2014");
  }

  /** Words and the separators , ; | as tokens of their own. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (FoldedText.isSpace(c) || c == ',' || c == ';' || c == '|' || c == '/') {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        if (!FoldedText.isSpace(c)) {
          out.add(String.valueOf(c));
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Whether the article is a whole HTML page, head and all, rather than a body fragment from a CMS. */
  private static boolean isWholePage(Article article) {
    if (article.format() != Format.HTML) {
      return false;
    }
    String source = article.source();
    int limit = Math.min(source.length(), HEAD_SCAN);
    for (int i = source.indexOf('<'); i >= 0 && i < limit; i = source.indexOf('<', i + 1)) {
      if (source.regionMatches(true, i + 1, "head", 0, 4) || source.regionMatches(true, i + 1, "html", 0, 4)) {
        return true;
      }
    }
    return false;
  }

  /** How far into an HTML source a {@code <head>} or {@code <html>} tag is looked for. */
  private static final int HEAD_SCAN = 64 * 1024;

  private static boolean inMetadata(Article article, String credit) {
    String c = credit.toLowerCase(Locale.ROOT);
    return article.metadata().authors().stream().anyMatch(a -> c.contains(a.toLowerCase(Locale.ROOT)));
  }
}
