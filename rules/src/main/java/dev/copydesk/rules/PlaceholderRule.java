package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.style.StyleRule;
import dev.copydesk.core.text.FoldedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Placeholder text left in a draft: bracketed blanks ("[Your Name]", "[date]", "&lt;Insert link&gt;"),
 * filler ("lorem ipsum"), the newsroom's "TK" (to come), template tags ("{{ name }}") and "INSERT …
 * HERE".
 *
 * <p>Partly declarative: the metadata, the message and the filler phrases are in {@code
 * styles/placeholder.yml}. The shapes stay here because each is judged by the characters around it,
 * which a pattern without look-around cannot state and a phrase list cannot hold: a bracket's content
 * against the words in {@code placeholder-brackets.txt} but not when it is link text ("[report](…)") or
 * markup ("&lt;title&gt;"); a template tag but not a shortcode or a path ("{{< figure >}}", "{{
 * site.title }}"); "TK" but not after a determiner or before a capitalised word ("the TK", "TK Maxx"); and
 * one left-to-right scan so that a shape inside another ("INSERT [date] HERE") is reported once.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceholderRule implements ArticleRule {

  private static final StyleRule RULE = PackStyles.rule("placeholder");

  /** Longest bracket content looked at, in characters. */
  static final int MAX_BRACKET = 60;
  /** Longest "{{ … }}" tag, in characters. */
  static final int MAX_TAG = 100;
  /** Most characters between "INSERT" and "HERE". */
  static final int MAX_INSERT = 80;

  private static final Set<String> BRACKET_WORDS = new HashSet<>();
  private static final List<String> BRACKET_LEADS;

  static {
    List<String> leads = new java.util.ArrayList<>();
    for (String p : PhraseList.load("placeholder-brackets.txt").phrases()) {
      String f = FoldedText.of(p).folded();
      if (f.endsWith(".") || f.endsWith("...")) {
        // Not linear on long runs of dots, but applied only to the short entries of a bundled list.
        leads.add(f.replaceAll("[. ]+$", "") + " ");
      } else {
        BRACKET_WORDS.add(f);
      }
    }
    BRACKET_LEADS = List.copyOf(leads);
  }

  @Override
  public RuleMetadata metadata() {
    return RULE.metadata();
  }

  @Override
  public void check(Article article, RuleContext context) {
    RULE.check(article, context);
    List<Block> blocks = article.blocks();
    for (int j = 0; j < blocks.size(); j++) {
      Block block = blocks.get(j);
      if (block.isProse()) {
        scan(block, context);
      }
    }
  }

  /** The shapes, in one left-to-right scan of the block's text. */
  private static void scan(Block block, RuleContext context) {
    String text = block.text();
    if (!mayHoldShape(block)) {
      return;
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int next = i + 1;
      if (c == '{' && text.startsWith("{{", i)) {
        int close = text.indexOf("}}", i + 2);
        if (close > 0 && close - i <= MAX_TAG && isPlaceholderTag(text.substring(i + 2, close))) {
          report(context, block, i, close + 2);
          next = close + 2;
        }
      } else if (c == '[' || c == '<') {
        int close = closing(text, i, c == '[' ? ']' : '>');
        boolean linkText = c == '[' && close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '(';
        if (close > 0 && !linkText && isBracketPlaceholder(text.substring(i + 1, close), c == '<')) {
          report(context, block, i, close + 1);
          next = close + 1;
        }
      } else if (c == 'T' && isTk(text, i)) {
        report(context, block, i, i + 2);
        next = i + 2;
      } else if (c == 'I' && text.startsWith("INSERT", i) && wordAt(text, i, 6)) {
        int here = insertHere(text, i + 6);
        if (here > 0) {
          report(context, block, i, here);
          next = here;
        }
      }
      i = next;
    }
  }

  /**
   * Whether the block's text holds what every shape starts with: "{{", "[", "<", "TK" or "INSERT".
   * Nearly no paragraph does. The block's summary of its characters (read once, for every rule that asks
   * of it) says which of the shapes' characters it has, and only a block with every letter of "TK" or
   * of "INSERT", or a '{', is searched for the opening itself ("UK" and "News" put a 'K' or an 'N' in a
   * fifth of all news paragraphs; all six letters of "INSERT" are in one in fifty).
   */
  static boolean mayHoldShape(Block block) {
    String text = block.text();
    return block.hasAscii('[')
        || block.hasAscii('<')
        || block.hasAscii('{') && text.contains("{{")
        || block.hasAscii('K') && block.hasAscii('T') && holdsTk(text)
        || block.hasAscii('I') && block.hasAscii('N') && block.hasAscii('S') && block.hasAscii('E') && block.hasAscii('R')
            && block.hasAscii('T') && text.contains("INSERT");
  }

  /** Whether "TK" is in {@code text}, looked for from its 'K's, far fewer than its 'T's. */
  private static boolean holdsTk(String text) {
    for (int k = text.indexOf('K', 1); k > 0; k = text.indexOf('K', k + 1)) {
      if (text.charAt(k - 1) == 'T') {
        return true;
      }
    }
    return false;
  }

  private static void report(RuleContext context, Block block, int start, int end) {
    context.at(block, start, end).message(RULE.message(block.text().substring(start, end), null)).report();
  }

  private static int closing(String text, int open, char close) {
    char opener = text.charAt(open);
    int limit = Math.min(text.length(), open + 1 + MAX_BRACKET + 1);
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == close) {
        return j;
      }
      if (c == opener || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  static boolean isBracketPlaceholder(String content, boolean angle) {
    String f = FoldedText.of(content).folded().strip();
    if (f.isEmpty()) {
      return false;
    }
    // "<title>" is markup, not a blank; "<Your Name>" and "<INSERT LINK>" are blanks.
    if (angle && f.indexOf(' ') < 0 && !content.strip().equals(content.strip().toUpperCase(java.util.Locale.ROOT))) {
      return false;
    }
    if (BRACKET_WORDS.contains(f)) {
      return true;
    }
    for (String lead : BRACKET_LEADS) {
      if (f.startsWith(lead) && f.length() > lead.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "{{ name }}" is a blank; Hugo shortcodes ("{{< … >}}", "{{% … %}}") and Liquid or Go-template
   * expressions with a path, filter or call ("{{ site.title }}", "{{ x | upcase }}") are a site's templating.
   */
  static boolean isPlaceholderTag(String inner) {
    String t = inner.strip();
    if (t.isEmpty() || t.startsWith("<") || t.startsWith("%") || t.startsWith("-") || t.startsWith("/")) {
      return false;
    }
    return t.indexOf('.') < 0 && t.indexOf('|') < 0 && t.indexOf('(') < 0;
  }

  /** "TK" standing alone: not part of a word, a name ("TK Maxx") or a code ("TK-421"). */
  static boolean isTk(String text, int i) {
    if (!text.startsWith("TK", i) || !wordAt(text, i, 2)) {
      return false;
    }
    if (i > 0 && (text.charAt(i - 1) == '-' || text.charAt(i - 1) == '.')) {
      return false;
    }
    if (DETERMINERS.contains(previousWord(text, i))) {
      // "the TK", "der TK": an abbreviation used as a name (Techniker Krankenkasse), not a blank.
      return false;
    }
    int j = i + 2;
    if (j < text.length() && (text.charAt(j) == '-' || text.charAt(j) == '.' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1)))) {
      return false;
    }
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j >= text.length() || !(Character.isUpperCase(text.charAt(j)) || Character.isDigit(text.charAt(j)))
        || text.startsWith("TK", j);
  }

  /** The end of "HERE" after "INSERT …", within {@link #MAX_INSERT} characters and one sentence. */
  private static int insertHere(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_INSERT);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        return -1;
      }
      if (c == 'H' && text.startsWith("HERE", j) && wordAt(text, j, 4)) {
        return j + 4;
      }
    }
    return -1;
  }

  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "this", "that", "der", "die", "das", "den", "dem", "des", "la", "le", "el", "los", "les");

  private static String previousWord(String text, int i) {
    int e = i;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean wordAt(String text, int i, int len) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && (i + len >= text.length() || !Character.isLetterOrDigit(text.charAt(i + len)));
  }
}
