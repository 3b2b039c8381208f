package dev.copydesk.rules;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.style.Folds;
import dev.copydesk.core.text.Folding;
import dev.copydesk.rules.internal.BlockSegments;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.PhraseMatcher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An author bio pasted into the body. A first-person, self-promotional bio ("As a content writer at X,
 * I have a passion for crafting engaging…") is an error: it is marketing, not journalism. A
 * third-person staff bio ("Phil Helsel is a reporter for NBC News.") is a warning: it belongs in the
 * article's metadata, where the site renders it. Role words and promotion cues live in {@code bio-*.txt}.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "boilerplate-bio",
    summary = "An author bio in the body: self-promotional first-person bios, or staff bios that belong in the metadata",
    severity = Severity.ERROR,
    category = Category.BOILERPLATE,
    tags = {"boilerplate", "metadata"},
    description =
        "Error: a first-person self-promotional bio (\"As a content writer at newspoip.com, I have a"
            + " passion for crafting engaging and informative articles…\"): a block that introduces the"
            + " writer's own role and carries at least two self-promotion cues. Warning: a short block that"
            + " is a third-person staff bio (\"Phil Helsel is a reporter for NBC News.\", \"Perry Bacon Jr."
            + " is a senior writer for FiveThirtyEight.\"); it belongs in the author metadata. People in the"
            + " news (\"Mr Smith is a reporter for…\", \"Dr Jones is the author of the study\") and"
            + " non-newsroom roles (\"Erin Spiceland is a Software Engineer for SpaceX.\") are not bios.")
public final class BoilerplateBioRule implements BlockRule {

  /** A staff bio block has at most this many words. */
  static final int MAX_STAFF_BIO_WORDS = 60;
  /** A staff bio block has at most this many sentences. */
  static final int MAX_STAFF_BIO_SENTENCES = 3;
  /** Distinct self-promotion cues needed, with a first-person role introduction, for an error. */
  static final int MIN_PROMO_CUES = 2;

  private static final PhraseMatcher PROMO = PhraseMatcher.of(PhraseList.load("bio-promo.txt").phrases());
  private static final Set<String> HONORIFICS =
      PhraseList.load("bio-honorifics.txt").phrases().stream().collect(Collectors.toUnmodifiableSet());

  // A first-person introduction of the writer's role, tried at the start of the block and of each
  // sentence (see introducesSelf). Bounded repetitions only: linear on any input.
  private static final Pattern SELF_INTRO =
      Pattern.compile(
          "(?:as an? |i am an? |i'm an? |i work as an? )(?:[\\p{L}-]{1,20} ){0,3}?"
              + alternation("bio-self-roles.txt")
              + "\\b|my name is [\\p{L}' -]{1,40}? and i\\b|(?:hi|hello|hey),? i'm ");

  // "<Name> is a [modifiers] <role> for|at|with|of|in|on …", "<Name> is the author of …".
  // Linear: anchored at the start (no MULTILINE), every repetition bounded.
  static final Pattern STAFF_BIO =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}'\u2019.-]{0,30}(?: \\p{Lu}[\\p{L}'\u2019.-]{0,30}){1,3}),? (?:(?:jr|sr)\\.?,? )?is (?:a|an|the)"
              + " (?:[\\p{L}-]{1,25} ){0,4}?"
              + alternation("bio-roles.txt")
              + "(?: (?:for|at|with|of|in|on|based)\\b|[.,]|$)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void check(Block block, RuleContext context) {
    String text = block.text();
    if (mayIntroduceSelf(block)
        && introducesSelf(Folds.of(context, text, Folding.IGNORE_CASE).folded())
        && promoCues(Folds.of(context, text, Folding.IGNORE_CASE).folded()) >= MIN_PROMO_CUES) {
      context
          .at(block, 0, text.length())
          .message(
              "Self-promotional author bio in the body: delete it; if the article needs an author note, put"
                  + " a short factual one in the metadata.")
          .severity(Severity.ERROR)
          .report();
      return;
    }
    List<Sentence> sentences = block.sentences();
    if (sentences.isEmpty() || sentences.size() > MAX_STAFF_BIO_SENTENCES) {
      return;
    }
    Sentence first = sentences.get(0);
    // A staff bio starts with a capitalised name: asked first, the regular expression rarely runs.
    if (first.text().isEmpty() || !Character.isUpperCase(first.text().charAt(0))) {
      return;
    }
    // The first sentence's " is " before the block's words are counted: it reads less of the block, and
    // most blocks have none.
    if (!mayBeStaffBio(first.text()) || BlockSegments.words(text, MAX_STAFF_BIO_WORDS + 1) > MAX_STAFF_BIO_WORDS) {
      return;
    }
    var m = STAFF_BIO.matcher(first.text());
    if (m.lookingAt()) {
      String name = m.group(1);
      String firstWord = name.split(" ")[0];
      if (HONORIFICS.contains(firstWord) || !allCapitalised(name)) {
        return;
      }
      context
          .at(block, 0, text.length())
          .message(
              "Staff bio of " + name + " in the body: move it to the author metadata, where the site shows"
                  + " it, and delete it here.")
          .severity(Severity.WARNING)
          .report();
    }
  }

  /**
   * Whether {@code text} has " is " in some case among its first words, as {@link #STAFF_BIO} needs
   * ("Jane Doe is a reporter for"): most capitalised paragraphs have none there, and the pattern, with its runs of name letters, costs
   * far more to try than this look. Letters compare as the pattern compares them ignoring case (upper
   * case, then lower: "İS" and "ıſ" are "is" to it too).
   */
  static boolean mayBeStaffBio(String text) {
    // The pattern's name is two to four words with a space between each, then a space (after an optional
    // comma), and perhaps "Jr." and another: its " is " is at the second to fifth space, never later.
    int spaces = 0;
    for (int at = text.indexOf(' '); at >= 0 && at + 3 < text.length() && spaces < MAX_SPACES_BEFORE_IS; at = text.indexOf(' ', at + 1)) {
      spaces++;
      if (text.charAt(at + 3) == ' ' && caseFold(text.charAt(at + 1)) == 'i' && caseFold(text.charAt(at + 2)) == 's') {
        return true;
      }
    }
    return false;
  }

  /** The most spaces {@link #STAFF_BIO} lets stand before its "is" (see {@link #mayBeStaffBio}). */
  private static final int MAX_SPACES_BEFORE_IS = 5;

  private static char caseFold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** First words a self-introduction can open with ("As a…", "I am…", "I'm…", "My name is…", "Hi, I'm…"). */
  private static final Set<String> INTRO_WORDS = Set.of("as", "i", "my", "hi", "hello", "hey");

  /**
   * A cheap test on the block's own text that {@link #introducesSelf} can only pass when it passes: some
   * place where the folded text would start a sentence (the block's first character, or one after
   * {@code .}, {@code !}, {@code ?} or {@code …} and white space) opens with a word that lower-cases, as
   * folding does, to one of {@link #INTRO_WORDS}. Most blocks fail it, and are not folded at all.
   */
  static boolean mayIntroduceSelf(String text) {
    return mayIntroduceSelf(text, true, true, true);
  }

  /**
   * {@link #mayIntroduceSelf(String)} for {@code block}'s text, whose character summary (read once for
   * every rule that asks) says which terminators it holds: most blocks hold neither {@code !}, {@code ?}
   * nor {@code …}, and are not scanned for them.
   */
  static boolean mayIntroduceSelf(Block block) {
    return mayIntroduceSelf(block.text(), block.hasAscii('!'), block.hasAscii('?'), block.maxChar() >= '\u2026');
  }

  /** {@link #mayIntroduceSelf(String)}, each terminator looked for only if the text may hold it. */
  private static boolean mayIntroduceSelf(String text, boolean mayHoldBang, boolean mayHoldQuestion, boolean mayHoldEllipsis) {
    int n = text.length();
    if (startsWithIntroWord(text, skipSpace(text, 0))) {
      return true;
    }
    // String.indexOf finds each terminator (vectorized under C2), so the letters between them, nearly
    // all of the text, are not looked at one by one.
    int dot = next(text, '.', 0);
    int bang = mayHoldBang ? next(text, '!', 0) : n;
    int question = mayHoldQuestion ? next(text, '?', 0) : n;
    int ellipsis = mayHoldEllipsis ? next(text, '\u2026', 0) : n;
    while (true) {
      int k = Math.min(Math.min(dot, bang), Math.min(question, ellipsis));
      if (k + 1 >= n) {
        return false;
      }
      if (isSpace(text.charAt(k + 1)) && startsWithIntroWord(text, skipSpace(text, k + 1))) {
        return true;
      }
      char c = text.charAt(k);
      if (c == '.') {
        dot = next(text, '.', k + 1);
      } else if (c == '!') {
        bang = next(text, '!', k + 1);
      } else if (c == '?') {
        question = next(text, '?', k + 1);
      } else {
        ellipsis = next(text, '\u2026', k + 1);
      }
    }
  }

  /** The first {@code c} in {@code text} at or after {@code from}, or the text's length. */
  private static int next(String text, char c, int from) {
    int i = text.indexOf(c, from);
    return i < 0 ? text.length() : i;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@link FoldedText#isSpace}, answered for ASCII without the Character look-ups. */
  private static boolean isSpace(char c) {
    return c < 128 ? c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F' : FoldedText.isSpace(c);
  }

  /** Whether the letters at {@code i}, lower-cased one by one as folding does, are one of {@link #INTRO_WORDS}. */
  private static boolean startsWithIntroWord(String text, int i) {
    int n = text.length();
    if (i >= n) {
      return false;
    }
    char first = text.charAt(i);
    // Most sentences start with an ASCII letter no intro word starts with: one look-up turns them away.
    if (first < 128 && !INTRO_FIRST[first] || !Character.isLetter(first)) {
      return false;
    }
    int end = i;
    while (end < n && Character.isLetter(text.charAt(end)) && end - i <= 5) {
      end++;
    }
    if (end - i > 5) {
      return false;
    }
    // Compared in place rather than cut out as a string: this runs at every sentence start of every block.
    for (String w : INTRO_WORD_LIST) {
      if (w.length() == end - i && lowerCaseMatches(text, i, w)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] INTRO_WORD_LIST = INTRO_WORDS.toArray(String[]::new);

  // The ASCII characters that lower-case to the first letter of an intro word.
  private static final boolean[] INTRO_FIRST = new boolean[128];

  static {
    for (String w : INTRO_WORD_LIST) {
      for (char c = 0; c < 128; c++) {
        INTRO_FIRST[c] |= Character.toLowerCase(c) == w.charAt(0);
      }
    }
  }

  /** Whether {@code text} at {@code i}, lower-cased one character at a time, reads {@code word}. */
  private static boolean lowerCaseMatches(String text, int i, String word) {
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence of the folded block (its start, or what follows "{@code . }", "{@code ! }" or
   * "{@code ? }") opens with a self-introduction. Only those few places are tried, and only when they
   * start with a letter an introduction can start with, instead of a regular-expression search at every
   * character.
   */
  static boolean introducesSelf(String folded) {
    Matcher m = SELF_INTRO.matcher(folded).useTransparentBounds(true);
    int n = folded.length();
    for (int at = 0; at < n; ) {
      char c = folded.charAt(at);
      if ((c == 'a' || c == 'i' || c == 'm' || c == 'h') && m.region(at, n).lookingAt()) {
        return true;
      }
      int next = -1;
      for (int i = at; i + 1 < n; i++) {
        char p = folded.charAt(i);
        if ((p == '.' || p == '!' || p == '?') && folded.charAt(i + 1) == ' ') {
          next = i + 2;
          break;
        }
      }
      if (next < 0) {
        break;
      }
      at = next;
    }
    return false;
  }

  private static int promoCues(String folded) {
    Set<Integer> distinct = new HashSet<>();
    for (PhraseMatcher.Match m : PROMO.findAll(folded)) {
      distinct.add(m.phrase());
    }
    return distinct.size();
  }

  private static boolean allCapitalised(String name) {
    for (String w : name.split(" ")) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String alternation(String resource) {
    return PhraseList.load(resource).phrases().stream()
        .map(p -> FoldedText.of(p).folded())
        .sorted((a, b) -> Integer.compare(b.length(), a.length()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
