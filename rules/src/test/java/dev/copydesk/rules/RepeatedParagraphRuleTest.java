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
