package dev.copydesk.rules.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of normalized words asked about every word of every sentence, where nearly every answer is no.
 * A table of the first letters and lengths its words have answers most of those noes before the
 * word's hash is looked up: on news text that skips the hash table for some nine words in ten.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSet {

  private static final int MAX_LENGTH = 31;

  private final Set<String> words;
  // For each ASCII first character, a bit per length (lengths over 31 share the top bit).
  private final int[] lengthsByFirst = new int[128];
  // Whether some word starts with a character outside ASCII: those go to the table.
  private final boolean nonAsciiFirst;

  private WordSet(Set<String> words) {
    this.words = new HashSet<>(words);
    boolean other = false;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (c < 128) {
        lengthsByFirst[c] |= 1 << Math.min(w.length(), MAX_LENGTH);
      } else {
        other = true;
      }
    }
    this.nonAsciiFirst = other;
  }

  public static WordSet of(Set<String> words) {
    return new WordSet(words);
  }

  public boolean contains(String word) {
    if (word.isEmpty()) {
      return words.contains(word);
    }
    char c = word.charAt(0);
    if (c < 128) {
      if ((lengthsByFirst[c] & (1 << Math.min(word.length(), MAX_LENGTH))) == 0) {
        return false;
      }
    } else if (!nonAsciiFirst) {
      return false;
    }
    return words.contains(word);
  }

  public int size() {
    return words.size();
  }
}
