package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermSetTest {

  /** Texts the pattern sets below turn away, let through, or find something in. */
  private static final List<String> TEXTS =
      List.of("7k shares", "Share this: 12 comments", "the council met", "\u00A9 2020 CBS", "Get our weekly digest.",
          "  view all comments", "", "... no letters ...", "She said: get our weekly digest");

  /** Sets of the shapes page-chrome has: patterns at the start, an anchored one, and one anywhere. */
  private static final List<List<String>> PATTERN_SETS =
      List.of(
          List.of("[^\\p{L}\\p{Nd}]*\\d[\\d,]* ?[km]? shares?\\b", "[^\\p{L}\\p{Nd}]*(?:view|show) (?:all )?comments"),
          List.of("^(?:\u00A9|\\(c\\)) ?\\d{4}"),
          List.of("(?:^|[.?!:] )(?:get|receive) our (?:daily|weekly) digest"));

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
    List<String> texts = TEXTS;
    List<List<String>> sets = PATTERN_SETS;
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

  @Test
  void aSetTurnsAwayByTheirStartOnlyTextsItFindsNothingIn() {
    List<String> texts = TEXTS;
    List<List<String>> sets = PATTERN_SETS;
    int rejected = 0;
    int found = 0;
    for (List<String> patterns : sets) {
      for (TermSet.Anchor anchor : TermSet.Anchor.values()) {
        TermSet set = set(patterns, anchor, false);
        for (String t : texts) {
          FoldedText folded = FoldedText.of(t, Folding.IGNORE_CASE);
          List<TermSet.Hit> hits = set.find(t, folded);
          if (set.rejectsByStart(t, folded)) {
            assertEquals(List.of(), hits, patterns + " " + anchor + " rejected '" + t + "'");
            rejected++;
          }
          found += hits.size();
          assertFalse(set.rejectsByStart(t, null), "a set that folds cannot judge a text it is not given folded");
        }
      }
    }
    assertTrue(rejected >= 20, "most texts should be turned away: " + rejected);
    assertTrue(found >= 6, "and some found: " + found);
    TermSet phrases =
        new TermSet(List.of(new TermSet.Term("share this", false, 0)), Folding.IGNORE_CASE, true, true, TermSet.Anchor.ANYWHERE);
    assertFalse(phrases.rejectsByStart("nothing here", FoldedText.of("nothing here")), "phrases are never turned away unread");
  }

  @Test
  void countsAPatternsCapturingGroupsAsRe2Does() {
    List<String> patterns =
        List.of("abc", "a(b)c", "((a)(b))", "(?:x)(y)", "(?i)(b)", "(?i:c)d", "(?P<name>a)(b)", "\\(not\\)", "[(](z)",
            "[]()](q)", "[^]()]", "[\\]](r)", "\\Q(literal)\\E(g)", "\\Q(to the end", "[[:alpha:](](d)", "\\p{L}(e)",
            "\\x{28}(f)", "(?s)(.)\\b", "[^\\p{L}\\p{Nd}]*(?:(?:\\d[\\d,]*|one) (?:comments?))(?:$| (?:on|to) \")");
    for (String p : patterns) {
      assertEquals(com.google.re2j.Pattern.compile(p).groupCount(), TermSet.capturingGroups(p), p);
    }
  }

  @Test
  void eachPatternsHitsAreItsOwnWhateverTheGroupsBeforeIt() {
    List<TermSet.Term> terms =
        List.of(
            new TermSet.Term("(a)(b)x", true, 0),
            new TermSet.Term("[(]y(z)", true, 1),
            new TermSet.Term("\\Q(\\Ew", true, 2),
            new TermSet.Term("v", true, 3));
    TermSet set = new TermSet(terms, Folding.IGNORE_CASE, false, false, TermSet.Anchor.ANYWHERE);
    assertEquals(
        List.of(new TermSet.Hit(0, 3, 0), new TermSet.Hit(4, 7, 1), new TermSet.Hit(8, 10, 2), new TermSet.Hit(11, 12, 3)),
        set.findPatterns("abx (yz (w v"));
  }

  @Test
  void aPatternRe2CannotCompileIsNamedInTheError() {
    List<TermSet.Term> terms = List.of(new TermSet.Term("fine", true, 0), new TermSet.Term("(?<!not )bad", true, 1));
    com.google.re2j.PatternSyntaxException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            com.google.re2j.PatternSyntaxException.class,
            () -> new TermSet(terms, Folding.IGNORE_CASE, true, false, TermSet.Anchor.ANYWHERE));
    assertEquals("(?<!not )bad", e.getPattern());
  }

  private static TermSet set(List<String> patterns, TermSet.Anchor anchor, boolean wordBoundaries) {
    List<TermSet.Term> terms = patterns.stream().map(p -> new TermSet.Term(p, true, 0)).toList();
    return new TermSet(terms, Folding.IGNORE_CASE, wordBoundaries, true, anchor);
  }
}
