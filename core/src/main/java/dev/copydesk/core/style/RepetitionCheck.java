package dev.copydesk.core.style;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code type: repetition}: the same word (or token) twice in a row, as in "the the". By default a token
 * is a word; the two must be separated by white space only (Vale's reading, for Vale styles: by
 * anything that does not end a sentence). Words in {@code exceptions} ("had had", "that that") may
 * repeat. The fix deletes the second occurrence.
 *
 * <p>Immutable and thread-safe.
 */
final class RepetitionCheck implements Check {

  static final Set<String> PLACEHOLDERS = Set.of("match");

  /** A word: letters and digits with inner apostrophes or hyphens. */
  static final String WORD = "[\\p{L}\\p{Nd}]+(?:['\u2019\\-][\\p{L}\\p{Nd}]+)*";

  /** What may stand between the two occurrences. */
  enum Separator {
    /** White space only (our rules). */
    SPACE,
    /** Anything without a sentence end (Vale's rules). */
    SAME_SENTENCE
  }

  private final Pattern pattern;
  private final boolean ignoreCase;
  private final boolean alpha;
  private final int max;
  private final Set<String> exceptions;
  private final Separator separator;
  private final MessageTemplate message;

  /**
   * @param tokens patterns joined into one; empty for words
   * @param max repeats allowed before a finding (Vale's {@code max}; 0 for ours)
   * @throws com.google.re2j.PatternSyntaxException for a token RE2 cannot compile
   */
  RepetitionCheck(
      List<String> tokens,
      boolean ignoreCase,
      boolean alpha,
      int max,
      List<String> exceptions,
      Separator separator,
      MessageTemplate message) {
    String joined = tokens.isEmpty() ? WORD : String.join("|", tokens);
    this.pattern = Pattern.compile("(" + joined + ")", ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    this.ignoreCase = ignoreCase;
    this.alpha = alpha;
    this.max = max;
    this.exceptions = exceptions.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.separator = separator;
    this.message = message;
  }

  @Override
  public void run(List<Unit> units, Article article, RuleContext context) {
    for (Unit unit : units) {
      String text = unit.text();
      Matcher m = pattern.matcher(text);
      String prev = null;
      int prevStart = -1;
      int prevEnd = -1;
      int count = 0;
      while (m.find()) {
        if (m.end() == m.start()) {
          continue;
        }
        String curr = text.substring(m.start(), m.end()).strip();
        boolean hit =
            prev != null
                && !curr.isEmpty()
                && (ignoreCase ? curr.equalsIgnoreCase(prev) : curr.equals(prev))
                && (!alpha || curr.chars().allMatch(Character::isLetter))
                && !exceptions.contains(curr.toLowerCase(Locale.ROOT))
                && separated(text, prevEnd, m.start());
        if (hit) {
          count++;
        } else {
          count = 0;
        }
        if (hit && count > max) {
          Span span = unit.toSource(prevStart, m.end());
          Map<String, String> values = new LinkedHashMap<>();
          values.put("match", MessageTemplate.quote(curr));
          RuleContext.FindingBuilder b = context.at(span).message(message.format(values));
          if (unit.isVerbatim(article.source(), prevStart, m.end())) {
            b.fix(Fix.replace(span, text.substring(prevStart, prevEnd)));
          }
          b.report();
          count = 0;
        }
        prev = curr;
        prevStart = m.start();
        prevEnd = m.end();
      }
    }
  }

  private boolean separated(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (separator == Separator.SPACE ? !Character.isWhitespace(c) && !Character.isSpaceChar(c) : c == '.' || c == '!' || c == '?') {
        return false;
      }
    }
    return true;
  }
}
