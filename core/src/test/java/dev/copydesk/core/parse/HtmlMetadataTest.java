package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

  @Test
  void classesAndIdsThatReadLikeADateline() {
    assertTrue(HtmlMetadata.readsLikeDateline("article-PubDate"));
    assertTrue(HtmlMetadata.readsLikeDateline("c-byline__author"));
    assertTrue(HtmlMetadata.readsLikeDateline("entry-meta posted-on"));
    assertTrue(HtmlMetadata.readsLikeDateline("Timestamp"));
    assertTrue(HtmlMetadata.readsLikeDateline("flex items-center gap-2 text-sm text-gray-500 published"));
    assertFalse(HtmlMetadata.readsLikeDateline("flex items-center gap-2 text-sm text-gray-500"));
    assertFalse(HtmlMetadata.readsLikeDateline("tim"));
    assertFalse(HtmlMetadata.readsLikeDateline(""));
  }

  @Test
  void theFirstLetterFilterFindsWhatComparingAtEveryCharacterFinds() {
    for (String w : HtmlMetadata.DATELINE_WORDS) {
      assertTrue("bdpt".indexOf(w.charAt(0)) >= 0, w + ": the filter reads first letters b, d, p and t only");
    }
    // Letters of the words in both cases, and characters that fold to them ignoring case (dotted and
    // dotless i, long s, Kelvin sign), among others.
    String alphabet = "datebylinpostuhmDATEBYLINPOSTUHM-_ 0\u0130\u0131\u017F\u212A\u00E9@`";
    Random random = new Random(3);
    int matches = 0;
    for (int round = 0; round < 200_000; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(14);
      for (int i = 0; i < n; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(4) == 0) {
        String w = HtmlMetadata.DATELINE_WORDS.get(random.nextInt(HtmlMetadata.DATELINE_WORDS.size()));
        s.insert(random.nextInt(s.length() + 1), random.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT));
      }
      String v = s.toString();
      boolean expected = everywhere(v);
      matches += expected ? 1 : 0;
      assertEquals(expected, HtmlMetadata.readsLikeDateline(v), v);
    }
    assertTrue(matches > 40_000, matches + " matches");
  }

  /** The word search compared at every character, as before the filter. */
  private static boolean everywhere(String value) {
    for (int i = 0; i + 4 <= value.length(); i++) {
      for (String w : HtmlMetadata.DATELINE_WORDS) {
        if (value.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }
}
