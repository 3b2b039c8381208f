package dev.copydesk.rules.internal;

import dev.copydesk.rules.PhraseList;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A verb list read from a data file of base forms ("speculate"), with irregular forms written as
 * {@code form=base} ("said=say"). Recognizes the base, third-person ({@code -s}, {@code -es}, {@code
 * -ies}) and past ({@code -d}, {@code -ed}, {@code -ied}) forms, and gives the third person singular
 * for messages ("Name who speculates").
 *
 * <p>Immutable and thread-safe.
 */
public final class VerbForms {

  private final Map<String, String> baseOf;

  private VerbForms(Map<String, String> baseOf) {
    this.baseOf = Map.copyOf(baseOf);
  }

  public static VerbForms load(String resource) {
    Map<String, String> m = new HashMap<>();
    for (String line : PhraseList.load(resource).phrases()) {
      String l = Lexicon.normalize(line);
      int eq = l.indexOf('=');
      if (eq > 0) {
        m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
        continue;
      }
      m.put(l, l);
      m.put(thirdPerson(l), l);
      if (l.endsWith("e")) {
        m.put(l + "d", l);
      } else if (l.endsWith("y") && l.length() > 2 && !isVowel(l.charAt(l.length() - 2))) {
        m.put(l.substring(0, l.length() - 1) + "ied", l);
      } else {
        m.put(l + "ed", l);
      }
    }
    return new VerbForms(m);
  }

  /** The base form of {@code lower}, or {@code null} if it is not one of the listed verbs. */
  public @Nullable String base(String lower) {
    return baseOf.get(lower);
  }

  /** Every form recognized: the words {@link #contains} says yes to. */
  public java.util.Set<String> forms() {
    return baseOf.keySet();
  }

  public boolean contains(String lower) {
    return baseOf.containsKey(lower);
  }

  /** "say" to "says", "worry" to "worries", "push" to "pushes". */
  public static String thirdPerson(String base) {
    if (base.equals("have")) {
      return "has";
    }
    if (base.endsWith("y") && base.length() > 2 && !isVowel(base.charAt(base.length() - 2))) {
      return base.substring(0, base.length() - 1) + "ies";
    }
    if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("o")) {
      return base + "es";
    }
    return base + "s";
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
