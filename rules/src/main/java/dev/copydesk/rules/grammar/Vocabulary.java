package dev.copydesk.rules.grammar;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words the spelling rule accepts besides LanguageTool's dictionary. An entry written in lower case
 * accepts the word in any case ({@code copyedit} accepts "Copyedit" and "COPYEDIT"); an entry with a
 * capital accepts that spelling and its all-capitals form ({@code Copydesk} accepts "COPYDESK" in a
 * headline but not "copydesk"). A phrase ({@code Keir Starmer}, {@code Jean-Luc}) accepts each of its
 * words. A flagged word is also accepted without a possessive ending ("Copydesk's").
 *
 * <p>Immutable and thread-safe.
 */
final class Vocabulary {

  static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of());

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011]+");

  /** Accepted as written (and in capitals). */
  private final Set<String> exact;
  /** Accepted in any case; stored lower case. */
  private final Set<String> anyCase;

  private Vocabulary(Set<String> exact, Set<String> anyCase) {
    this.exact = exact;
    this.anyCase = anyCase;
  }

  /** A vocabulary of {@code entries}: words or phrases; blank entries are ignored. */
  static Vocabulary of(Collection<String> entries) {
    if (entries.isEmpty()) {
      return EMPTY;
    }
    Set<String> exact = new HashSet<>();
    Set<String> anyCase = new HashSet<>();
    for (String entry : entries) {
      for (String word : WORD_SEPARATORS.split(entry.strip())) {
        if (word.isEmpty()) {
          continue;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.equals(lower)) {
          anyCase.add(lower);
        } else {
          exact.add(word);
          exact.add(word.toUpperCase(Locale.ROOT));
        }
      }
    }
    return new Vocabulary(Set.copyOf(exact), Set.copyOf(anyCase));
  }

  /**
   * Reads a vocabulary file's text: one word or phrase a line; blank lines and lines starting with
   * {@code #} are ignored.
   */
  static List<String> parseLines(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return body.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  boolean isEmpty() {
    return exact.isEmpty() && anyCase.isEmpty();
  }

  /** Whether {@code word}, as flagged, is accepted. */
  boolean accepts(String word) {
    if (isEmpty() || word.isEmpty()) {
      return false;
    }
    if (acceptsWord(word) || acceptsWord(withoutPossessive(word))) {
      return true;
    }
    String[] parts = WORD_SEPARATORS.split(word);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!p.isEmpty() && !acceptsWord(p) && !acceptsWord(withoutPossessive(p))) {
        return false;
      }
    }
    return true;
  }

  private boolean acceptsWord(String w) {
    return exact.contains(w) || anyCase.contains(w.toLowerCase(Locale.ROOT));
  }

  private static String withoutPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'S") || w.endsWith("\u2019S"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 1 && (w.endsWith("'") || w.endsWith("\u2019"))) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
