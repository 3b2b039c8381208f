package dev.copydesk.rules;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.ArticleRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.OptionType;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.RuleOption;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.rules.internal.Views;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Paragraphs that repeat an earlier one word for word or nearly so (a paste done twice, a CMS that
 * duplicated a block). Paragraphs are compared after folding case, punctuation and white space, as
 * sets of hashed word shingles. In a usual article each paragraph is compared with every earlier one
 * (exact Jaccard similarity; a pair whose words alone rule it out, nearly every pair, is never hashed
 * into shingles). Past
 * {@value #PAIRWISE} distinct paragraphs, candidates come from MinHash signatures and
 * locality-sensitive bucketing instead, confirmed by exact Jaccard similarity, so the work per paragraph
 * stays bounded and a huge article costs linear time, not a comparison of every pair.
 *
 * <p>Stateless and thread-safe.
 */
@RuleInfo(
    id = "repeated-paragraph",
    summary = "A paragraph that repeats an earlier one exactly or nearly",
    severity = Severity.WARNING,
    category = Category.INTEGRITY,
    tags = {"integrity", "duplicate"},
    description =
        "Flags a paragraph, list item or quotation that repeats an earlier one of the same article, either"
            + " exactly (ignoring case, punctuation and white space) or nearly (the share of shared"
            + " three-word sequences, Jaccard similarity, at least the threshold). Headings, captions, table"
            + " cells and paragraphs shorter than the minimum are not compared: short lines such as"
            + " \"Advertisement\" repeat by design.",
    options = {
      @RuleOption(name = "min-words", type = OptionType.INTEGER, defaultValue = "8",
          description = "Paragraphs with fewer words (numbers not counted) are not compared"),
      @RuleOption(name = "similarity", type = OptionType.NUMBER, defaultValue = "0.8",
          description = "Jaccard similarity of word 3-shingles at or above which two paragraphs are near duplicates")
    })
public final class RepeatedParagraphRule implements ArticleRule {

  static final int SHINGLE = 3;
  static final int BANDS = 16;
  static final int ROWS = 2;
  /** At most this many earlier paragraphs are kept per bucket, bounding the work per paragraph. */
  static final int BUCKET_CAP = 4;
  /**
   * Up to this many distinct paragraphs, each new one is compared with every earlier one (exact, and
   * cheaper than hashing for the few paragraphs of a usual article); past it, MinHash buckets take over.
   */
  static final int PAIRWISE = 48;

  private static final long[] SEEDS = seeds(BANDS * ROWS);

  /** Copies at or above this count are a recurring element (interview questions, recipe lines), not a slip. */
  static final int RECURRING = 3;

  private static final class Para {
    final Block block;
    final Words words;
    // Its group of copies: set once it has been compared with the paragraphs before it.
    int group = -1;
    // The shingles, made when a comparison first gets past the words (see Words#mayBeSimilar).
    private @Nullable Shingles shingles;
    long @Nullable [] bandKeys;

    Para(Block block, Words words) {
      this.block = block;
      this.words = words;
    }

    Shingles shingles(RuleContext context) {
      Shingles s = shingles;
      if (s == null) {
        s = new Shingles(Words.shingles(block, context));
        shingles = s;
      }
      return s;
    }

    /** Whether the Jaccard similarity of the two paragraphs' shingles is at least {@code threshold}. */
    boolean similar(Para other, double threshold, RuleContext context) {
      return words.mayBeSimilar(other.words, threshold) && shingles(context).similar(other.shingles(context), threshold);
    }
  }

  @Override
  public void check(Article article, RuleContext context) {
    int minWords = Math.max(1, context.options().getInt("min-words"));
    double threshold = context.options().getDouble("similarity");
    Map<Long, Para> exact = new HashMap<>();
    List<Para> distinct = new ArrayList<>();
    @Nullable Map<Long, List<Para>> buckets = null;
    List<Block> firsts = new ArrayList<>(); // group -> its first paragraph
    List<Integer> sizes = new ArrayList<>(); // group -> number of copies
    List<int[]> repeats = new ArrayList<>(); // {block index, group, exact ? 1 : 0}
    // A page linted whole is judged by its article: a template shows its teasers and footer twice (for
    // small and large screens) by design.
    List<Block> blocks = article.mainContentProseBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (!compared(b)) {
        continue;
      }
      Words words = Words.of(b, context);
      if (words.withLetters() < minWords) {
        continue;
      }
      Para earlier = exact.get(words.sequence());
      if (earlier != null && normalized(earlier.block.text()).equals(normalized(b.text()))) {
        sizes.set(earlier.group, sizes.get(earlier.group) + 1);
        repeats.add(new int[] {b.index(), earlier.group, 1});
        continue;
      }
      Para p = new Para(b, words);
      Para near = null;
      if (buckets == null && distinct.size() >= PAIRWISE) {
        buckets = new HashMap<>();
        for (Para d : distinct) {
          bucket(buckets, d, context);
        }
      }
      long[] bandKeys = null;
      if (buckets == null) {
        for (int j = 0; j < distinct.size(); j++) {
          Para candidate = distinct.get(j);
          if (p.similar(candidate, threshold, context)) {
            near = candidate;
            break;
          }
        }
      } else {
        bandKeys = bandKeys(p.shingles(context).hashes);
        for (int band = 0; band < BANDS && near == null; band++) {
          for (Para candidate : buckets.getOrDefault(bandKeys[band], List.of())) {
            if (p.similar(candidate, threshold, context)) {
              near = candidate;
              break;
            }
          }
        }
      }
      int group;
      if (near != null) {
        group = near.group;
        sizes.set(group, sizes.get(group) + 1);
        repeats.add(new int[] {b.index(), group, 0});
      } else {
        group = firsts.size();
        firsts.add(b);
        sizes.add(1);
      }
      p.group = group;
      p.bandKeys = bandKeys;
      exact.putIfAbsent(words.sequence(), p);
      distinct.add(p);
      if (buckets != null) {
        bucket(buckets, p, context);
      }
    }
    for (int i = 0; i < repeats.size(); i++) {
      int[] r = repeats.get(i);
      if (sizes.get(r[1]) < RECURRING) {
        report(context, article.blocks().get(r[0]), firsts.get(r[1]), r[2] == 1);
      }
    }
  }

  private static void bucket(Map<Long, List<Para>> buckets, Para p, RuleContext context) {
    if (p.bandKeys == null) {
      p.bandKeys = bandKeys(p.shingles(context).hashes);
    }
    for (long h : p.bandKeys) {
      List<Para> bucket = buckets.computeIfAbsent(h, k -> new ArrayList<>(2));
      if (bucket.size() < BUCKET_CAP) {
        bucket.add(p);
      }
    }
  }

  /**
   * A paragraph's shingle hashes as computed, with a 256-bit fingerprint of them (one bit per shingle)
   * that rules most pairs out before the sorted sets Jaccard similarity needs are made: nearly every
   * pair of paragraphs compared is unrelated, and sorting each paragraph's shingles cost more than the
   * comparisons.
   */
  static final class Shingles {
    final long[] hashes;
    private final long[] print = new long[4];
    private long @Nullable [] sorted;

    /**
     * The shingles of a paragraph, given its shingle hashes in text order ({@link
     * RepeatedParagraphRule#hashes(long[])}; kept, not copied).
     */
    Shingles(long[] hashes) {
      this.hashes = hashes;
      for (long h : hashes) {
        int bit = (int) (h >>> 56);
        print[bit >>> 6] |= 1L << bit;
      }
    }

    /** The sorted distinct hashes, made on first use. */
    long[] sorted() {
      long[] s = sorted;
      if (s == null) {
        s = sortedDistinct(hashes);
        sorted = s;
      }
      return s;
    }

    /**
     * Whether the Jaccard similarity of the two shingle sets is at least {@code threshold}: {@link
     * #upperBound} first, exact only when the bound allows it.
     */
    boolean similar(Shingles other, double threshold) {
      return upperBound(other) >= threshold && RepeatedParagraphRule.similar(sorted(), other.sorted(), threshold);
    }

    /**
     * An upper bound of the Jaccard similarity from the fingerprints and counts alone. A bit set in this
     * fingerprint and not in the other's stands for at least one shingle only this paragraph has, so at
     * most {@code hashes.length} minus those bits are shared; and every bit set in either fingerprint
     * stands for at least one shingle of the union.
     */
    double upperBound(Shingles other) {
      int onlyHere = 0;
      int onlyThere = 0;
      int either = 0;
      for (int i = 0; i < 4; i++) {
        onlyHere += Long.bitCount(print[i] & ~other.print[i]);
        onlyThere += Long.bitCount(other.print[i] & ~print[i]);
        either += Long.bitCount(print[i] | other.print[i]);
      }
      int shared = Math.min(hashes.length - onlyHere, other.hashes.length - onlyThere);
      if (shared <= 0) {
        return 0;
      }
      return (double) shared / Math.max(either, shared);
    }
  }

  /** The locality-sensitive bucket of each band of the paragraph's MinHash signature. */
  private static long[] bandKeys(long[] shingles) {
    long[] signature = minHash(shingles);
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = band * 0x9E3779B97F4A7C15L;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ signature[band * ROWS + r]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** Jaccard similarity at least {@code threshold}; sets of very different sizes never get there. */
  static boolean similar(long[] a, long[] b, double threshold) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    return small >= threshold * large && jaccard(a, b) >= threshold;
  }

  /**
   * Paragraphs of prose only: a paragraph, list item or quotation that ends a sentence. Headline-like
   * lines (titles, breadcrumbs, labels) repeat on pages by design.
   */
  private static boolean compared(Block b) {
    BlockKind kind = b.kind();
    if (!(kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.BLOCK_QUOTE)) {
      return false;
    }
    String t = b.text().strip();
    int e = t.length();
    while (e > 0 && "\"'\u201D\u2019)]".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > 0 && ".!?\u2026".indexOf(t.charAt(e - 1)) >= 0;
  }

  private static void report(RuleContext context, Block repeat, Block original, boolean exact) {
    int line = context.article().lineMap().line(original.span().start());
    String text = repeat.text();
    int s = 0;
    int e = text.length();
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    context
        .at(repeat, s, e)
        .message(
            "This paragraph repeats the one on line " + line + (exact ? " word for word" : " almost word for word")
                + ": delete one of them" + (exact ? "." : ", keeping the version you mean."))
        .report();
  }

  /**
   * A paragraph's words and numbers, in their normalized forms (lower case, straight apostrophes), as
   * much of them as most comparisons need: nearly every pair of paragraphs compared is unrelated, and the
   * words alone tell, so the shingles are hashed only for the few pairs the words leave open.
   *
   * @param count words and numbers
   * @param withLetters words with at least one letter: numbers do not make a line long ("1 Green, 1
   *     Red, 1 tsp.")
   * @param sequence a hash of the whole word sequence, the key for exact repeats (confirmed with
   *     {@link #normalized} before a repeat is reported)
   * @param print a 256-bit fingerprint of the distinct words, one bit for each (see {@link #mayBeSimilar})
   */
  record Words(int count, int withLetters, long sequence, long[] print) {

    /**
     * The words of {@code block} as its sentences' derived words give them (shared with the sourcing
     * and hedging rules, their normalized forms hashed once), so the block's text is not read again.
     */
    static Words of(Block block, RuleContext context) {
      int count = 0;
      int numbers = 0;
      long sequence = 0x6A09E667F3BCC909L;
      long[] print = new long[4];
      List<Sentence> sentences = block.sentences();
      for (int si = 0; si < sentences.size(); si++) {
        dev.copydesk.rules.internal.Words w = context.derive(Views.WORDS, sentences.get(si));
        count += w.size();
        numbers += w.numbers();
        for (int i = 0; i < w.size(); i++) {
          long word = key(w, i);
          sequence = (Long.rotateLeft(sequence, 29) ^ word) * 0x9E3779B97F4A7C15L;
          int bit = bit(word);
          print[bit >>> 6] |= 1L << bit;
        }
      }
      return new Words(count, count - numbers, mix(sequence), print);
    }

    /**
     * The paragraph's shingle hashes ({@link RepeatedParagraphRule#hashes(long[])} of its words' mixed
     * keys), made as the words come from the last {@link #SHINGLE} of them.
     */
    static long[] shingles(Block block, RuleContext context) {
      List<Sentence> sentences = block.sentences();
      int count = 0;
      for (int si = 0; si < sentences.size(); si++) {
        count += context.derive(Views.WORDS, sentences.get(si)).size();
      }
      ShingleHasher shingles = new ShingleHasher(count);
      for (int si = 0; si < sentences.size(); si++) {
        dev.copydesk.rules.internal.Words w = context.derive(Views.WORDS, sentences.get(si));
        for (int i = 0; i < w.size(); i++) {
          shingles.add(mix(key(w, i)));
        }
      }
      return shingles.hashes();
    }

    /** A word's identity: its normalized form's string hash and its shape (first two characters, length). */
    private static long key(dev.copydesk.rules.internal.Words w, int i) {
      return ((long) w.hash(i) << 32) ^ (w.shape(i) & 0xFFFFFFFFL);
    }

    /** The fingerprint bit of a word's key. */
    static int bit(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 56);
    }

    /**
     * Whether the Jaccard similarity of the two paragraphs' shingles may be at least {@code threshold},
     * by their words alone. A bit set in this fingerprint and not in the other's stands for at least one
     * word the other lacks, and every shingle holding such a word is this paragraph's alone. Of {@code k}
     * such words, each but the last two to appear opens a shingle where it first appears, and those
     * shingles differ (each opens with a different word); a paragraph too short for that has one shingle,
     * its own. So {@code k} such bits mean at least {@code max(1, k - 2)} shingles only here ({@link
     * #ownShingles}). With at most {@code count - 2} shingles in all (one for a shorter paragraph), the
     * shared ones are at most that less this paragraph's own; and the union holds the shared and both
     * sides' own. Never false for a pair that is similar.
     */
    boolean mayBeSimilar(Words other, double threshold) {
      int onlyHere = 0;
      int onlyThere = 0;
      for (int i = 0; i < 4; i++) {
        onlyHere += Long.bitCount(print[i] & ~other.print[i]);
        onlyThere += Long.bitCount(other.print[i] & ~print[i]);
      }
      int ownHere = ownShingles(onlyHere);
      int ownThere = ownShingles(onlyThere);
      int shared = Math.min(positions(count) - ownHere, positions(other.count) - ownThere);
      if (shared <= 0) {
        return threshold <= 0;
      }
      return (double) shared / (shared + ownHere + ownThere) >= threshold;
    }

    /** The fewest distinct shingles that hold {@code words} distinct words the other paragraph lacks. */
    static int ownShingles(int words) {
      return words == 0 ? 0 : Math.max(1, words - (SHINGLE - 1));
    }

    private static int positions(int words) {
      return Math.max(1, words - SHINGLE + 1);
    }
  }

  /** The paragraph's words, lower-cased, punctuation dropped (apostrophes inside words kept), one space apart. */
  static String normalized(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        inWord = true;
      } else if ((c == '\'' || c == '\u2019') && inWord && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
        out.append('\'');
      } else {
        inWord = false;
      }
    }
    return out.toString();
  }

  /** Sorted distinct hashes of the word shingles (the words themselves for very short paragraphs). */
  static long[] shingles(long[] words) {
    return sortedDistinct(hashes(words));
  }

  /**
   * The hashes of the word shingles in text order, repeats included: the (already mixed) word hashes of
   * a shingle, rotated by their place in it so that order counts, combined and mixed once.
   */
  static long[] hashes(long[] words) {
    // Kept as the definition; ShingleHasher gives the same, word by word (see its test).
    int n = Math.max(1, words.length - SHINGLE + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0x84222325CBF29CE4L;
      for (int k = i; k < Math.min(words.length, i + SHINGLE); k++) {
        h ^= Long.rotateLeft(words[k], 21 * (k - i));
      }
      out[i] = mix(h);
    }
    return out;
  }

  /**
   * {@link RepeatedParagraphRule#hashes(long[])} of a paragraph's word hashes, given one at a time:
   * each shingle is made once its last word has come, from the last {@link #SHINGLE} (three) words,
   * held in three fields rather than a ring (this runs for every word of every paragraph). Its test
   * compares it with {@code hashes}, and fails if SHINGLE changes without it. Not thread-safe.
   */
  static final class ShingleHasher {
    private static final long SEED = 0x84222325CBF29CE4L;
    private final long[] out;
    private final int words;
    private int seen;
    // The last three words, oldest first.
    private long first;
    private long second;
    private long third;

    /** A hasher for a paragraph of {@code words} words. */
    ShingleHasher(int words) {
      this.words = words;
      this.out = new long[Math.max(1, words - SHINGLE + 1)];
    }

    void add(long word) {
      first = second;
      second = third;
      third = word;
      seen++;
      if (seen >= SHINGLE) {
        out[seen - SHINGLE] = mix(SEED ^ first ^ Long.rotateLeft(second, 21) ^ Long.rotateLeft(third, 42));
      }
    }

    /** The shingle hashes, once all the paragraph's words have been added. */
    long[] hashes() {
      if (seen != words) {
        throw new IllegalStateException(seen + " words added to a hasher for " + words);
      }
      if (seen < SHINGLE) {
        // A short paragraph: one shingle of all its words (none, one or two), the first unrotated.
        long h = SEED;
        if (seen == 1) {
          h ^= third;
        } else if (seen == 2) {
          h ^= second ^ Long.rotateLeft(third, 21);
        }
        out[0] = mix(h);
      }
      return out;
    }
  }

  private static long[] sortedDistinct(long[] hashes) {
    long[] out = hashes.clone();
    Arrays.sort(out);
    int m = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[m++] = out[i];
      }
    }
    return m == out.length ? out : Arrays.copyOf(out, m);
  }

  static double jaccard(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 1.0 : (double) common / union;
  }

  private static long[] minHash(long[] shingles) {
    long[] sig = new long[SEEDS.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int k = 0; k < SEEDS.length; k++) {
        long h = mix(s ^ SEEDS[k]);
        if (h < sig[k]) {
          sig[k] = h;
        }
      }
    }
    return sig;
  }

  private static long[] seeds(int n) {
    long[] out = new long[n];
    long x = 0x2545F4914F6CDD1DL;
    for (int i = 0; i < n; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      out[i] = x;
    }
    return out;
  }

  /** SplitMix64 finaliser: a well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
