package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstLettersTest {

  @Test
  void turnsAwayTextsWhoseFirstWordNoMatchCanStartWith() {
    FirstLetters f = FirstLetters.of("[^\\p{L}\\p{Nd}]*(?:view|show|read)(?: all)? comments?", false);
    assertNotNull(f);
    assertTrue(f.mayMatchAtStart("view all comments"));
    assertTrue(f.mayMatchAtStart("  \u201C(show comments"));
    assertFalse(f.mayMatchAtStart("the comments"));
    assertFalse(f.mayMatchAtStart("View all"), "case counts unless the pattern ignores it");
    assertFalse(f.mayMatchAtStart("... --"), "a text without letters or digits");
    assertFalse(f.mayMatchAtStart(""));
    FirstLetters ignoringCase = FirstLetters.of("[^\\p{L}\\p{Nd}]*(?:view|show|read)(?: all)? comments?", true);
    assertTrue(ignoringCase.mayMatchAtStart("View all"));
    assertTrue(ignoringCase.mayMatchAtStart("\u00C9t\u00E9"), "letters outside ASCII may fold to ASCII ones");
  }

  /** A filter that lets every letter through, in either case, turns away next to nothing. */
  @Test
  void knowsAFilterThatLetsEveryLetterThrough() {
    assertTrue(FirstLetters.of("^[^\\p{L}\\p{Nd}]*(?:[\\p{L}\\p{Nd}]+[^\\p{L}\\p{Nd}]+){0,3}(?:Newsletter|NEWSLETTER)", false).acceptsEveryLetter());
    assertTrue(FirstLetters.of("[a-z]+ news", true).acceptsEveryLetter());
    assertFalse(FirstLetters.of("[a-z]+ news", false).acceptsEveryLetter(), "capitals cannot start a match");
    assertFalse(FirstLetters.of("[^\\p{L}\\p{Nd}]*(?:view|show|read)(?: all)? comments?", false).acceptsEveryLetter());
    assertFalse(FirstLetters.of("[b-z]\\w* news", true).acceptsEveryLetter());
  }

  @Test
  void letsRe2DecideWhereUnicodeVersionsMayDisagree() {
    FirstLetters f = FirstLetters.of("[^\\p{L}\\p{Nd}]*view", false);
    assertTrue(f.mayMatchAtStart("\u00E9 view"), "a letter outside ASCII: RE2's tables may not call it one");
    assertTrue(f.mayMatchAtStart("\u0378view"), "a code point Java's tables leave unassigned");
    assertFalse(f.mayMatchAtStart("\u201C\u2014 the view"), "punctuation both know is skipped");
  }

  @Test
  void readsCountsClassesAndEscapes() {
    FirstLetters counts = FirstLetters.of("[^\\p{L}\\p{Nd}]*\\d[\\d,]{0,12}(?:\\.\\d{1,3})? ?[km]? shares?\\b", false);
    assertTrue(counts.mayMatchAtStart("7k shares"));
    assertTrue(counts.mayMatchAtStart("\u0663 shares"), "outside ASCII, RE2 decides");
    assertFalse(counts.mayMatchAtStart("x7 shares"));
    assertFalse(counts.mayMatchAtStart("shares 7"));
    FirstLetters tags = FirstLetters.of("^[^\\p{L}\\p{Nd}]*(?:tags|filed under) ?:[^.!?]*$", false);
    assertTrue(tags.mayMatchAtStart("Tags".toLowerCase()));
    assertFalse(tags.mayMatchAtStart("category: x"));
    FirstLetters range = FirstLetters.of("[a-c\\x{64}]x", false);
    assertTrue(range.mayMatchAtStart("dx"));
    assertFalse(range.mayMatchAtStart("ex"));
  }

  @Test
  void turnsAwayTextsWhoseFirstWordsNoMatchCanStartWith() {
    FirstLetters counts = FirstLetters.union(List.of(
        FirstLetters.of("[^\\p{L}\\p{Nd}]*(?:(?:\\d[\\d,]*|one|two|three|ten) (?:comments?|thoughts?)|no (?:comments|replies))", true),
        FirstLetters.of("[^\\p{L}\\p{Nd}]*(?:view|show)(?: all)? comments?", true)));
    assertNotNull(counts);
    for (String yes : List.of("12 comments", "Ten comments", "three thoughts on", "No comments", "View all comments",
        "- one comment", "\u201Cthe comments\u201D", "\u00C9t\u00E9")) {
      assertTrue(counts.mayMatchAtStart(yes), yes);
    }
    // "T", "N" and "V" pass the first letter; the first words do not.
    for (String no : List.of("The council met", "Thousands came", "Nothing was said", "Visitors said", "tw", "no", "-- Then")) {
      assertFalse(counts.mayMatchAtStart(no), no);
    }
    FirstLetters clicking = FirstLetters.of("[^\\p{L}\\p{Nd}]*by clicking \"?(?:accept|ok)\\b", true);
    assertTrue(clicking.mayMatchAtStart("By CLICKING \"Accept\""), "ignoring case");
    assertFalse(clicking.mayMatchAtStart("By the way"));
    assertFalse(clicking.mayMatchAtStart("by clickingly"));
    // Anything outside ASCII before the first ASCII letter: RE2's tables decide what it is.
    assertTrue(FirstLetters.of("\\W*view", false).mayMatchAtStart("\u0378 the view"));
  }

  @Test
  void knowsTheCaseVariantsOfAsciiLettersOutsideAscii() {
    assertTrue(FirstLetters.of("\u212Aelvin", true).mayMatchAtStart("kelvin"), "RE2 matches the Kelvin sign with k");
    assertTrue(FirstLetters.of("[\u0100-\u0200]un", true).mayMatchAtStart("Sun"), "the range holds the long s");
    assertTrue(Pattern.compile("\u212Aelvin", Pattern.CASE_INSENSITIVE).matcher("kelvin").lookingAt());
    StringBuilder variants = new StringBuilder();
    for (char c = 128; c < Character.MAX_VALUE; c++) {
      if (RequiredText.norm(c) < 128) {
        variants.append(c);
      }
    }
    assertEquals(new String(FirstLetters.ASCII_CASE_VARIANTS), variants.toString());
  }

  @Test
  void givesNoFilterWhenAMatchMayHaveNoLetterOrTheSyntaxIsNotFollowed() {
    assertNull(FirstLetters.of("^(?:\u00A9|\\(c\\) ?\\d{4})", false), "\u00A9 alone is a match");
    assertNull(FirstLetters.of("[^.!?]*$", false));
    assertNull(FirstLetters.of("a?", false));
    assertNull(FirstLetters.of("(?i)abc", false), "inline flags");
    assertNull(FirstLetters.of("\\p{Greek}x", false), "scripts");
    assertNull(FirstLetters.of("[[:alpha:]]x", false));
    assertNull(FirstLetters.of("\\Qa.b\\E", false));
    assertNull(FirstLetters.of("abc)", false), "unbalanced");
    assertNull(FirstLetters.union(Arrays.asList(FirstLetters.of("abc", false), null)));
  }

  @Test
  void neverTurnsAwayATextThePatternMatches() {
    List<String> patterns =
        List.of(
            "[^\\p{L}\\p{Nd}]*\\d[\\d,]{0,12}(?:\\.\\d{1,3})? ?[km]? shares?\\b",
            "[^\\p{L}\\p{Nd}]*(?:(?:\\d[\\d,]*|one|two) (?:comments?|replies)|no (?:comments|replies))(?:[^\\p{L}\\p{Nd}]*$| (?:on|to) \")",
            "[^\\p{L}\\p{Nd}]*(?:comments?|replies) ?[(\\[]\\d[\\d,]*[)\\]][^\\p{L}\\p{Nd}]*$",
            "^[^\\p{L}\\p{Nd}]*(?:(?:facebook|e-?mail|print|copy link)[^\\p{L}\\p{Nd}]+){1,15}(?:facebook|e-?mail|print)[^\\p{L}\\p{Nd}]*$",
            "^[^\\p{L}\\p{Nd}]*(?:%d|\\d[\\d,]*) bloggers? likes? this\\b",
            "[^\\p{L}\\p{Nd}]*by clicking \"?(?:accept|ok|got it)\\b",
            "^(?:(?:[\\p{L}\\p{Nd}]+[^\\p{L}\\p{Nd}]+){0,2}[\\p{L}\\p{Nd}]+)(?:Newsletter|NEWSLETTER)",
            "[^\\p{L}\\p{Nd}]*you have (?:\\d{1,3}|no|one) free (?:articles?|stor(?:y|ies)) (?:left|remaining)\\b",
            "\\W*\\w+ said",
            "\\D+x",
            "\\S\\s\\S",
            "[\\p{Lu}\\p{Ll}]b",
            "\\P{L}*z",
            "\\pNq",
            "[^a-y]+!",
            ".?k",
            "(?:\u00E9t\u00E9|\u212Aelvin)",
            "\u212Aelvin",
            "[\u0100-\u0200]un",
            "(?:\"?one|two) comments",
            "x{2}yz",
            "(?:ab)+c",
            "(?:a|b)?cd",
            "\\d+ items",
            "[a-c]{1,2}q",
            "-?(?:|z)w x",
            "a(?:b|c)d",
            "(?:foo|bar)? ?(?:baz|qux)",
            "(?P<n>ab|c)+d{2,}",
            "x{0}y",
            "(?:)?(?:|z)w",
            "[]a]b",
            "[^]a]b",
            "\\.\\(\\[x");
    List<String> fragments =
        List.of("7", "12", "1,200", ".5", "k", " ", "  ", "shares", "share", "comments", "comment", "replies", "one", "two",
            "no", "on", "to", "\"", "(", ")", "[", "]", "facebook", "email", "e-mail", "print", "copy link", "%d",
            "bloggers", "like", "likes", "this", "by clicking", "accept", "ok", "got it", "Newsletter", "NEWSLETTER",
            "you have", "free", "articles", "story", "stories", "left", "remaining", "said", "x", "z", "y", "q", "w",
            "b", "d", "dd", "ab", "c", "!", ".", "-", "\u2026", "\u201C", "\u00A9", "\u00E9t\u00E9", "\u212Aelvin",
            "\u0663", "\u00BD", "Z", "A", "_", "\n", "kelvin", "Kelvin", "\u212A", "elvin", "sun", "\u017F", "un", "S",
            "Two", "items", "5", "yz", "xx", "ABC", "cd", "a", "q", "zw", "w", "foo", "bar", "baz", "qux", "\u201Ctwo");
    Random random = new Random(11);
    int matched = 0;
    for (String p : patterns) {
      for (boolean ignoreCase : new boolean[] {false, true}) {
        Pattern re = Pattern.compile(p, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        FirstLetters f = FirstLetters.of(p, ignoreCase);
        for (int trial = 0; trial < 3_000; trial++) {
          String t = randomText(random, fragments, 6);
          if (re.matcher(t).lookingAt()) {
            matched++;
            assertTrue(f == null || f.mayMatchAtStart(t), () -> "'" + p + "' matches '" + t + "' but its filter turns it away");
          }
        }
      }
    }
    assertTrue(matched > 1_000, "the texts should match often enough to test something: " + matched);
  }

  @Test
  void findsStringsEveryMatchContains() {
    assertEquals(
        List.of("daily", "weekly"),
        FirstLetters.requiredLiterals("(?:^|[.?!:] )[^\\p{L}]*(?:get|sign up for) (?:a|our) (?:free )?(?:daily|weekly) (?:list|digest)\\b"));
    assertEquals(List.of("newsletter", "newsletter"), FirstLetters.requiredLiterals("^\\w{0,3}(?:Newsletter|NEWSLETTER)"));
    assertEquals(List.of("all rights"), FirstLetters.requiredLiterals("\\ball rights(?: reserved)?"));
    assertEquals(List.of("ab"), FirstLetters.requiredLiterals("x?(?:ab){2}"), "a counted group needs its string at least");
    assertEquals(List.of("ab"), FirstLetters.requiredLiterals("x?(?:ab){2,}"));
    assertNull(FirstLetters.requiredLiterals("(?:ab)?c?"));
    assertNull(FirstLetters.requiredLiterals("\\d+|abc"), "a branch with no string");
    RequiredText digest = RequiredText.of(List.of(List.of("daily", "weekly")));
    assertTrue(digest.mayMatch("Get our WEEKLY list"));
    assertTrue(digest.mayMatch("get our wee\u212Aly list".replace('\u212A', 'k')));
    assertFalse(digest.mayMatch("The council met on Monday."));
    assertNull(RequiredText.of(Arrays.asList(List.of("a"), null)));
    RequiredText copyright = RequiredText.of(List.of(FirstLetters.requiredLiterals("^(?:\u00A9|(?:copyright|copyleft) ?\\d{4})")));
    assertTrue(copyright.mayMatch("Text \u00A9 2020"));
    assertTrue(copyright.mayMatch("COPYLEFT 2020"));
    assertFalse(copyright.mayMatch("(c) 2020 CBS"));
  }

  @Test
  void neverTurnsAwayATextThePatternFindsAnywhere() {
    List<String> patterns =
        List.of(
            "(?:^|[.?!:] )[^\\p{L}\\p{Nd}]*(?:get|receive|sign up for) (?:a|our|the) (?:free )?(?:daily|weekly) (?:list|digest|email)\\b",
            "(?:Newsletter|NEWSLETTER)",
            "(?:facebook|twitter)[^a-z]+(?:print|e-?mail)",
            "\\bk(?:ab){2}c",
            "s\\.t\\x{2E}",
            "(?P<x>ok|got it)+!");
    List<String> fragments =
        List.of(" ", ". ", "get", "receive", "sign up for", "a", "our", "the", "free ", "daily", "DAILY", "weekly", "list",
            "digest", "email", "Newsletter", "NEWSLETTER", "newsletter", "facebook", "FaceBook", "twitter", "print",
            "e-mail", "k", "\u212A", "ab", "AB", "c", "s", "\u017F", ".", "t", "ok", "got it", "!", "x", "1");
    Random random = new Random(5);
    int found = 0;
    for (String p : patterns) {
      RequiredText filter = RequiredText.of(List.of(FirstLetters.requiredLiterals(p)));
      assertNotNull(filter, p);
      for (boolean ignoreCase : new boolean[] {false, true}) {
        Pattern re = Pattern.compile(p, ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        for (int trial = 0; trial < 4_000; trial++) {
          String t = randomText(random, fragments, 8);
          if (re.matcher(t).find()) {
            found++;
            assertTrue(filter.mayMatch(t), () -> "'" + p + "' finds a match in '" + t + "' but its filter turns it away");
          }
        }
      }
    }
    assertTrue(found > 1_000, "the texts should match often enough to test something: " + found);
  }

  /** One to {@code maxPieces} fragments drawn at random, joined. */
  private static String randomText(Random random, List<String> fragments, int maxPieces) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(maxPieces);
    for (int i = 0; i < n; i++) {
      text.append(fragments.get(random.nextInt(fragments.size())));
    }
    return text.toString();
  }
}
