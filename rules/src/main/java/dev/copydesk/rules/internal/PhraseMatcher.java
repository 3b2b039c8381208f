package dev.copydesk.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases in folded text ({@link FoldedText}) in one pass, whatever the number of phrases: an
 * Aho-Corasick automaton, so time is linear in the text plus the matches. A match must start and end
 * on word boundaries (when the phrase itself starts or ends with a letter or digit), so "tk" does not
 * match inside "atkins".
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PhraseMatcher {

  /**
   * A phrase found in the folded text.
   *
   * @param start folded offset of the first character
   * @param end folded offset just past the last character
   * @param phrase index of the phrase in the list the matcher was built from
   */
  public record Match(int start, int end, int phrase) {}

  private final List<String> phrases;
  // Trie as parallel structures; node 0 is the root.
  private final List<Map<Character, Integer>> next = new ArrayList<>();
  private int[] fail = new int[0];
  private int[][] output = new int[0][];

  private PhraseMatcher(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    next.add(new HashMap<>());
    List<int[]> outs = new ArrayList<>();
    outs.add(new int[0]);
    for (int p = 0; p < phrases.size(); p++) {
      String s = phrases.get(p);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty phrase at index " + p);
      }
      int node = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer child = next.get(node).get(s.charAt(i));
        if (child == null) {
          child = next.size();
          next.get(node).put(s.charAt(i), child);
          next.add(new HashMap<>());
          outs.add(new int[0]);
        }
        node = child;
      }
      int[] o = outs.get(node);
      int[] grown = Arrays.copyOf(o, o.length + 1);
      grown[o.length] = p;
      outs.set(node, grown);
    }
    fail = new int[next.size()];
    output = outs.toArray(new int[0][]);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : next.get(0).values()) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Map.Entry<Character, Integer> e : next.get(node).entrySet()) {
        int child = e.getValue();
        int f = fail[node];
        while (f != 0 && !next.get(f).containsKey(e.getKey())) {
          f = fail[f];
        }
        Integer target = next.get(f).get(e.getKey());
        fail[child] = target != null && target != child ? target : 0;
        int[] inherited = output[fail[child]];
        if (inherited.length > 0) {
          int[] mine = output[child];
          int[] merged = Arrays.copyOf(mine, mine.length + inherited.length);
          System.arraycopy(inherited, 0, merged, mine.length, inherited.length);
          output[child] = merged;
        }
        queue.add(child);
      }
    }
  }

  /** A matcher for {@code phrases}, each folded with {@link FoldedText} first. */
  public static PhraseMatcher of(List<String> phrases) {
    return new PhraseMatcher(phrases.stream().map(p -> FoldedText.of(p).folded()).toList());
  }

  /** The folded phrase with index {@code i}. */
  public String phrase(int i) {
    return phrases.get(i);
  }

  public int size() {
    return phrases.size();
  }

  /** Every match in {@code folded}, by end offset then phrase order; matches may overlap. */
  public List<Match> findAll(String folded) {
    List<Match> out = new ArrayList<>();
    int node = 0;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      while (node != 0 && !next.get(node).containsKey(c)) {
        node = fail[node];
      }
      Integer child = next.get(node).get(c);
      node = child == null ? 0 : child;
      for (int p : output[node]) {
        int start = i + 1 - phrases.get(p).length();
        if (onBoundaries(folded, start, i + 1, phrases.get(p))) {
          out.add(new Match(start, i + 1, p));
        }
      }
    }
    return out;
  }

  /** Leftmost-longest matches that do not overlap, in text order. */
  public List<Match> findNonOverlapping(String folded) {
    List<Match> all = new ArrayList<>(findAll(folded));
    all.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
    List<Match> out = new ArrayList<>();
    int lastEnd = -1;
    for (Match m : all) {
      if (m.start >= lastEnd) {
        out.add(m);
        lastEnd = m.end;
      }
    }
    return out;
  }

  private static boolean onBoundaries(String text, int start, int end, String phrase) {
    if (FoldedText.isWordChar(phrase.charAt(0)) && start > 0 && FoldedText.isWordChar(text.charAt(start - 1))) {
      return false;
    }
    return !(FoldedText.isWordChar(phrase.charAt(phrase.length() - 1))
        && end < text.length()
        && FoldedText.isWordChar(text.charAt(end)));
  }
}
