package dev.copydesk.rules.internal;

/**
 * The shape of personal names in running text: capitalised words ("Aiden", "O'Brien",
 * "Smith-Jones"), initials ("J.", "J.R."), all-caps bylines ("AIDEN JOHNSON") and the lower-case
 * particles of names ("de", "van", "bin"). Shape only: no dictionary is consulted, so callers pair it
 * with context (a "By" line, "is a reporter for").
 *
 * <p>Stateless; thread-safe.
 */
public final class Names {

  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "al", "el", "y", "dos", "das", "ter");

  private Names() {}

  /** Whether {@code w} looks like one word of a personal name. */
  public static boolean isNameWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    if (isInitial(w)) {
      return true;
    }
    char first = w.charAt(0);
    if (!Character.isUpperCase(first)) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c != '\'' && c != '\u2019' && c != '-' && c != '.') {
        return false;
      }
    }
    return letters >= 2;
  }

  /** "J.", "J.R.", "JR" is not: one or two capital letters each followed by a period. */
  public static boolean isInitial(String w) {
    if (w.length() == 2) {
      return Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }
    return w.length() == 4
        && Character.isUpperCase(w.charAt(0))
        && w.charAt(1) == '.'
        && Character.isUpperCase(w.charAt(2))
        && w.charAt(3) == '.';
  }

  /** A lower-case particle inside a name ("Ludwig van Beethoven"). */
  public static boolean isParticle(String w) {
    return PARTICLES.contains(w);
  }

  /** "Jr.", "Sr.", "II", "III", "IV". */
  public static boolean isSuffix(String w) {
    String t = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
    return t.equals("Jr.") || t.equals("Jr") || t.equals("Sr.") || t.equals("Sr") || t.equals("II") || t.equals("III")
        || t.equals("IV");
  }
}
