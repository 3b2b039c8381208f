package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.text.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermSetTest {

  @Test
  void tellsPatternsThatOnlyMatchAtTheStart() {
    assertTrue(TermSet.beginsAtTextStart("^abc"));
    assertTrue(TermSet.beginsAtTextStart("^(?:a|b)c"));
    assertTrue(TermSet.beginsAtTextStart("^[|]x"), "a bar inside a class");
    assertTrue(TermSet.beginsAtTextStart("^[]|]x"), "a class that opens with ]");
    assertTrue(TermSet.beginsAtTextStart("^a\\|b"), "an escaped bar");
    assertFalse(TermSet.beginsAtTextStart("^a|b"), "b matches anywhere");
    assertFalse(TermSet.beginsAtTextStart("(?:^|, )a"));
    assertFalse(TermSet.beginsAtTextStart("abc"));
  }

  @Test
  void filtersNeverChangeWhatIsFound() {
    // Sets whose patterns the filters read, and texts they turn away or let through: the hits are those
    // of RE2 on its own (a set with an inline flag, which turns the filters off, finds the same).
    List<String> texts =
        List.of("7k shares", "Share this: 12 comments", "the council met", "\u00A9 2020 CBS", "Get our weekly digest.",
            "  view all comments", "", "... no letters ...");
    List<List<String>> sets =
        List.of(
            List.of("[^\\p{L}\\p{Nd}]*\\d[\\d,]* ?[km]? shares?\\b", "[^\\p{L}\\p{Nd}]*(?:view|show) (?:all )?comments"),
            List.of("^(?:\u00A9|\\(c\\)) ?\\d{4}"),
            List.of("(?:^|[.?!:] )(?:get|receive) our (?:daily|weekly) digest"));
    int hits = 0;
    for (List<String> patterns : sets) {
      for (TermSet.Anchor anchor : TermSet.Anchor.values()) {
        TermSet filtered = set(patterns, anchor, false);
        TermSet plain = set(patterns.stream().map(p -> "(?s)" + p).toList(), anchor, false);
        for (String t : texts) {
          assertEquals(plain.findPatterns(t), filtered.findPatterns(t), patterns + " " + anchor + " on '" + t + "'");
          hits += filtered.findPatterns(t).size();
        }
      }
    }
    assertTrue(hits >= 6, "the texts should give some hits: " + hits);
  }

  private static TermSet set(List<String> patterns, TermSet.Anchor anchor, boolean wordBoundaries) {
    List<TermSet.Term> terms = patterns.stream().map(p -> new TermSet.Term(p, true, 0)).toList();
    return new TermSet(terms, Folding.IGNORE_CASE, wordBoundaries, true, anchor);
  }
}
