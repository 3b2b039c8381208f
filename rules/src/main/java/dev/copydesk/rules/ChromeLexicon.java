package dev.copydesk.rules;

import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.rules.internal.FoldedText;
import dev.copydesk.rules.internal.PhraseMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether one segment of a block (a block, or a line standing on its own) is page chrome, from
 * the phrase lists under {@code page-chrome/} and a few shapes no list can hold (share counts,
 * copyright lines, metered-paywall counters). Every check reads the segment once or a bounded prefix
 * of it, so the cost is linear in the text.
 *
 * <p>Immutable and thread-safe.
 */
final class ChromeLexicon {

  /** Longest block a "starts with" phrase may begin, in words. */
  static final int MAX_LEAD_WORDS = 60;
  /** Words a "phrase *" pattern may add to its phrase. */
  static final int MAX_WILDCARD_WORDS = 4;
  static final int MAX_NEWSLETTER_WORDS = 60;
  /** A short block that names a newsletter among its first words ("Axios Newsletter curates…"). */
  static final int EARLY_NEWSLETTER_WORDS = 4;
  static final int MAX_STRONG_CUE_WORDS = 30;
  static final int MAX_COPYRIGHT_WORDS = 30;

  /** A match: its kind and whether the segment was exactly a list heading. */
  record Hit(ChromeKind kind, boolean heading) {}

  private enum Form {
    WHOLE,
    LEAD,
    WILDCARD
  }

  private record Entry(ChromeKind kind, Form form) {}

  // "1.2k shares", "80510 SHARES": digits, an optional decimal part and multiplier, then "share(s)".
  private static final Pattern SHARE_COUNT = Pattern.compile("^\\d[\\d,]{0,12}(\\.\\d{1,3})? ?[km]? shares?\\b");
  private static final Pattern FREE_ARTICLES =
      Pattern.compile("^you have (\\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten) free (articles?|stor(y|ies)) (left|remaining)\\b");
  private static final Pattern COPYRIGHT =
      Pattern.compile("^(\u00a9|\\(c\\) ?\\d{4}|(copyright|copyleft) ?(\u00a9|\\(c\\)|\\d{4}))");

  private final Map<String, Entry> whole = new HashMap<>();
  private final Map<String, Entry> prefixes = new HashMap<>();
  private final int longestPrefix;
  private final PhraseMatcher ctaStart;
  private final PhraseMatcher subscription;
  private final PhraseMatcher strongCue;

  private ChromeLexicon() {
    int longest = 0;
    for (ChromeKind kind : ChromeKind.values()) {
      if (kind.resource().isEmpty()) {
        continue;
      }
      for (String line : PhraseList.load("page-chrome/" + kind.resource()).phrases()) {
        Form form = Form.WHOLE;
        String phrase = line;
        if (line.endsWith("\u2026") || line.endsWith("...")) {
          form = Form.LEAD;
          phrase = line.substring(0, line.length() - (line.endsWith("\u2026") ? 1 : 3));
        } else if (line.endsWith(" *")) {
          form = Form.WILDCARD;
          phrase = line.substring(0, line.length() - 2);
        }
        String key = key(phrase);
        if (key.isEmpty()) {
          throw new IllegalStateException("page-chrome/" + kind.resource() + ": phrase '" + line + "' has no words");
        }
        Map<String, Entry> target = form == Form.WHOLE ? whole : prefixes;
        Entry previous = target.put(key, new Entry(kind, form));
        if (previous != null && previous.kind() != kind) {
          throw new IllegalStateException(
              "page-chrome: phrase '" + line + "' is listed as both " + previous.kind() + " and " + kind);
        }
        if (form != Form.WHOLE) {
          longest = Math.max(longest, key.length());
        }
      }
    }
    this.longestPrefix = longest;
    Map<String, List<String>> cues = sections(PhraseList.load("page-chrome/newsletter-cues.txt").phrases());
    this.ctaStart = PhraseMatcher.of(cues.getOrDefault("start", List.of()));
    this.subscription = PhraseMatcher.of(cues.getOrDefault("subscription", List.of()));
    this.strongCue = PhraseMatcher.of(cues.getOrDefault("strong", List.of()));
  }

  private static final ChromeLexicon INSTANCE = new ChromeLexicon();

  static ChromeLexicon get() {
    return INSTANCE;
  }

  /** What kind of chrome {@code text} is, if any. */
  Optional<Hit> classify(String text) {
    String folded = FoldedText.of(text).folded();
    String key = key(folded);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Entry e = whole.get(key);
    if (e != null) {
      return Optional.of(new Hit(e.kind(), true));
    }
    int words = BlockSegments.words(key, MAX_LEAD_WORDS + 1);
    // Prefixes that end on a word boundary, shortest first; the longest listed one wins.
    Entry best = null;
    boolean bestIsWholeWildcard = false;
    for (int i = 1; i <= Math.min(key.length(), longestPrefix); i++) {
      if (i < key.length() && FoldedText.isWordChar(key.charAt(i)) && FoldedText.isWordChar(key.charAt(i - 1))) {
        continue;
      }
      Entry p = prefixes.get(key.substring(0, i).strip());
      if (p == null) {
        continue;
      }
      if (p.form() == Form.LEAD && words <= MAX_LEAD_WORDS) {
        best = p;
        bestIsWholeWildcard = false;
      } else if (p.form() == Form.WILDCARD
          && BlockSegments.words(key.substring(i), MAX_WILDCARD_WORDS + 1) <= MAX_WILDCARD_WORDS) {
        best = p;
        bestIsWholeWildcard = true;
      }
    }
    if (best != null) {
      return Optional.of(new Hit(best.kind(), bestIsWholeWildcard));
    }
    String bare = stripLeadingSymbols(folded);
    if (SHARE_COUNT.matcher(bare).find()) {
      return Optional.of(new Hit(ChromeKind.SHARE, false));
    }
    if (FREE_ARTICLES.matcher(bare).find()) {
      return Optional.of(new Hit(ChromeKind.NEWSLETTER, false));
    }
    if (words <= MAX_COPYRIGHT_WORDS && (COPYRIGHT.matcher(folded).find() || folded.contains("all rights reserved"))) {
      return Optional.of(new Hit(ChromeKind.COPYRIGHT, false));
    }
    if (isNewsletterPrompt(key, words) || namesNewsletterEarly(text, words)) {
      return Optional.of(new Hit(ChromeKind.NEWSLETTER, false));
    }
    return Optional.empty();
  }

  /**
   * A short block naming a newsletter, capitalised as a product, among its first words: "Hackernoon
   * Newsletter curates…", "GET THE BOING BOING NEWSLETTER". Prose mentions ("the council's newsletter
   * said") are lower case.
   */
  private static boolean namesNewsletterEarly(String text, int words) {
    if (words > MAX_STRONG_CUE_WORDS) {
      return false;
    }
    for (String name : new String[] {"Newsletter", "NEWSLETTER"}) {
      int at = text.indexOf(name);
      if (at >= 0 && BlockSegments.words(text.substring(0, at), EARLY_NEWSLETTER_WORDS) < EARLY_NEWSLETTER_WORDS) {
        return true;
      }
    }
    return false;
  }

  private boolean isNewsletterPrompt(String key, int words) {
    if (words <= MAX_STRONG_CUE_WORDS && !strongCue.findAll(key).isEmpty()) {
      return true;
    }
    if (words > MAX_NEWSLETTER_WORDS) {
      return false;
    }

    int ctaEnd = -1;
    for (PhraseMatcher.Match m : ctaStart.findAll(key)) {
      if (m.start() == 0) {
        ctaEnd = Math.max(ctaEnd, m.end());
      }
    }
    if (ctaEnd < 0) {
      return false;
    }
    // The subscription word must come after the call to action: "Sign up for a Hulu account" is not one.
    for (PhraseMatcher.Match m : subscription.findAll(key)) {
      if (m.start() >= ctaEnd) {
        return true;
      }
    }
    return false;
  }

  /**
   * The matching key of a phrase or segment: folded, with punctuation and symbols stripped from both
   * ends (so "Share this:" and "» Share this" match "Share this").
   */
  static String key(String s) {
    String f = FoldedText.of(s).folded();
    int a = 0;
    int b = f.length();
    while (a < b && !FoldedText.isWordChar(f.charAt(a))) {
      a++;
    }
    while (b > a && !FoldedText.isWordChar(f.charAt(b - 1))) {
      b--;
    }
    return f.substring(a, b);
  }

  private static String stripLeadingSymbols(String f) {
    int a = 0;
    while (a < f.length() && !FoldedText.isWordChar(f.charAt(a))) {
      a++;
    }
    return f.substring(a);
  }

  private static Map<String, List<String>> sections(List<String> lines) {
    Map<String, List<String>> out = new HashMap<>();
    String current = "";
    for (String l : lines) {
      if (l.startsWith("[") && l.endsWith("]")) {
        current = l.substring(1, l.length() - 1);
      } else {
        out.computeIfAbsent(current, k -> new java.util.ArrayList<>()).add(l);
      }
    }
    return out;
  }
}
