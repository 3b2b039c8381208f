package dev.copydesk.core.style;

import com.google.re2j.Pattern;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Matches a rule lets pass. Ours are phrases: a match whose folded text equals one is not flagged.
 * Vale's are regular expressions found anywhere in the match, word-bounded, as Vale reads them.
 *
 * <p>Immutable and thread-safe.
 */
final class Exceptions {

  static final Exceptions NONE = new Exceptions(Set.of(), Folding.IGNORE_CASE, null);

  private final Set<String> phrases;
  private final Folding folding;
  private final @Nullable Pattern pattern;

  private Exceptions(Set<String> phrases, Folding folding, @Nullable Pattern pattern) {
    this.phrases = phrases;
    this.folding = folding;
    this.pattern = pattern;
  }

  /** Phrases compared to the whole match, folded with {@code folding}. */
  static Exceptions phrases(List<String> list, Folding folding) {
    if (list.isEmpty()) {
      return NONE;
    }
    Set<String> set = new HashSet<>();
    for (String s : list) {
      set.add(FoldedText.of(s, folding).folded());
    }
    return new Exceptions(Set.copyOf(set), folding, null);
  }

  /**
   * Vale's reading: {@code \b(?:e1|e2|…)\b}, longest first, searched in the match.
   *
   * @throws com.google.re2j.PatternSyntaxException for an exception RE2 cannot compile
   */
  static Exceptions valeRegex(List<String> list) {
    if (list.isEmpty()) {
      return NONE;
    }
    List<String> sorted = list.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    return new Exceptions(Set.of(), Folding.MATCH_CASE, Pattern.compile("\\b(?:" + String.join("|", sorted) + ")\\b"));
  }

  boolean isEmpty() {
    return phrases.isEmpty() && pattern == null;
  }

  /** Whether the match {@code text[start, end)} is let pass. */
  boolean excludes(String text, int start, int end) {
    String observed = text.substring(start, end);
    if (pattern != null) {
      if (pattern.matcher(observed.strip()).find()) {
        return true;
      }
      // As Vale does, a match inside a longer exception phrase ("some say" in "some say so") passes too.
      com.google.re2j.Matcher m = pattern.matcher(text);
      while (m.find()) {
        if (m.start() <= start && m.end() >= end && m.end() > m.start()) {
          return true;
        }
      }
      return false;
    }
    return excludes(observed);
  }

  /** Whether {@code observed} is let pass, judged on its own. */
  boolean excludes(String observed) {
    if (pattern != null) {
      return pattern.matcher(observed.strip()).find();
    }
    return !phrases.isEmpty() && phrases.contains(FoldedText.of(observed, folding).folded());
  }
}
