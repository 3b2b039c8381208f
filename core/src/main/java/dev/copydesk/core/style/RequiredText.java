package dev.copydesk.core.style;

import dev.copydesk.core.text.SkipScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Strings one of which every match of a set of patterns contains ("daily", "weekly"... in a pattern for
 * newsletter digests): a text that holds none of them cannot match, and RE2 need not read it. RE2/J
 * reads some 25 to 40 MB/s when a pattern has to be looked for anywhere in a text; a scan for a few
 * strings reads several times faster. Found by {@link FirstLetters#requiredLiterals}.
 *
 * <p>Strings and text are compared after {@link #norm}, which maps every case variant RE2 folds
 * together onto one form, so one filter serves patterns that ignore case and patterns that do not (for
 * those it lets a few more texts through, never fewer).
 *
 * <p>Immutable and thread-safe.
 */
final class RequiredText {

  // The strings looked for by skip (when there is one) or by the scan of every character: all but the
  // caseless and short ones.
  private final String[] strings;
  // For each pair of ASCII characters, whether some string starts with it: most positions of a text
  // start none, and one look-up tells. Strings of one character, or starting outside ASCII, are
  // checked at every position instead.
  private final boolean[] firstPairs = new boolean[128 * 128];
  // The strings that start with each ASCII character (of those the pair table covers).
  private final String[][] byFirst = new String[128][];
  private final boolean anyShortOrOther;
  // Strings that are one character with no case variants (such as the copyright sign): found by
  // String.indexOf, which is faster than any scan here.
  private final String[] caseless;
  // When every scanned string is long enough, the places where one may start, found by skipping (see
  // SkipScanner): most characters of a text are then never read. Null otherwise.
  private final @Nullable SkipScanner skip;
  // Strings left out of the scanner because they are too short for its window ("sms" among the names of
  // share buttons, "(c)" among copyright marks), which would otherwise leave every character to be read:
  // each is found by String.indexOf of its least varied character (see Short). Empty when none are.
  private final Short[] shortOnes;
  /** The most strings left to {@link Short} for the others to be skipped through. */
  static final int MAX_SHORT = 3;

  /**
   * A string found through one of its characters: the one at {@code anchor}, whose case variants (every
   * character whose {@link #norm} it is) are fewest, each looked for by {@link String#indexOf}, which
   * reads many characters at a step.
   */
  private record Short(String string, int anchor, char[] variants) {

    boolean occursIn(String text) {
      for (char v : variants) {
        for (int i = text.indexOf(v, anchor); i >= 0; i = text.indexOf(v, i + 1)) {
          int start = i - anchor;
          if (norm(text.charAt(start)) == string.charAt(0) && startsAt(text, start, string)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  // Every string, as given.
  private final List<String> all;
  // For a filter of several owners' strings (see anyOf), the owners of each string, a bit each; else empty.
  private final Map<String, Long> owners;
  // Every owner's bit (1 when there are no owners).
  private final long everyOwner;

  private RequiredText(List<String> strings) {
    this(strings, Map.of());
  }

  private RequiredText(List<String> strings, Map<String, Long> owners) {
    this.all = List.copyOf(strings);
    this.owners = Map.copyOf(owners);
    long every = 0;
    for (long bits : owners.values()) {
      every |= bits;
    }
    this.everyOwner = owners.isEmpty() ? 1 : every;
    List<String> scanned = new ArrayList<>();
    List<String> caseless = new ArrayList<>();
    boolean other = false;
    for (String s : strings) {
      if (s.length() >= 2 && s.charAt(0) < 128 && s.charAt(1) < 128) {
        firstPairs[s.charAt(0) * 128 + s.charAt(1)] = true;
        scanned.add(s);
      } else if (s.length() == 1 && hasNoCase(s.charAt(0))) {
        caseless.add(s);
      } else {
        other = true;
        scanned.add(s);
      }
    }
    String[] searched = scanned.toArray(String[]::new);
    for (char c = 0; c < 128; c++) {
      char first = c;
      String[] starting = scanned.stream().filter(x -> x.charAt(0) == first).toArray(String[]::new);
      byFirst[c] = starting;
    }
    this.caseless = caseless.toArray(String[]::new);
    this.anyShortOrOther = other;
    SkipScanner all = scanned.isEmpty() ? null : SkipScanner.ignoringCase(scanned);
    Short[] shortOnes = new Short[0];
    if (all == null && scanned.size() > 1) {
      // The shortest strings, up to MAX_SHORT, left to String.indexOf when the rest can be skipped through.
      List<String> byLength = new ArrayList<>(scanned);
      byLength.sort(Comparator.comparingInt(String::length));
      for (int k = 1; k <= MAX_SHORT && k < byLength.size(); k++) {
        List<String> rest = byLength.subList(k, byLength.size());
        SkipScanner longer = SkipScanner.ignoringCase(rest);
        Short[] anchored = anchored(byLength.subList(0, k));
        if (longer != null && anchored != null) {
          all = longer;
          shortOnes = anchored;
          searched = rest.toArray(String[]::new);
          break;
        }
      }
    }
    this.strings = searched;
    this.skip = all;
    this.shortOnes = shortOnes;
  }

  /** {@code strings} each anchored at its least varied character, or null if one has a character outside ASCII. */
  private static Short @Nullable [] anchored(List<String> strings) {
    Short[] out = new Short[strings.size()];
    for (int i = 0; i < out.length; i++) {
      String s = strings.get(i);
      int best = -1;
      char[] bestVariants = null;
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c >= 128) {
          return null;
        }
        char[] v = variants(c);
        if (bestVariants == null || v.length < bestVariants.length
            || v.length == bestVariants.length && rarity(c) > rarity(s.charAt(best))) {
          best = k;
          bestVariants = v;
        }
      }
      out[i] = new Short(s, best, bestVariants);
    }
    return out;
  }

  // Letters from the most to the least common in English: of two anchors with as many variants, the
  // rarer stops String.indexOf less often.
  private static final String LETTERS_BY_FREQUENCY = "etaoinsrhldcumfpgwybvkxjqz";

  private static int rarity(char c) {
    return LETTERS_BY_FREQUENCY.indexOf(c);
  }

  /**
   * Every character whose {@link #norm} is ASCII character {@code c}: itself and its other case, and the
   * four characters outside ASCII whose norm is in ASCII (the dotted and dotless i, the long s, the
   * Kelvin sign). Written out rather than found by reading all 65,536 characters; a test reads them all
   * to check it.
   */
  static char[] variants(char c) {
    StringBuilder all = new StringBuilder(4);
    for (char a = 0; a < 128; a++) {
      if (norm(a) == c) {
        all.append(a);
      }
    }
    all.append(switch (c) {
      case 'i' -> "\u0130\u0131";
      case 's' -> "\u017F";
      case 'k' -> "\u212A";
      default -> "";
    });
    return all.toString().toCharArray();
  }

  /** Whether {@code c} is the only character {@link #norm} maps to its form. */
  static boolean hasNoCase(char c) {
    return !Character.isLetter(c) && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c && Character.getType(c) != Character.LETTER_NUMBER;
  }

  /**
   * The filter for patterns each of which needs one of its strings ({@link
   * FirstLetters#requiredLiterals}), or {@code null} when some pattern needs none or the list is empty.
   */
  static @Nullable RequiredText of(List<@Nullable List<String>> perPattern) {
    List<String> all = new ArrayList<>();
    for (List<String> r : perPattern) {
      if (r == null || r.isEmpty() || r.stream().anyMatch(String::isEmpty)) {
        return null;
      }
      all.addAll(r);
    }
    return all.isEmpty() ? null : new RequiredText(all);
  }

  /**
   * The filter for texts that hold one of {@code strings} (each normalized, see {@link #norm}), or
   * {@code null} when there are none or one is empty.
   */
  static @Nullable RequiredText anyOf(List<List<String>> perOwner) {
    Map<String, Long> owners = new HashMap<>();
    List<String> all = new ArrayList<>();
    for (int o = 0; o < perOwner.size(); o++) {
      long bit = 1L << Math.min(o, 63);
      for (String s : perOwner.get(o)) {
        String n = norm(s);
        if (n.isEmpty()) {
          return null;
        }
        Long was = owners.get(n);
        if (was == null) {
          all.add(n);
        }
        owners.put(n, was == null ? bit : was | bit);
      }
    }
    return all.isEmpty() ? null : new RequiredText(all, owners);
  }

  /** Every string one of which a text must hold, normalized (see {@link #norm}). */
  List<String> strings() {
    return all;
  }

  /**
   * Which owners' strings {@code text} holds, compared after {@link #norm}: for a filter made by {@link
   * #anyOf(List)}, the bit of each owner (the 64th and later share the last); for any other, 1 if it
   * holds one of the strings. Reads the whole text (where {@link #mayMatch} stops at the first string)
   * unless every owner is found sooner.
   */
  long holders(String text) {
    long every = everyOwner;
    long found = 0;
    for (String c : caseless) {
      if (text.indexOf(c.charAt(0)) >= 0) {
        found |= ownersOf(c);
      }
    }
    for (Short s : shortOnes) {
      if (s.occursIn(text)) {
        found |= ownersOf(s.string());
      }
    }
    if (strings.length == 0 || found == every) {
      return found;
    }
    SkipScanner sk = skip;
    if (sk != null) {
      long[] seen = {found};
      sk.scan(text, pos -> {
        seen[0] |= holdersAt(sk, text, pos);
        return seen[0] == every;
      });
      return seen[0];
    }
    int n = text.length();
    for (int i = 0; i < n && found != every; i++) {
      char c = norm(text.charAt(i));
      for (String s : c < 128 ? byFirst[c] : strings) {
        if (s.charAt(0) == c && startsAt(text, i, s)) {
          found |= ownersOf(s);
        }
      }
    }
    return found;
  }

  private long ownersOf(String s) {
    Long bits = owners.get(s);
    return bits == null ? 1 : bits;
  }

  /** The owners of the strings that open the window ending at {@code pos}, a stop of {@code skip}. */
  private long holdersAt(SkipScanner skip, String text, int pos) {
    long found = 0;
    for (int k = skip.candidateCount(text, pos) - 1; k >= 0; k--) {
      int c = skip.candidate(text, pos, k);
      String s = strings[c];
      int start = skip.start(c, pos);
      if (start >= 0 && norm(text.charAt(start)) == s.charAt(0) && startsAt(text, start, s)) {
        found |= ownersOf(s);
      }
    }
    return found;
  }

  /** Whether {@link #mayMatch} skips through texts rather than read every character: for tests. */
  boolean skips() {
    return skip != null;
  }

  /** Whether {@code text} contains one of the strings, compared after {@link #norm}. */
  boolean mayMatch(String text) {
    for (String c : caseless) {
      if (text.indexOf(c.charAt(0)) >= 0) {
        return true;
      }
    }
    for (Short s : shortOnes) {
      if (s.occursIn(text)) {
        return true;
      }
    }
    if (strings.length == 0) {
      return false;
    }
    SkipScanner sk = skip;
    if (sk != null) {
      return sk.scan(text, pos -> occursAt(sk, text, pos));
    }
    int n = text.length();
    char next = n == 0 ? 0 : norm(text.charAt(0));
    for (int i = 0; i < n; i++) {
      char c = next;
      next = i + 1 < n ? norm(text.charAt(i + 1)) : 0;
      if (!anyShortOrOther && (c >= 128 || next >= 128 || !firstPairs[c * 128 + next])) {
        continue;
      }
      for (String s : c < 128 ? byFirst[c] : strings) {
        if (s.charAt(0) == c && startsAt(text, i, s)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one of the strings that may open the window ending at {@code pos}, a stop of {@code skip}, is there. */
  private boolean occursAt(SkipScanner skip, String text, int pos) {
    for (int k = skip.candidateCount(text, pos) - 1; k >= 0; k--) {
      int c = skip.candidate(text, pos, k);
      String s = strings[c];
      int start = skip.start(c, pos);
      if (start >= 0 && norm(text.charAt(start)) == s.charAt(0) && startsAt(text, start, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(String text, int at, String s) {
    if (at + s.length() > text.length()) {
      return false;
    }
    for (int k = 1; k < s.length(); k++) {
      if (norm(text.charAt(at + k)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * One form for the case variants of {@code c}: lower case of upper case, which maps "K", "k" and the
   * Kelvin sign to "k", and "S", "s" and the long s to "s".
   */
  static char norm(char c) {
    return SkipScanner.caseKey(c);
  }

  static String norm(String s) {
    return SkipScanner.caseKeys(s);
  }

  /** Of two lists of required strings, the one that turns more texts away: longer shortest string. */
  static @Nullable List<String> better(@Nullable List<String> a, @Nullable List<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int ma = a.stream().mapToInt(String::length).min().orElse(0);
    int mb = b.stream().mapToInt(String::length).min().orElse(0);
    if (ma != mb) {
      return ma > mb ? a : b;
    }
    return a.size() <= b.size() ? a : b;
  }
}
