package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistenceRuleTest {

  private static final String WEASEL =
      """
      house-weasel:
        type: existence
        summary: Weasel words
        severity: error
        tags: [clarity]
        message: "Cut '{match}': say who or how many."
        tokens: [many experts, some say, it is believed]
      """;

  @Test
  void flagsTokensIgnoringCaseQuotesAndWhiteSpace() {
    List<Finding> f =
        Defs.tester(WEASEL)
            .assertFlags(Format.TEXT, "Budget\n\n«Many  experts» agree. «Some say» the vote was close.\n");
    assertEquals("Cut 'Many experts': say who or how many.", f.get(0).message());
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void leavesPartsOfLongerWordsAndOtherPhrasesAlone() {
    Defs.tester(WEASEL).assertClean(Format.TEXT, "Budget\n\nManyexperts is a brand. Awesome saying.\n");
  }

  @Test
  void metadataIsValidatedAndDefaultsToTheStyleCategory() {
    StyleRule r = Defs.rule(WEASEL);
    assertEquals("house-weasel", r.metadata().id());
    assertEquals(Category.STYLE, r.metadata().category());
    assertEquals(List.of("clarity"), r.metadata().tags());
    assertEquals("Weasel words", r.metadata().summary());
    assertEquals("test.yml:1:1", r.location().orElseThrow().toString());
  }

  @Test
  void patternsAreRe2AndCaseSensitiveWhenAsked() {
    RuleTester t =
        Defs.tester(
            """
            house-shouting:
              type: existence
              ignore-case: false
              message: "Don't shout: '{match}'."
              patterns: ['[A-Z]{5,}']
              exceptions: [NASA, UNESCO]
            """);
    t.assertFlags(Format.TEXT, "Budget\n\nThe council said «NEVER» again. UNESCO agreed.\n");
    t.assertClean(Format.TEXT, "Budget\n\nThe council said never again. UNESCO agreed.\n");
  }

  @Test
  void withoutWordBoundariesMatchesInsideWords() {
    RuleTester t =
        Defs.tester(
            """
            house-ize:
              type: existence
              word-boundaries: false
              tokens: [ize]
            """);
    t.assertFlags(Format.TEXT, "Budget\n\nThey organ«ize» it.\n");
  }

  @Test
  void lineModeFlagsATokenOnlyOnALineOfItsOwn() {
    RuleTester t =
        Defs.tester(
            """
            house-labels:
              type: existence
              match: line
              tokens: [Copy code]
            """);
    t.assertFlags(Format.TEXT, "Budget\n\nThe council met.\n«Copy code»\n");
    t.assertClean(Format.TEXT, "Budget\n\nPlease copy code from the repository.\n");
  }

  @Test
  void ignoreQuotedLeavesQuotationsAlone() {
    RuleTester t =
        Defs.tester(
            """
            house-ai:
              type: existence
              ignore-quoted: true
              tokens: [as an AI language model]
            """);
    t.assertFlags(Format.TEXT, "Budget\n\n«As an AI language model», I cannot say.\n");
    t.assertClean(Format.TEXT, "Budget\n\nThe bot said: \u201cAs an AI language model, I cannot say.\u201d\n");
  }

  @Test
  void blockModesJudgeTheWholeBlockAndFlagIt() {
    RuleTester t =
        Defs.tester(
            """
            house-chrome:
              type: existence
              message: "'{match}' is {label}."
              fix: delete
              labels: {comment: a comment form}
              groups:
                - name: comment
                  match: block
                  tokens: [Leave a Reply]
                - name: comment
                  match: block-start
                  max-words: 12
                  tokens: [Your email address will not be published]
                - name: more
                  label: a related-links line
                  match: block-start
                  max-words-after: 3
                  tokens: [More in]
            """);
    List<Finding> f =
        t.assertFlags(
            Format.TEXT,
            "Budget\n\nThe council met.\n\n«Leave a Reply:»\n\n«Your email address will not be published. Required fields.»\n\n"
                + "«More in Local News»\n\nMore in this budget than anyone expected was cut.\n\nShe did not leave a reply.\n");
    assertEquals("'Leave a Reply:' is a comment form.", f.get(0).message());
    assertEquals("'More in Local News' is a related-links line.", f.get(2).message());
    assertEquals(List.of(Fix.delete(f.get(0).span())), f.get(0).fixes());
    // A long block that merely starts with the phrase is prose.
    t.assertClean(
        Format.TEXT,
        "Budget\n\nYour email address will not be published in the council's register, the clerk said on Monday after a long and tiring meeting.\n");
  }

  @Test
  void reportBlockFlagsTheBlockWhenATokenIsAnywhereInIt() {
    RuleTester t =
        Defs.tester(
            """
            house-inbox:
              type: existence
              report: block
              max-words: 10
              tokens: [your inbox]
            """);
    t.assertFlags(Format.TEXT, "Budget\n\n«Get the news in your inbox.»\n");
    t.assertClean(Format.TEXT, "Budget\n\nThe council warned that scam letters may reach your inbox this winter, officials said.\n");
  }

  @Test
  void scopesSelectHeadingsSentencesAndExclusions() {
    String base = "  type: existence\n  tokens: [budget]\n";
    Defs.tester("h:\n" + base + "  scope: heading\n").assertFlags(Format.TEXT, "«Budget»\n\nThe budget passed.\n");
    Defs.tester("h:\n" + base + "  scope: [text, ~heading]\n").assertFlags(Format.TEXT, "Budget\n\nThe «budget» passed.\n");
    Defs.tester("h:\n" + base + "  scope: sentence\n").assertFlags(Format.TEXT, "«Budget»\n\nThe «budget» passed. A «budget» again.\n");
    Defs.tester("h:\n" + base + "  scope: [sentence, ~heading]\n").assertFlags(Format.TEXT, "Budget\n\nThe «budget» passed.\n");
    Defs.tester("h:\n" + base + "  scope: title\n").assertFlags(Format.TEXT, "«Budget»\n\nThe budget passed.\n");
    Defs.tester("h:\n" + base + "  scope: paragraph\n").assertClean(Format.TEXT, "Budget\n\nThe vote passed.\n");
  }

  @Test
  void tokensFromReadsAListBesideTheDefinitions() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("style");
    java.nio.file.Files.writeString(dir.resolve("words.txt"), "# banned\nutilize\n\nleverage\n");
    java.nio.file.Path defs =
        java.nio.file.Files.writeString(dir.resolve("house.yml"), "house-words:\n  type: existence\n  tokens-from: words.txt\n");
    StyleRule r = StyleLoader.load(defs).rules().get(0);
    RuleTester.forRule(r).assertFlags(Format.TEXT, "Budget\n\nWe «utilize» and «leverage» it.\n");
  }

  @Test
  void blockMatchAnswersForTextJudgedAsAWhole() {
    StyleRule r =
        Defs.rule(
            """
            house-chrome:
              type: existence
              groups:
                - {name: related, match: block, tokens: [Related posts]}
                - {name: related, match: block-start, max-words-after: 4, tokens: [More from]}
                - {name: cookie, match: block-start, max-words: 60, tokens: [We use cookies]}
            """);
    assertTrue(r.matchBlock("» Related Posts").orElseThrow().isWholeOrNearlyWhole());
    assertTrue(r.matchBlock("More from the BBC").orElseThrow().isWholeOrNearlyWhole());
    BlockMatch cookie = r.matchBlock("We use cookies to improve your experience.").orElseThrow();
    assertEquals("cookie", cookie.group());
    assertEquals(MatchMode.BLOCK_START, cookie.mode());
    assertTrue(!cookie.isWholeOrNearlyWhole());
    assertTrue(r.matchBlock("Related posts were deleted by the editor.").isEmpty());
  }

  /**
   * Groups that judge a unit by reading it whole share one scan for the strings they need, which turns
   * the unit away from those whose strings it lacks. Each unit must be judged as it is without that scan:
   * by the first group, in the order written, that matches it alone. Texts are drawn from pieces that hold
   * the strings in other cases, with curly quotes, no-break and doubled spaces, inside words, and not at
   * all.
   */
  @Test
  void groupsSharingOneScanJudgeAsEachDoesAlone() {
    List<String> groups =
        List.of(
            "{name: g0, report: block, max-words: 30, tokens: [all rights reserved]}",
            "{name: g1, report: block, max-words: 30, tokens: [your inbox, subscriber-only]}",
            "{name: g2, report: block, max-words: 30, ignore-case: false, fold: true, word-boundaries: false,"
                + " patterns: ['^[^\\p{L}\\p{Nd}]*(?:[\\p{L}\\p{Nd}]+[^\\p{L}\\p{Nd}]+){0,3}(?:Newsletter|NEWSLETTER)']}",
            "{name: g3, report: block, fold: true, word-boundaries: false,"
                + " patterns: ['(?:get|receive) (?:a|our) (?:daily|weekly) (?:digest|briefing)\\b']}",
            "{name: g4, report: block, fold: true, word-boundaries: false, patterns: ['^(?:\u00A9|\\(c\\) ?\\d{4}|copyright ?\\d{4})']}",
            "{name: g5, match: block-start, fold: true, word-boundaries: false, patterns: ['[^\\p{L}\\p{Nd}]*by clicking \"?(?:accept|agree)\\b']}",
            "{name: g6, report: block, max-words: 30, tokens: [don't miss]}");
    StyleRule all = Defs.rule("house-chrome:\n  type: existence\n  groups:\n" + groups.stream().map(g -> "    - " + g + "\n").collect(java.util.stream.Collectors.joining()));
    assertEquals(6, all.scanFilteredGroups(), "all but g5, which its first letters filter");
    List<StyleRule> alone = groups.stream().map(g -> Defs.rule("house-chrome:\n  type: existence\n  groups:\n    - " + g + "\n")).toList();
    String[] pieces = {
      "The council met on Monday.", "Get our weekly digest", "GET OUR WEEKLY DIGEST", "get  our\u00A0weekly digest",
      "receive a DAILY briefing", "Sign up: Newsletter", "Daily NEWSLETTER", "newsletter", "Newsletters", "news letter",
      "\u00A9 2020 BBC", "(C) 2021 Acme", "Copyright 2019", "All Rights Reserved.", "all\u00A0rights  reserved",
      "your inbox", "YOUR INBOX", "yourinbox", "subscriber\u2010only", "SUBSCRIBER-ONLY", "\u0130NBOX", "your \u0131nbox",
      "by clicking \u201CAccept\u201D", "Don\u2019t miss", "DON'T  MISS", "dont miss", "  ", "\u2014", "weekly", "digest"
    };
    java.util.Random random = new java.util.Random(5);
    int matched = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(4); k >= 0; k--) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextInt(4) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece).append(random.nextBoolean() ? " " : ", ");
      }
      String t = text.toString();
      String expected = null;
      for (StyleRule one : alone) {
        if (one.matchBlock(t).isPresent()) {
          expected = one.matchBlock(t).get().group();
          break;
        }
      }
      String actual = all.matchBlock(t).map(BlockMatch::group).orElse(null);
      assertEquals(expected, actual, "\"" + t + "\"");
      matched += expected == null ? 0 : 1;
    }
    assertTrue(matched > 1000 && matched < 4500, "both kinds of text were drawn: " + matched + " of 5000 matched");
  }
}
