package dev.copydesk.rules.internal;

import java.util.Set;

/**
 * Tells proper names (people, organisations, publications) from other capitalized words, by shape:
 * a capitalized word that is not a function word, a pronoun, a day or month, or a vague source, and that
 * either stands inside the sentence or, at its start, is followed by another capitalized word or by a
 * verb of saying ("Reuters reported"). Honorifics ("Mr", "Dr") followed by a capitalized word count.
 *
 * <p>Stateless and thread-safe: the word lists are read once, when the class loads.
 */
public final class ProperNames {

  private static final Set<String> NOT_NAMES = Lexicon.words("capitalized-non-names.txt");
  private static final Set<String> HONORIFICS = Lexicon.words("honorifics.txt");

  private ProperNames() {}

  /** Whether word {@code i} of {@code w} looks like (part of) a proper name. */
  public static boolean isName(Words w, int i) {
    if (i < 0 || i >= w.size() || w.isNumber(i) || !w.isCapitalized(i)) {
      return false;
    }
    String lower = w.lower(i);
    if (HONORIFICS.contains(lower)) {
      return i + 1 < w.size() && w.isCapitalized(i + 1);
    }
    if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(stripPossessive(lower))) {
      return false;
    }
    if (i > 0) {
      return true;
    }
    // Sentence-initial: capitalized anyway, so ask for more evidence.
    if (i + 1 < w.size()) {
      return (w.isCapitalized(i + 1) && !NOT_NAMES.contains(w.lower(i + 1)))
          || Attribution.isSpeechVerb(w.lower(i + 1));
    }
    return false;
  }

  /** Whether {@code lower} is a capitalized word that is not a name ("The", "However", "Experts"). */
  public static boolean isNotName(String lower) {
    return NOT_NAMES.contains(lower) || HONORIFICS.contains(lower);
  }

  /** Whether any word in {@code [from, to)} is a name. */
  public static boolean anyName(Words w, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, w.size()); i++) {
      if (isName(w, i)) {
        return true;
      }
    }
    return false;
  }

  static String stripPossessive(String lower) {
    if (lower.endsWith("'s")) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.endsWith("s'")) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }
}
