package dev.copydesk.rules.internal;

import dev.copydesk.rules.PhraseList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word sets read from the rule pack's data files.
 *
 * <p>Stateless and thread-safe; the sets it returns are immutable.
 */
public final class Lexicon {

  private Lexicon() {}

  /**
   * The entries of {@code dev/copydesk/rules/<resource>}, normalized with {@link #normalize(String)}.
   * A missing file is a packaging error and fails the rule's class initialization.
   */
  public static Set<String> words(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String p : PhraseList.load(resource).phrases()) {
      out.add(normalize(p));
    }
    return Set.copyOf(out);
  }

  /** Lower case (root locale), curly apostrophes made straight. */
  public static String normalize(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.indexOf('\u2019') < 0 && lower.indexOf('\u2018') < 0
        ? lower
        : lower.replace('\u2019', '\'').replace('\u2018', '\'');
  }
}
