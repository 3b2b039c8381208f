package dev.copydesk.rules.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * A set of normalized words asked about every word of every sentence, where nearly every answer is no.
 * Each set takes a word class (see {@link WordClasses}) while there are classes left: a {@link Words}
 * view gives every word the classes it may be in as it is made, so the set asks of a word one bit, and
 * of a sentence holding none of its words, nothing. A set with no class, or a view made before it, falls
 * back on tables of the first letters and lengths its words have, and of their first two letters, that
 * answer most noes before the word's hash is looked up. The words themselves are found by the hash the
 * {@link Words} view keeps, in a small open-addressing table, and compared with the word as written: a
 * word of the text is never lower-cased into a new string to be looked up.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSet {

  private static final int MAX_LENGTH = 31;

  private final Set<String> words;
  // For each ASCII first character, a bit per length (lengths over 31 share the top bit).
  private final int[] lengthsByFirst = new int[128];
  // For each pair of ASCII first two characters of a word, a bit (one-letter words: the pair with 0).
  private final long[] firstPairs = new long[128 * 128 / 64];
  // Whether some word has a character outside ASCII first or second: such words go to the table.
  private final boolean nonAsciiFirst;
  // A bit per value of the words' String.hashCode, folded to HASH_BITS bits: a word whose bit is clear
  // is not in the set, and its normalized form need not be made to say so.
  private final long[] hashes = new long[HASH_BITS / 64];
  private static final int HASH_BITS = 8192;
  // The words by their String.hashCode, linear probing; a slot with a null key is free.
  private final int mask;
  private final int[] tableHashes;
  private final String[] tableKeys;
  // This set's word class (see WordClasses) and its registry, or -1 if it has none: then each word is
  // asked by its shape.
  private final WordClasses registry;
  private final int wordClass;

  private WordSet(Set<String> words, WordClasses registry) {
    this.words = new HashSet<>(words);
    int capacity = Integer.highestOneBit(Math.max(1, words.size()) * 2 - 1) << 1;
    this.mask = capacity - 1;
    this.tableHashes = new int[capacity];
    this.tableKeys = new String[capacity];
    for (String w : this.words) {
      int slot = mix(w.hashCode()) & mask;
      while (tableKeys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      tableHashes[slot] = w.hashCode();
      tableKeys[slot] = w;
    }
    boolean other = false;
    for (String w : words) {
      int h = fold(w.hashCode());
      hashes[h >>> 6] |= 1L << h;
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      char d = w.length() > 1 ? w.charAt(1) : 0;
      if (c < 128 && d < 128) {
        lengthsByFirst[c] |= 1 << Math.min(w.length(), MAX_LENGTH);
        int pair = c * 128 + d;
        firstPairs[pair >>> 6] |= 1L << pair;
      } else {
        other = true;
      }
    }
    this.nonAsciiFirst = other;
    this.registry = registry;
    this.wordClass = registry.register(this.words);
  }

  public static WordSet of(Set<String> words) {
    return new WordSet(words, WordClasses.SHARED);
  }

  /** A set whose class, if it gets one, is of {@code registry}. */
  static WordSet of(Set<String> words, WordClasses registry) {
    return new WordSet(words, registry);
  }

  /** Whether normalized word {@code i} of {@code w} is in the set: {@link #contains(String)}, from its shape. */
  public boolean contains(Words w, int i) {
    int known = wordClass < 0 ? -1 : w.inClass(registry, wordClass, i);
    if (known == 0 || (known < 0 && !mayContain(w, i))) {
      return false;
    }
    int h = w.hash(i);
    for (int slot = mix(h) & mask; tableKeys[slot] != null; slot = (slot + 1) & mask) {
      if (tableHashes[slot] == h && w.is(i, tableKeys[slot])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether normalized word {@code i} of {@code w} may be in the set: false only if it is not. Answered
   * from the word's shape and hash alone, for a caller that looks the word up again anyway.
   */
  public boolean mayContain(Words w, int i) {
    return nextMayContain(w, i, i + 1) == i;
  }

  /**
   * The first word of {@code w} in {@code [from, to)} that {@link #mayContain may be in the set}, or
   * {@code to} if none: the words in one call, for callers that ask of every word of a sentence. Under
   * C1, the command line's compiler, a call per word that is not inlined costs more than the look-up,
   * and nearly every word is turned away.
   */
  public int nextMayContain(Words w, int from, int to) {
    if (wordClass >= 0) {
      int next = w.nextInClass(registry, wordClass, from, to);
      if (next >= 0) {
        return next;
      }
    }
    for (int i = from; i < to; i++) {
      int shape = w.shape(i);
      if (shape >= 0) {
        int pair = shape >>> 5;
        if ((lengthsByFirst[pair >>> 7] & (1 << (shape & 31))) == 0 || (firstPairs[pair >>> 6] & (1L << pair)) == 0) {
          continue;
        }
      } else if (shape == -1 && !nonAsciiFirst) {
        continue;
      }
      int h = fold(w.hash(i));
      if ((hashes[h >>> 6] & (1L << h)) != 0) {
        return i;
      }
    }
    return to;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static int fold(int hash) {
    return (hash ^ (hash >>> 13) ^ (hash >>> 26)) & (HASH_BITS - 1);
  }

  public boolean contains(String word) {
    if (word.isEmpty()) {
      return words.contains(word);
    }
    char c = word.charAt(0);
    char d = word.length() > 1 ? word.charAt(1) : 0;
    if (c < 128 && d < 128) {
      if ((lengthsByFirst[c] & (1 << Math.min(word.length(), MAX_LENGTH))) == 0) {
        return false;
      }
      int pair = c * 128 + d;
      if ((firstPairs[pair >>> 6] & (1L << pair)) == 0) {
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
