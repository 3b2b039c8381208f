package dev.copydesk.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds phrases (sequences of normalized words) in a {@link Words} view with a word trie: leftmost,
 * longest, non-overlapping matches. Inside a phrase, up to {@code maxSkip} filler words (such as "also"
 * or "widely") may stand between two phrase words, so "there are also concerns that" matches the phrase
 * "there are concerns that".
 *
 * <p>Time is linear in the number of words: each start position walks at most the longest phrase plus
 * the allowed fillers. No regular expressions are involved.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordMatcher {

  /** A match: words {@code [start, end)} of the view, and the phrase as listed. */
  public record Match(int start, int end, String phrase) {}

  /**
   * A trie node. Its children are found by the next word's kept hash in a small open-addressing table,
   * so a word that continues no phrase is ruled out without making its normalized form.
   */
  private static final class Node {
    private final Map<String, Node> building = new HashMap<>();
    private @Nullable String phrase;
    private int mask;
    private int[] hashes = new int[0];
    private String[] keys = new String[0];
    private Node[] children = new Node[0];

    Node child(String word) {
      return building.computeIfAbsent(word, k -> new Node());
    }

    /** Fixes this node and those below it into their lookup tables. */
    void seal() {
      int capacity = Integer.highestOneBit(Math.max(1, building.size()) * 2 - 1) << 1;
      mask = capacity - 1;
      hashes = new int[capacity];
      keys = new String[capacity];
      children = new Node[capacity];
      building.forEach((word, node) -> {
        int slot = mix(word.hashCode()) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        hashes[slot] = word.hashCode();
        keys[slot] = word;
        children[slot] = node;
        node.seal();
      });
      building.clear();
    }

    /** The child for word {@code i} of {@code words}, or {@code null}. */
    @Nullable Node next(Words words, int i) {
      int h = words.hash(i);
      for (int slot = mix(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == h && words.is(i, keys[slot])) {
          return children[slot];
        }
      }
      return null;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }

  private final Node root = new Node();
  // The phrases' first words: most words of a text start none, and this answers before the trie's map.
  private final WordSet firstWords;
  private final WordSet fillers;
  private final int maxSkip;
  // Where a match can start, asked of every word by its hash and the next word's (see nextStart): a bit
  // for each first word that is a phrase alone, and one for each pair of a first word and a word that
  // may follow it inside a phrase (its children in the trie, and the fillers when they may stand there).
  private final long[] singles = new long[(1 << START_BITS) / 64];
  private final long[] pairs = new long[(1 << START_BITS) / 64];
  private static final int START_BITS = 15;

  private WordMatcher(Collection<String> phrases, Set<String> fillers, int maxSkip) {
    this.fillers = WordSet.of(fillers);
    this.maxSkip = maxSkip;
    for (String p : phrases) {
      String[] parts = Lexicon.normalize(p).strip().split("\\s+");
      Node n = root;
      for (String w : parts) {
        n = n.child(w);
      }
      n.phrase = p;
    }
    this.firstWords = WordSet.of(root.building.keySet());
    root.building.forEach((first, node) -> {
      int h = first.hashCode();
      if (node.phrase != null) {
        set(singles, single(h));
      }
      for (String next : node.building.keySet()) {
        set(pairs, pair(h, next.hashCode()));
      }
      if (maxSkip > 0 && !node.building.isEmpty()) {
        for (String filler : fillers) {
          set(pairs, pair(h, Lexicon.normalize(filler).hashCode()));
        }
      }
    });
    root.seal();
  }

  private static void set(long[] bits, int bit) {
    bits[bit >>> 6] |= 1L << bit;
  }

  private static int single(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - START_BITS);
  }

  private static int pair(int first, int second) {
    return ((first * 0x9E3779B9) ^ second) * 0x85EBCA6B >>> (32 - START_BITS);
  }

  /**
   * The first word of {@code words} in {@code [from, n)}, {@code n} its size, at which a phrase may
   * start, or {@code n}: one that is a phrase alone, or one followed by a word that continues a phrase
   * from it. Asked by hashes alone, so false only where no phrase starts. A filter on first words
   * alone lets through every "to", "in" and "the" ("to some extent", "in recent years"), a tenth of
   * prose, where each costs a mispredicted branch and a look-up in the trie; pairs let through about
   * one word in a few hundred.
   */
  private int nextStart(Words words, int from, int n) {
    // Only the phrases' first words are asked about the pairs: a look-up of one bit each (see
    // WordClasses), where most sentences have none at all.
    for (int i = from; (i = firstWords.nextMayContain(words, i, n)) < n; i++) {
      int h = words.hash(i);
      int s = single(h);
      if ((singles[s >>> 6] >>> s & 1) != 0) {
        return i;
      }
      if (i + 1 < n) {
        int p = pair(h, words.hash(i + 1));
        if ((pairs[p >>> 6] >>> p & 1) != 0) {
          return i;
        }
      }
    }
    return n;
  }

  /** A matcher for {@code phrases} with no fillers allowed. */
  public static WordMatcher of(Collection<String> phrases) {
    return new WordMatcher(phrases, Set.of(), 0);
  }

  /** A matcher that lets up to {@code maxSkip} of {@code fillers} stand inside a phrase. */
  public static WordMatcher of(Collection<String> phrases, Set<String> fillers, int maxSkip) {
    if (maxSkip < 0) {
      throw new IllegalArgumentException("maxSkip must be >= 0, was " + maxSkip);
    }
    return new WordMatcher(phrases, fillers, maxSkip);
  }

  /**
   * All leftmost-longest, non-overlapping matches in {@code words}, in an unmodifiable list: asked of
   * every sentence, and nearly every sentence has none, so a list is made only for a match.
   */
  public List<Match> findAll(Words words) {
    List<Match> out = null;
    int i = 0;
    int n = words.size();
    while (i < n) {
      // The start filter before the call to matchAt, over all the words it turns away in one call:
      // under C1 a call is most of the cost of a word that starts no phrase, nearly every word.
      i = nextStart(words, i, n);
      if (i == n) {
        break;
      }
      Match m = matchAt(words, i);
      if (m != null) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  /** The first of {@link #findAll}'s matches, without looking for the others; {@code null} if none. */
  public @Nullable Match findFirst(Words words) {
    for (int i = 0, n = words.size(); (i = nextStart(words, i, n)) < n; i++) {
      Match m = matchAt(words, i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** The longest phrase starting exactly at word {@code start}, if any. */
  public @Nullable Match matchAt(Words words, int start) {
    // Only the filter: the root's table below compares the word itself.
    if (!firstWords.mayContain(words, start)) {
      return null;
    }
    Node n = root.next(words, start);
    if (n == null) {
      return null;
    }
    Match best = n.phrase != null ? new Match(start, start + 1, n.phrase) : null;
    int j = start + 1;
    int skipped = 0;
    while (j < words.size()) {
      Node next = n.next(words, j);
      if (next != null) {
        n = next;
        j++;
        if (n.phrase != null) {
          best = new Match(start, j, n.phrase);
        }
      } else if (skipped < maxSkip && fillers.contains(words, j)) {
        skipped++;
        j++;
      } else {
        break;
      }
    }
    return best;
  }
}
