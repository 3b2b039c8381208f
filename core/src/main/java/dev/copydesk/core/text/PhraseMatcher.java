package dev.copydesk.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds many phrases in folded text ({@link FoldedText}) in one pass: an Aho-Corasick automaton, so the
 * time to scan a text is linear in its length plus the number of matches, whatever the number of
 * phrases. A list of 10,000 phrases scans about as fast as a list of ten.
 *
 * <p>With {@link Boundaries#WORDS} (the default) a match must start and end on word boundaries where
 * the phrase itself starts or ends with a letter or digit, so "tk" does not match inside "atkins" but
 * "!" still matches after a word.
 *
 * <p>The automaton is stored in flat arrays (each state's transitions sorted for binary search, the
 * root's ASCII transitions in a direct table), so a large list costs little memory and no per-state
 * objects.
 *
 * <p>A list of up to a few dozen phrases, each four characters or longer, is searched by skipping
 * instead ({@link SkipScanner}): most characters of a text are never read, which is two to three times
 * faster on prose. The matches, and their order, are the automaton's.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class PhraseMatcher {

  /** Whether a match must sit on word boundaries. */
  public enum Boundaries {
    /** A phrase that starts (ends) with a letter or digit must not be preceded (followed) by one. */
    WORDS,
    /** Matches may start and end inside words. */
    NONE
  }

  /**
   * A phrase found in the folded text.
   *
   * @param start folded offset of the first character
   * @param end folded offset just past the last character
   * @param phrase index of the phrase in the list the matcher was built from
   */
  public record Match(int start, int end, int phrase) {}

  private static final int[] NONE = new int[0];
  /** Largest transition table built: 8M entries (32 MB); larger automata walk failure links instead. */
  static final int MAX_TABLE = 1 << 23;

  private final List<String> phrases;
  // For each phrase, the offset of its rarest character in English text (see rarest), by which
  // String.indexOf-style searches for it look: under C1, the command line's compiler, String.indexOf of a
  // string is a loop over the text that stops at each of its first character, and "t" is in most words.
  private final int[] rare;
  private final Folding folding;
  private final Boundaries boundaries;
  // State s has transitions edgeChar/edgeTarget[edgeStart[s] .. edgeStart[s + 1]), sorted by char.
  private final int[] edgeStart;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final int[] fail;
  // Phrases that end in each state, including those reached through failure links.
  private final int[][] output;
  // Whether output[s] is not empty, for the scanning loop.
  private final boolean[] hasOutput;
  // The root's transitions on ASCII, looked up directly: most characters of a text lead back to the root.
  private final int[] rootAscii = new int[128];
  // The automaton as a full transition table (a DFA) over the phrases' alphabet, when it fits in
  // MAX_TABLE entries: next state = table[state * classes + classOf(c)], failure links folded in, so a
  // character costs one lookup whatever the number of phrases. Null when too large (then the sparse
  // transitions and failure links above are walked).
  private final int @Nullable [] table;
  private final int classes;
  // Character classes: 0 for characters in no phrase, 1.. for the others (ASCII direct, others sorted).
  private final byte[] asciiClass = new byte[128];
  private final char[] otherChars;
  private final int[] otherClass;
  // Skips through the text to where a phrase may start, when every phrase is long enough for that
  // (see SkipScanner); null otherwise, and then the automaton reads every character.
  private final @Nullable SkipScanner skip;
  // The phrase each of the scanner's phrases is: all of them in order, or all but shortIds.
  private final int[] skipIds;
  // Phrases left out of the scanner because they are much shorter than the others, whose window they
  // would shorten: found with String.indexOf instead. Empty when none.
  private final int[] shortIds;

  private PhraseMatcher(List<String> phrases, Folding folding, Boundaries boundaries) {
    this.folding = folding;
    this.boundaries = boundaries;
    List<String> folded = new ArrayList<>(phrases.size());
    for (int p = 0; p < phrases.size(); p++) {
      String f = FoldedText.of(phrases.get(p), folding).folded();
      if (f.isEmpty()) {
        throw new IllegalArgumentException("empty phrase at index " + p + " ('" + phrases.get(p) + "')");
      }
      folded.add(f);
    }
    this.phrases = List.copyOf(folded);
    this.rare = folded.stream().mapToInt(PhraseMatcher::rarest).toArray();
    Skipping skipping = Skipping.plan(this.phrases);
    this.skip = skipping == null ? null : skipping.scanner();
    this.skipIds = skipping == null ? NONE : skipping.scanned();
    this.shortIds = skipping == null ? NONE : skipping.leftOut();

    // Build the trie with maps, then freeze it into sorted flat arrays.
    List<Map<Character, Integer>> next = new ArrayList<>();
    next.add(new HashMap<>());
    List<int[]> outs = new ArrayList<>();
    outs.add(NONE);
    for (int p = 0; p < folded.size(); p++) {
      String s = folded.get(p);
      int node = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer child = next.get(node).get(s.charAt(i));
        if (child == null) {
          child = next.size();
          next.get(node).put(s.charAt(i), child);
          next.add(new HashMap<>());
          outs.add(NONE);
        }
        node = child;
      }
      int[] o = outs.get(node);
      int[] grown = Arrays.copyOf(o, o.length + 1);
      grown[o.length] = p;
      outs.set(node, grown);
    }
    int states = next.size();
    int edges = states - 1;
    edgeStart = new int[states + 1];
    edgeChar = new char[edges];
    edgeTarget = new int[edges];
    int e = 0;
    for (int s = 0; s < states; s++) {
      edgeStart[s] = e;
      Character[] keys = next.get(s).keySet().toArray(new Character[0]);
      Arrays.sort(keys);
      for (Character c : keys) {
        edgeChar[e] = c;
        edgeTarget[e] = next.get(s).get(c);
        e++;
      }
    }
    edgeStart[states] = e;
    Arrays.fill(rootAscii, -1);
    for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
      if (edgeChar[i] < 128) {
        rootAscii[edgeChar[i]] = edgeTarget[i];
      }
    }

    fail = new int[states];
    output = outs.toArray(new int[0][]);
    hasOutput = new boolean[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
      queue.add(edgeTarget[i]);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int i = edgeStart[node]; i < edgeStart[node + 1]; i++) {
        char c = edgeChar[i];
        int child = edgeTarget[i];
        int f = fail[node];
        int target = transition(f, c);
        while (target < 0 && f != 0) {
          f = fail[f];
          target = transition(f, c);
        }
        fail[child] = target >= 0 && target != child ? target : 0;
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

    for (int st = 0; st < states; st++) {
      hasOutput[st] = output[st].length > 0;
    }

    // The alphabet: every character of a phrase gets a class, 1.. in character order; 0 is the rest.
    char[] alphabet = new String(edgeChar).chars().distinct().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
    int cls = alphabet.length + 1;
    this.classes = cls;
    int others = 0;
    for (char c : alphabet) {
      if (c >= 128) {
        others++;
      }
    }
    this.otherChars = new char[others];
    this.otherClass = new int[others];
    int o = 0;
    for (int i = 0; i < alphabet.length; i++) {
      if (alphabet[i] < 128) {
        asciiClass[alphabet[i]] = (byte) Math.min(127, i + 1);
      } else {
        otherChars[o] = alphabet[i];
        otherClass[o++] = i + 1;
      }
    }
    // ASCII classes are bytes; an alphabet that large (rare: many scripts in one list) walks links instead.
    // A matcher that skips never runs the automaton over a text, so it spares the table's making: a
    // state times the alphabet of look-ups, at start-up, when they run interpreted.
    boolean asciiFits = cls <= 127;
    if (skip == null && asciiFits && (long) states * cls <= MAX_TABLE) {
      int[] t = new int[states * cls];
      // A state's row is its failure target's row with its own edges written over it; the root's is its
      // own edges, every other character leading back to it (0). Breadth-first, so that the failure
      // target (shallower) is filled in before the state. Copying rows, rather than looking up each
      // state's transition on each character, keeps this cheap when it runs interpreted, at start-up.
      ArrayDeque<Integer> order = new ArrayDeque<>();
      order.add(0);
      while (!order.isEmpty()) {
        int st = order.poll();
        int row = st * cls;
        if (st != 0) {
          System.arraycopy(t, fail[st] * cls, t, row, cls);
        }
        for (int i = edgeStart[st]; i < edgeStart[st + 1]; i++) {
          t[row + Arrays.binarySearch(alphabet, edgeChar[i]) + 1] = edgeTarget[i];
          order.add(edgeTarget[i]);
        }
      }
      this.table = t;
    } else {
      this.table = null;
    }
  }

  /**
   * A matcher for {@code phrases}, each folded ignoring case; matches on word boundaries. This is the
   * matcher the rule pack's phrase lists use.
   *
   * @throws IllegalArgumentException if a phrase is empty after folding
   */
  public static PhraseMatcher of(List<String> phrases) {
    return new PhraseMatcher(phrases, Folding.IGNORE_CASE, Boundaries.WORDS);
  }

  /**
   * A matcher for {@code phrases} with the given folding and boundaries. Text handed to {@link
   * #findAll} must be folded the same way.
   *
   * @throws IllegalArgumentException if a phrase is empty after folding
   */
  public static PhraseMatcher of(List<String> phrases, Folding folding, Boundaries boundaries) {
    return new PhraseMatcher(phrases, folding, boundaries);
  }

  /** The folded phrase with index {@code i}. */
  public String phrase(int i) {
    return phrases.get(i);
  }

  public int size() {
    return phrases.size();
  }

  /** How this matcher folds: the text it scans must be folded the same way. */
  public Folding folding() {
    return folding;
  }

  public Boundaries boundaries() {
    return boundaries;
  }

  /** Number of automaton states, for sizing and benchmarks. */
  public int stateCount() {
    return fail.length;
  }

  /** Most phrases left out of skipping for being short (see {@link Skipping#plan}). */
  private static final int MAX_LEFT_OUT = 2;

  /**
   * How a list is searched by skipping: the scanner, the phrases it was made of (by index), and those
   * left to String.indexOf.
   */
  private record Skipping(SkipScanner scanner, int[] scanned, int[] leftOut) {

    /**
     * Skipping for {@code phrases}, or {@code null} where it does not pay (see {@link SkipScanner#of}).
     * The shortest phrase or two are left out when the others' window is at least twice as long: a
     * String.indexOf per phrase left out costs far less than the shorter window (the filler list: "tktk"
     * beside "lorem ipsum" and three longer ones).
     */
    static @Nullable Skipping plan(List<String> phrases) {
      SkipScanner all = SkipScanner.of(phrases);
      if (all == null) {
        return null;
      }
      int[] byLength = java.util.stream.IntStream.range(0, phrases.size()).boxed()
          .sorted(java.util.Comparator.comparingInt(p -> phrases.get(p).length()))
          .mapToInt(Integer::intValue).toArray();
      for (int k = 1; k <= MAX_LEFT_OUT && k < byLength.length; k++) {
        int[] rest = Arrays.stream(byLength, k, byLength.length).sorted().toArray();
        SkipScanner longer = SkipScanner.of(Arrays.stream(rest).mapToObj(phrases::get).toList());
        if (longer != null && longer.window() >= 2 * all.window()) {
          return new Skipping(longer, rest, Arrays.stream(byLength, 0, k).sorted().toArray());
        }
      }
      return new Skipping(all, java.util.stream.IntStream.range(0, phrases.size()).toArray(), NONE);
    }
  }

  /** Lists of at most this many phrases are looked for with String.indexOf before the automaton runs. */
  private static final int FEW = 8;

  /**
   * Whether some phrase occurs in {@code folded} at all, boundaries aside: for a short list, a few
   * String.indexOf calls read a text several times faster than the automaton, and nearly every text a
   * list is run over holds none of its phrases.
   */
  private boolean containsSome(String folded) {
    // Indexed: this runs for every text a list is run over, and an iterator is an object each time.
    for (int i = 0; i < phrases.size(); i++) {
      if (indexOf(folded, phrases.get(i), rare[i], 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text.indexOf(phrase, from)}, found from the occurrences of the phrase's character at {@code
   * rare}: the same answer, with far fewer places where the phrase is compared in full when that
   * character is rare (the "k" of "tktk" against its "t").
   */
  static int indexOf(String text, String phrase, int rare, int from) {
    char c = phrase.charAt(rare);
    for (int k = text.indexOf(c, Math.max(from, 0) + rare); k >= 0; k = text.indexOf(c, k + 1)) {
      if (text.startsWith(phrase, k - rare)) {
        return k - rare;
      }
    }
    return -1;
  }

  // English letters from the most frequent to the least.
  private static final String LETTERS_BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";

  /**
   * The offset of the character of {@code phrase} least frequent in English text, the first of several:
   * a letter by the usual frequency order, white space as the most frequent of all, and digits,
   * punctuation and characters outside ASCII as rarer than any letter.
   */
  static int rarest(String phrase) {
    int best = 0;
    int bestRank = -1;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      int letter = LETTERS_BY_FREQUENCY.indexOf(Character.toLowerCase(c));
      int rank = c == ' ' ? 0 : letter >= 0 ? 1 + letter : c >= 128 ? 40 : Character.isDigit(c) ? 30 : 35;
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Every match in {@code folded}, by end offset then phrase order; matches may overlap. */
  public List<Match> findAll(String folded) {
    return findAll(folded, null);
  }

  /**
   * {@link #findAll(String)} in {@link FoldedText#folded() folded.folded()}, which a skipping scan
   * walks by the folded bytes when the text was folded in place (see {@link SkipScanner#scan(String,
   * byte[], SkipScanner.Stops)}). Offsets are the folded text's.
   */
  public List<Match> findAll(FoldedText folded) {
    return findAll(folded.folded(), folded.latin1());
  }

  private List<Match> findAll(String folded, byte @Nullable [] latin1) {
    if (skip == null && phrases.size() <= FEW && !containsSome(folded)) {
      return new ArrayList<>(0);
    }
    List<Match> out = new ArrayList<>();
    scan(folded, latin1, out);
    return out;
  }

  /**
   * Whether {@code folded} holds a match: {@link #findAll} is not empty. Stops at the first match, and
   * makes no list.
   */
  public boolean containsAny(String folded) {
    return containsAny(folded, null);
  }

  /** {@link #containsAny(String)} in a folded text, walked as {@link #findAll(FoldedText)} walks it. */
  public boolean containsAny(FoldedText folded) {
    return containsAny(folded.folded(), folded.latin1());
  }

  private boolean containsAny(String folded, byte @Nullable [] latin1) {
    if (skip == null && phrases.size() <= FEW && !containsSome(folded)) {
      return false;
    }
    return scan(folded, latin1, null);
  }

  /**
   * Runs the automaton over {@code folded} (or skips through it, by its Latin-1 bytes when given),
   * adding every match to {@code out}; with no list, stops at the first match. Whether there was a
   * match.
   */
  private boolean scan(String folded, byte @Nullable [] latin1, @Nullable List<Match> out) {
    return skip != null ? skipScan(skip, folded, latin1, out) : automatonScan(folded, out);
  }

  /** Whether scans skip through the text rather than read every character with the automaton. */
  public boolean skips() {
    return skip != null;
  }

  /** How many phrases those scans leave to String.indexOf for being short: for tests. */
  int leftOutOfSkipping() {
    return shortIds.length;
  }

  /** Whether those scans hash three characters at each stop: for tests. */
  boolean skipsByTriples() {
    return skip != null && skip.gram() == 3;
  }

  /** Whether the automaton has its full transition table (else it walks failure links): for tests. */
  boolean hasTable() {
    return table != null;
  }

  /** {@link #findAll} reading every character with the automaton, never skipping: for tests. */
  List<Match> findAllByAutomaton(String folded) {
    List<Match> out = new ArrayList<>();
    automatonScan(folded, out);
    return out;
  }

  private boolean automatonScan(String folded, @Nullable List<Match> out) {
    boolean found = false;
    int node = 0;
    int[] t = table;
    if (t != null) {
      // The common case, kept tight: one table step per character, and the outputs looked at only in
      // the states that have some.
      int cls = classes;
      byte[] ascii = asciiClass;
      boolean[] ends = hasOutput;
      int n = folded.length();
      for (int i = 0; i < n; i++) {
        char c = folded.charAt(i);
        node = t[node * cls + (c < 128 ? ascii[c] : classOf(c))];
        if (ends[node] && addMatches(folded, node, i, out)) {
          if (out == null) {
            return true;
          }
          found = true;
        }
      }
      return found;
    }
    // An automaton too large for a table walks its sparse transitions and failure links.
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      int target = transition(node, c);
      while (target < 0 && node != 0) {
        node = fail[node];
        target = transition(node, c);
      }
      node = target < 0 ? 0 : target;
      if (hasOutput[node] && addMatches(folded, node, i, out)) {
        if (out == null) {
          return true;
        }
        found = true;
      }
    }
    return found;
  }

  /**
   * {@link #scan} by skipping: every phrase occurrence is compared in full where the scanner stops (the
   * phrases left out of it found by String.indexOf), and the matches put in the automaton's order (by
   * end, then longest first, then by phrase index).
   */
  private boolean skipScan(SkipScanner skip, String folded, byte @Nullable [] latin1, @Nullable List<Match> out) {
    boolean found = false;
    for (int p : shortIds) {
      String phrase = phrases.get(p);
      for (int start = indexOf(folded, phrase, rare[p], 0); start >= 0; start = indexOf(folded, phrase, rare[p], start + 1)) {
        int end = start + phrase.length();
        if (boundaries == Boundaries.NONE || onBoundaries(folded, start, end, phrase)) {
          if (out == null) {
            return true;
          }
          out.add(new Match(start, end, p));
          found = true;
        }
      }
    }
    int before = out == null ? 0 : out.size();
    // The scanner hands its stops over in no set order: the matches are sorted below.
    if (skip.scan(folded, latin1, pos -> compareAt(skip, folded, pos, out))) {
      return true;
    }
    found |= out != null && out.size() > before;
    if (out != null && out.size() > 1) {
      out.sort(AUTOMATON_ORDER);
    }
    return found;
  }

  /**
   * Compares the phrases that may open the window ending at {@code pos}, a stop of {@code skip}, adding
   * each match to {@code out}; with no list, whether there was one (which ends the scan).
   */
  private boolean compareAt(SkipScanner skip, String folded, int pos, @Nullable List<Match> out) {
    for (int c : skip.candidates(folded, pos)) {
      int p = skipIds[c];
      String phrase = phrases.get(p);
      int start = skip.start(c, pos);
      int end = start + phrase.length();
      if (folded.startsWith(phrase, start)
          && (boundaries == Boundaries.NONE || onBoundaries(folded, start, end, phrase))) {
        if (out == null) {
          return true;
        }
        out.add(new Match(start, end, p));
      }
    }
    return false;
  }

  private static final java.util.Comparator<Match> AUTOMATON_ORDER =
      java.util.Comparator.comparingInt(Match::end).thenComparingInt(Match::start).thenComparingInt(Match::phrase);

  /**
   * Adds to {@code out} the phrases that end in state {@code node} at offset {@code i}, on boundaries as
   * required; with no list, looks only for the first. Whether there was one.
   */
  private boolean addMatches(String folded, int node, int i, @Nullable List<Match> out) {
    boolean added = false;
    for (int p : output[node]) {
      String phrase = phrases.get(p);
      int start = i + 1 - phrase.length();
      if (boundaries == Boundaries.NONE || onBoundaries(folded, start, i + 1, phrase)) {
        if (out == null) {
          return true;
        }
        out.add(new Match(start, i + 1, p));
        added = true;
      }
    }
    return added;
  }

  /**
   * The matches that start at offset 0 of {@code folded}, shortest first: {@link #findAll} restricted to
   * matches at the start, but walking the trie only as far as the text follows one of its phrases, so
   * the cost is bounded by the longest phrase, not the length of the text. For judging whether a whole
   * line or block opens with a phrase.
   */
  public List<Match> findAtStart(String folded) {
    return findAtStart(folded, 0, folded.length());
  }

  /**
   * {@link #findAtStart(String)} on {@code folded[from, to)} as if it were the whole text, offsets
   * relative to {@code from}: for a caller that would otherwise cut that range out as a string of its
   * own. The characters around the range are read only for boundaries, so a range whose neighbours are
   * not word characters (or that has none) gives exactly what the cut-out string would.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= folded.length()}
   */
  public List<Match> findAtStart(String folded, int from, int to) {
    Objects.checkFromToIndex(from, to, folded.length());
    List<Match> out = new ArrayList<>(2);
    int node = 0;
    for (int i = from; i < to; i++) {
      node = transition(node, folded.charAt(i));
      if (node <= 0) {
        break;
      }
      int length = i + 1 - from;
      for (int p : output[node]) {
        String phrase = phrases.get(p);
        // Phrases inherited through failure links end here but start later.
        if (phrase.length() == length && (boundaries == Boundaries.NONE || onBoundaries(folded, from, i + 1, phrase))) {
          out.add(new Match(0, length, p));
        }
      }
    }
    return out;
  }

  /** Leftmost-longest matches that do not overlap, in text order. */
  public List<Match> findNonOverlapping(String folded) {
    return nonOverlappingOf(findAll(folded));
  }

  /** {@link #findNonOverlapping(String)} in a folded text, walked as {@link #findAll(FoldedText)} walks it. */
  public List<Match> findNonOverlapping(FoldedText folded) {
    return nonOverlappingOf(findAll(folded));
  }

  private static List<Match> nonOverlappingOf(List<Match> all) {
    // Nearly every text a phrase list is run over has no match, or one: nothing to choose between.
    return all.size() < 2 ? all : nonOverlapping(all);
  }

  /** Of {@code matches}, the leftmost-longest ones that do not overlap, in text order. */
  public static List<Match> nonOverlapping(List<Match> matches) {
    List<Match> all = new ArrayList<>(matches);
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

  private int classOf(char c) {
    if (c < 128) {
      return asciiClass[c];
    }
    int i = Arrays.binarySearch(otherChars, c);
    return i >= 0 ? otherClass[i] : 0;
  }

  /** The state reached from {@code state} on {@code c}, or -1 when there is no such edge. */
  private int transition(int state, char c) {
    if (state == 0 && c < 128) {
      return rootAscii[c];
    }
    int lo = edgeStart[state];
    int hi = edgeStart[state + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
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
