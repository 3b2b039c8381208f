package dev.copydesk.core.style;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code type: capitalization}: a unit (by default each heading) in title case, sentence case, lower
 * or upper case, or matching a pattern. As in Vale, title and sentence case pass when more than {@code
 * threshold} (0.8) of the words conform, so an unknown proper noun does not fail a heading on its own;
 * words in {@code exceptions}, all-capital words (acronyms) and words with inner capitals ("iPhone")
 * always conform. The finding offers the corrected text as a fix when the unit has no markup inside.
 *
 * <p>Title case follows AP (lower-case articles, coordinating conjunctions and prepositions of up to
 * three letters) or Chicago (lower-case every preposition); the first and last words are capitalised.
 *
 * <p>Immutable and thread-safe.
 */
final class CapitalizationCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("match", "expected", "case");

  /** The case a unit must be in. */
  enum Case {
    TITLE("title"),
    SENTENCE("sentence"),
    LOWER("lower"),
    UPPER("upper"),
    PATTERN("pattern");

    final String id;

    Case(String id) {
      this.id = id;
    }
  }

  /** Title-case style. */
  enum Style {
    AP,
    CHICAGO
  }

  private static final Set<String> AP_MINOR =
      Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off",
          "on", "out", "per", "to", "up", "via", "v", "vs");
  private static final Set<String> CHICAGO_MINOR;

  static {
    Set<String> c = new java.util.HashSet<>(AP_MINOR);
    c.addAll(
        Set.of("about", "above", "across", "after", "against", "along", "amid", "among", "around", "before", "behind",
            "below", "beneath", "beside", "besides", "between", "beyond", "despite", "down", "during", "except", "from",
            "inside", "into", "like", "near", "onto", "opposite", "outside", "over", "past", "since", "than", "through",
            "throughout", "till", "toward", "towards", "under", "underneath", "unlike", "until", "upon", "versus", "with",
            "within", "without"));
    CHICAGO_MINOR = Set.copyOf(c);
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019\\-]*");

  private final Case match;
  private final Style style;
  private final @Nullable Pattern pattern;
  private final @Nullable Pattern exceptions;
  private final List<String> indicators;
  private final double threshold;
  private final MessageTemplate message;

  CapitalizationCheck(
      Case match,
      Style style,
      @Nullable Pattern pattern,
      @Nullable Pattern exceptions,
      List<String> indicators,
      double threshold,
      MessageTemplate message) {
    this.match = match;
    this.style = style;
    this.pattern = pattern;
    this.exceptions = exceptions;
    this.indicators = List.copyOf(indicators);
    this.threshold = threshold;
    this.message = message;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    double t = OccurrenceCheck.option(context, "threshold", threshold);
    for (Unit unit : units) {
      String text = unit.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      int lead = unit.text().indexOf(text);
      String expected = judge(text, t);
      if (expected == null) {
        continue;
      }
      Span span = unit.toSource(lead, lead + text.length());
      Map<String, String> values = new LinkedHashMap<>();
      values.put("match", MessageTemplate.quote(text));
      values.put("expected", expected.equals(text) ? "" : MessageTemplate.quote(expected));
      values.put("case", match == Case.PATTERN ? "the required" : match.id);
      RuleContext.FindingBuilder b = context.at(span).message(message.format(values));
      if (!expected.equals(text) && unit.isVerbatim(article.source(), lead, lead + text.length())) {
        b.fix(Fix.replace(span, expected));
      }
      b.report();
    }
  }

  /** Null when {@code text} conforms; else the text as it should read (or itself when unknown). */
  @Nullable String judge(String text, double threshold) {
    switch (match) {
      case LOWER:
        return text.equals(text.toLowerCase(Locale.ROOT)) || excepted(text) ? null : text.toLowerCase(Locale.ROOT);
      case UPPER:
        return text.equals(text.toUpperCase(Locale.ROOT)) || excepted(text) ? null : text.toUpperCase(Locale.ROOT);
      case PATTERN:
        return pattern != null && pattern.matcher(text).find() || excepted(text) ? null : text;
      default:
        break;
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    if (words.isEmpty()) {
      return null;
    }
    boolean[] excepted = exceptedWords(text, words);
    StringBuilder fixed = new StringBuilder(text);
    int conforming = 0;
    Set<String> minor = style == Style.CHICAGO ? CHICAGO_MINOR : AP_MINOR;
    for (int i = 0; i < words.size(); i++) {
      int s = words.get(i)[0];
      String w = text.substring(s, words.get(i)[1]);
      // Linear: a one-character class, no repetition.
      String head = w.split("['\u2019\\-]")[0];
      if (excepted[i] || isAcronym(head) || hasInnerCapital(head) || !Character.isLetter(head.charAt(0))) {
        conforming++;
        continue;
      }
      boolean upper = Character.isUpperCase(head.charAt(0));
      boolean shouldUpper;
      if (match == Case.TITLE) {
        boolean edge = i == 0 || i == words.size() - 1 || afterIndicator(text, words, i, List.of(":"));
        shouldUpper = edge || !minor.contains(head.toLowerCase(Locale.ROOT));
      } else {
        shouldUpper = i == 0;
        if (!shouldUpper && afterIndicator(text, words, i, indicators)) {
          conforming++;
          continue;
        }
      }
      if (upper == shouldUpper) {
        conforming++;
      } else {
        char c = text.charAt(s);
        fixed.setCharAt(s, shouldUpper ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }
    double share = (double) conforming / words.size();
    return share > threshold ? null : fixed.toString();
  }

  private boolean excepted(String text) {
    return exceptions != null && exceptions.matcher(text).matches();
  }

  private boolean[] exceptedWords(String text, List<int[]> words) {
    boolean[] out = new boolean[words.size()];
    if (exceptions == null) {
      return out;
    }
    Matcher m = exceptions.matcher(text);
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i)[0] >= m.start() && words.get(i)[1] <= m.end()) {
          out[i] = true;
        }
      }
    }
    return out;
  }

  private static boolean afterIndicator(String text, List<int[]> words, int i, List<String> indicators) {
    if (i == 0 || indicators.isEmpty()) {
      return false;
    }
    String between = text.substring(words.get(i - 1)[0], words.get(i)[0]).stripTrailing();
    for (String ind : indicators) {
      if (!ind.isEmpty() && between.endsWith(ind)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAcronym(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letters >= 2;
  }

  private static boolean hasInnerCapital(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
