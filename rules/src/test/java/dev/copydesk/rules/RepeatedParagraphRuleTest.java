package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RepeatedParagraphRuleTest {

  private final RuleTester tester = RuleTester.forRule(new RepeatedParagraphRule());

  @Test
  void flagsExactAndNearDuplicates() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\nThe council approved the budget on Monday after a long debate about schools.\n\n"
            + "It takes effect in April.\n\n"
            + "«The Council approved the budget on Monday, after a long debate about schools!»\n\n"
            + "The mayor said the plan would pay for ten new teachers and a library in the north of the city.\n\n"
            + "«The mayor said the plan would pay for ten new teachers and a library in the north of town.»\n");
  }

  @Test
  void leavesShortRepeatsAndDifferentParagraphsAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nAdvertisement\n\nThe council approved the budget on Monday after a long debate.\n\n"
            + "Advertisement\n\nThe mayor said the plan would pay for ten new teachers in the north.\n");
  }

  @Test
  void leavesRecurringParagraphsAlone() {
    String q = "What kind of food do you like to cook at home, and what do you never eat?";
    tester.assertClean(
        Format.TEXT,
        "Interviews\n\n" + q + "\n\nPasta, mostly. I never eat olives.\n\n" + q + "\n\nSoup. I never eat"
            + " liver.\n\n" + q + "\n\nCurry, and I never eat anything with raisins in it.\n");
  }

  @Test
  void staysLinearOnHugeArticles() {
    java.util.Random random = new java.util.Random(42);
    String[] paragraphs = new String[10_000];
    for (int i = 0; i < paragraphs.length; i++) {
      StringBuilder p = new StringBuilder();
      for (int w = 0; w < 15; w++) {
        p.append(w == 0 ? "" : " ").append("w").append(random.nextInt(5_000));
      }
      paragraphs[i] = p.append('.').toString();
    }
    StringBuilder sb = new StringBuilder("Huge\n\n");
    for (int copy = 0; copy < 2; copy++) {
      for (String p : paragraphs) {
        sb.append(p).append("\n\n");
      }
    }
    long t0 = System.nanoTime();
    LintResult r = tester.lint(Format.TEXT, sb.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(r.findings().size() >= 9_900, "findings: " + r.findings().size());
    assertTrue(ms < 20_000, "took " + ms + " ms");

    StringBuilder same = new StringBuilder("Huge\n\n");
    for (int i = 0; i < 20_000; i++) {
      same.append(paragraphs[0]).append("\n\n");
    }
    t0 = System.nanoTime();
    r = tester.lint(Format.TEXT, same.toString());
    ms = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(r.findings().isEmpty(), "a paragraph 20,000 times over is a recurring element");
    assertTrue(ms < 20_000, "took " + ms + " ms");
  }

  @Test
  void shinglesHashedWordByWordAreTheShinglesOfTheWholeParagraph() {
    java.util.Random random = new java.util.Random(8);
    for (int trial = 0; trial < 2_000; trial++) {
      long[] w = words(random, random.nextInt(40), 1 + random.nextInt(50));
      RepeatedParagraphRule.ShingleHasher hasher = new RepeatedParagraphRule.ShingleHasher(w.length);
      for (long word : w) {
        hasher.add(word);
      }
      assertArrayEquals(RepeatedParagraphRule.hashes(w), hasher.hashes(), "words " + java.util.Arrays.toString(w));
    }
    RepeatedParagraphRule.ShingleHasher short1 = new RepeatedParagraphRule.ShingleHasher(2);
    short1.add(1);
    assertThrows(IllegalStateException.class, short1::hashes);
  }

  @Test
  void fingerprintBoundNeverFallsBelowTheExactSimilarity() {
    java.util.Random random = new java.util.Random(7);
    int ruledOut = 0;
    for (int trial = 0; trial < 5_000; trial++) {
      // Word hashes from a small vocabulary, so that pairs range from unrelated to near copies.
      long[] a = words(random, 1 + random.nextInt(80), 1 + random.nextInt(300));
      long[] b = random.nextBoolean() ? words(random, 1 + random.nextInt(80), 1 + random.nextInt(300)) : edited(random, a);
      RepeatedParagraphRule.Shingles sa = new RepeatedParagraphRule.Shingles(RepeatedParagraphRule.hashes(a));
      RepeatedParagraphRule.Shingles sb = new RepeatedParagraphRule.Shingles(RepeatedParagraphRule.hashes(b));
      double exact = RepeatedParagraphRule.jaccard(RepeatedParagraphRule.shingles(a), RepeatedParagraphRule.shingles(b));
      double bound = sa.upperBound(sb);
      assertTrue(bound >= exact, "bound " + bound + " below the exact " + exact + " in trial " + trial);
      assertEquals(exact >= 0.8 && RepeatedParagraphRule.similar(sa.sorted(), sb.sorted(), 0.8), sa.similar(sb, 0.8));
      if (bound < 0.8) {
        ruledOut++;
      }
    }
    assertTrue(ruledOut > 1_000, "the fingerprint should rule most unrelated pairs out: " + ruledOut);
  }

  @Test
  void wordBoundNeverRulesOutASimilarPair() {
    java.util.Random random = new java.util.Random(11);
    int ruledOut = 0;
    int similar = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      // Word keys from a small vocabulary, so that pairs range from unrelated to near copies; short
      // paragraphs (one shingle of fewer than three words) included.
      long[] a = keys(random, 1 + random.nextInt(random.nextBoolean() ? 4 : 80), 1 + random.nextInt(300));
      long[] b = random.nextBoolean() ? keys(random, 1 + random.nextInt(80), 1 + random.nextInt(300)) : editedKeys(random, a);
      double exact = RepeatedParagraphRule.jaccard(
          RepeatedParagraphRule.shingles(mixed(a)), RepeatedParagraphRule.shingles(mixed(b)));
      for (double threshold : new double[] {0.0, 0.3, 0.5, 0.8, 0.95, 1.0}) {
        boolean may = words(a).mayBeSimilar(words(b), threshold);
        if (exact >= threshold) {
          similar++;
          assertTrue(may, "similarity " + exact + " ruled out at " + threshold + " in trial " + trial);
        } else if (!may && threshold == 0.8) {
          ruledOut++;
        }
      }
    }
    assertTrue(similar > 10_000, "the trials should hold many similar pairs: " + similar);
    assertTrue(ruledOut > 5_000, "the words should rule most unrelated pairs out: " + ruledOut);
  }

  @Test
  void ownShinglesIsTheFewestAParagraphCanHave() {
    // Paragraphs from a vocabulary of six words, so that words repeat; the other paragraph's words are
    // those below a cut. Every own shingle is counted by content, as the shingle sets hold them.
    java.util.Random random = new java.util.Random(5);
    java.util.Set<Integer> reached = new java.util.HashSet<>();
    for (int trial = 0; trial < 50_000; trial++) {
      long[] a = keys(random, 1 + random.nextInt(10), 6);
      int cut = random.nextInt(6);
      java.util.Set<Long> ownWords = new java.util.HashSet<>();
      for (long k : a) {
        if (k >= cut) {
          ownWords.add(k);
        }
      }
      java.util.Set<java.util.List<Long>> own = new java.util.HashSet<>();
      for (int s = 0; s < Math.max(1, a.length - RepeatedParagraphRule.SHINGLE + 1); s++) {
        java.util.List<Long> shingle = new java.util.ArrayList<>();
        for (int k = s; k < Math.min(a.length, s + RepeatedParagraphRule.SHINGLE); k++) {
          shingle.add(a[k]);
        }
        if (shingle.stream().anyMatch(ownWords::contains)) {
          own.add(shingle);
        }
      }
      int fewest = RepeatedParagraphRule.Words.ownShingles(ownWords.size());
      assertTrue(own.size() >= fewest, java.util.Arrays.toString(a) + " below " + cut + ": " + own.size() + " own shingles");
      if (own.size() == fewest) {
        reached.add(ownWords.size());
      }
    }
    assertEquals(java.util.Set.of(0, 1, 2, 3, 4, 5, 6), reached, "the fewest is reached for each count of own words");
  }

  /** The rule's summary of a paragraph whose words have the given keys. */
  private static RepeatedParagraphRule.Words words(long[] keys) {
    long[] print = new long[4];
    for (long k : keys) {
      int bit = RepeatedParagraphRule.Words.bit(k);
      print[bit >>> 6] |= 1L << bit;
    }
    return new RepeatedParagraphRule.Words(keys.length, keys.length, 0, print);
  }

  private static long[] keys(java.util.Random random, int n, int vocabulary) {
    long[] k = new long[n];
    for (int i = 0; i < n; i++) {
      k[i] = random.nextInt(vocabulary);
    }
    return k;
  }

  private static long[] editedKeys(java.util.Random random, long[] keys) {
    long[] k = keys.clone();
    for (int i = 0; i < k.length; i++) {
      if (random.nextInt(10) == 0) {
        k[i] = 1_000 + random.nextInt(100);
      }
    }
    return k;
  }

  private static long[] mixed(long[] keys) {
    long[] w = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      w[i] = RepeatedParagraphRule.mix(keys[i]);
    }
    return w;
  }

  private static long[] words(java.util.Random random, int n, int vocabulary) {
    long[] w = new long[n];
    for (int i = 0; i < n; i++) {
      w[i] = RepeatedParagraphRule.mix(random.nextInt(vocabulary));
    }
    return w;
  }

  private static long[] edited(java.util.Random random, long[] words) {
    long[] w = words.clone();
    for (int i = 0; i < w.length; i++) {
      if (random.nextInt(10) == 0) {
        w[i] = RepeatedParagraphRule.mix(1_000 + random.nextInt(100));
      }
    }
    return w;
  }
}
