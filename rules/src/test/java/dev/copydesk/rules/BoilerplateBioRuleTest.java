package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class BoilerplateBioRuleTest {

  private final RuleTester tester = RuleTester.forRule(new BoilerplateBioRule());

  @Test
  void flagsFirstPersonSelfPromotionAsAnError() {
    var f =
        tester.assertFlags(
            Format.TEXT,
            "Budget passes\n\nThe council approved the budget.\n\n«As a content writer at example.com, I have a"
                + " passion for crafting engaging and informative articles. I strive to deliver content that"
                + " informs.»\n");
    assertEquals(Severity.ERROR, f.get(0).severity());
  }

  @Test
  void flagsThirdPersonStaffBiosAsWarnings() {
    var f =
        tester.assertFlags(
            Format.TEXT,
            "Budget passes\n\nThe council approved the budget.\n\n«Phil Helsel is a reporter for NBC News.»\n\n"
                + "«Perry Bacon Jr. is a senior writer for FiveThirtyEight.»\n");
    assertEquals(Severity.WARNING, f.get(0).severity());
  }

  @Test
  void leavesPeopleInTheNewsAndOtherRolesAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nErin Spiceland is a Software Engineer for SpaceX.\n\n"
            + "Mr Smith is a reporter for the local paper who broke the story.\n\n"
            + "As a journalist, I have covered the council for ten years, and I have never seen a vote like this"
            + " one.\n");
  }

  @Test
  void theCheapPreTestPassesWheneverTheSelfIntroductionDoes() {
    String[] blocks = {
      "As a content writer at example.com, I write.",
      "  as an editor I edit.",
      "We met. As a reporter, I covered it.",
      "We met\u2026  I\u2019m a freelance writer and I love it.",
      "Done!\u00A0\u00A0Hello, I'm a blogger.",
      "Done?\nMY NAME IS Ann and I write.",
      "Hi i'm Sam.",
      "\u0130 am a writer.",
      "Done. ? As a copywriter I know.",
      "The council met. It voted.",
      "Asa is a journalist.",
      "Done.\u001FAs a writer I write.",
      "Done.\u000BMy name is Jo and I write.",
      "Done.\u2028As a writer I write.",
    };
    for (String b : blocks) {
      String folded = dev.copydesk.core.text.FoldedText.of(b).folded();
      if (BoilerplateBioRule.introducesSelf(folded)) {
        assertEquals(true, BoilerplateBioRule.mayIntroduceSelf(b), b);
      }
    }
    assertEquals(true, BoilerplateBioRule.introducesSelf(dev.copydesk.core.text.FoldedText.of(blocks[3]).folded()));
    assertEquals(false, BoilerplateBioRule.mayIntroduceSelf("The council met. It voted."));
  }

  @Test
  void theStaffBioPreTestPassesWheneverThePatternDoes() {
    String[] pieces = {"Phil", "Helsel", "PERRY", "bacon", "Jr.", "sr", ",", " ", " ", " ", "is", "IS", "Is", "iS",
        "\u0130s", "\u0131\u017F", "isn't", "a", "an", "the", "senior", "staff", "reporter", "writer", "for", "at",
        ".", "NBC", "Is a", "\u00A0"};
    java.util.Random rnd = new java.util.Random(17);
    int matched = 0;
    int turnedAway = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextBoolean()) {
        // Shaped like a staff bio, each slot varied: "<Name Name> [jr] <is> <a> [adjective] <role> <for> ..."
        String[] is = {"is", "IS", "Is", "iS", "\u0130s", "\u0131\u017F", "isn't", "was"};
        String[] gap = {" ", " ", " ", " ", "  ", "\u00A0", ""};
        String[] names = {"Phil Helsel", "PERRY bacon", "Mary Ann Helsel", "Mary Ann Helsel Perry", "Mary Ann Helsel Perry Bacon",
            "Phil", "Phil Helsel,"};
        sb.append(names[rnd.nextInt(names.length)]).append(rnd.nextInt(4) == 0 ? " Jr.," : rnd.nextInt(4) == 0 ? " sr" : "");
        sb.append(gap[rnd.nextInt(gap.length)]).append(is[rnd.nextInt(is.length)]).append(gap[rnd.nextInt(gap.length)]);
        sb.append(rnd.nextBoolean() ? "a " : "the ").append(rnd.nextBoolean() ? "senior " : "");
        sb.append(rnd.nextBoolean() ? "reporter" : "writer").append(rnd.nextBoolean() ? " for NBC." : ".");
      } else {
        for (int k = 0, len = 3 + rnd.nextInt(12); k < len; k++) {
          sb.append(pieces[rnd.nextInt(pieces.length)]);
          if (rnd.nextInt(3) > 0) {
            sb.append(' ');
          }
        }
      }
      String text = sb.toString();
      boolean may = BoilerplateBioRule.mayBeStaffBio(text);
      if (BoilerplateBioRule.STAFF_BIO.matcher(text).lookingAt()) {
        assertEquals(true, may, text);
        matched++;
      }
      turnedAway += may ? 0 : 1;
    }
    // The texts do match, in every case the pattern accepts, and the pre-test does turn many away.
    assertEquals(true, matched > 4_000, "matched: " + matched);
    assertEquals(true, turnedAway > 5_000, "turned away: " + turnedAway);
    assertEquals(true, BoilerplateBioRule.mayBeStaffBio("Phil Helsel \u0130S a reporter for NBC News."));
    assertEquals(false, BoilerplateBioRule.mayBeStaffBio("The council approved the budget on Tuesday."));
    assertEquals(false, BoilerplateBioRule.mayBeStaffBio("This is"));
    assertEquals(true, BoilerplateBioRule.mayBeStaffBio("Mary Ann Helsel Perry, Jr., is a reporter for NBC News."));
    // " is " past the fifth space: after more words than a name has.
    assertEquals(false, BoilerplateBioRule.mayBeStaffBio("The council said on Tuesday that it is a budget for everyone."));
  }

  @Test
  void theSentenceStartScanAgreesWithTryingEveryCharacter() {
    String[] pieces = {"As", "as", "I", "i", "My", "Hi", "hello", "Hey", "a", "Asa", ".", "!", "?", "\u2026", " ", "\n", "\t",
        "\u2028", "\u00A0", "...", "writer", "The", "\u0130", "x", "7"};
    java.util.Random rnd = new java.util.Random(5);
    int yes = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0, len = rnd.nextInt(14); k < len; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      boolean expected = false;
      String folded = dev.copydesk.core.text.FoldedText.of(text).folded();
      // Every place a sentence could start, tried one by one: the text's start, and past each
      // terminator followed by white space.
      for (int k = -1; k + 1 < text.length() && !expected; k++) {
        if (k >= 0 && !(".!?\u2026".indexOf(text.charAt(k)) >= 0 && dev.copydesk.core.text.FoldedText.isSpace(text.charAt(k + 1)))) {
          continue;
        }
        int from = k + 1;
        while (from < text.length() && dev.copydesk.core.text.FoldedText.isSpace(text.charAt(from))) {
          from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
          to++;
        }
        expected = to > from && to - from <= 5
            && java.util.Set.of("as", "i", "my", "hi", "hello", "hey").contains(lowerEach(text.substring(from, to)));
      }
      assertEquals(expected, BoilerplateBioRule.mayIntroduceSelf(text), text);
      if (BoilerplateBioRule.introducesSelf(folded)) {
        assertEquals(true, BoilerplateBioRule.mayIntroduceSelf(text), text);
      }
      yes += expected ? 1 : 0;
    }
    assertEquals(true, yes > 2_000 && yes < 18_000, "texts that may introduce: " + yes);
  }

  @Test
  void aBlockIsScannedOnlyForTheTerminatorsItHolds() {
    // Blocks parsed from texts of the pieces above, with and without each terminator: the scan that
    // leaves out the terminators a block's character summary says it lacks answers as the full scan.
    String[] pieces = {"As", "as", "I", "i", "My", "Hi", "hello", "Hey", "a", "Asa", ".", "!", "?", "\u2026", " ", " ",
        "\u00A0", "...", "writer", "The", "\u0130", "x", "7", "\u00E9t\u00E9", "\u4E2D"};
    java.util.Random rnd = new java.util.Random(23);
    dev.copydesk.core.parse.ArticleParser parser = dev.copydesk.core.parse.ArticleParser.create();
    int blocks = 0;
    int yes = 0;
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder("Title\n\n");
      for (int k = 0, len = 1 + rnd.nextInt(16); k < len; k++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      for (var b : parser.parse("t", sb.append('\n').toString(), Format.TEXT).article().blocks()) {
        boolean expected = BoilerplateBioRule.mayIntroduceSelf(b.text());
        assertEquals(expected, BoilerplateBioRule.mayIntroduceSelf(b), b.text());
        blocks++;
        yes += expected ? 1 : 0;
      }
    }
    assertEquals(true, yes > 500 && blocks - yes > 1_000, yes + " of " + blocks + " blocks may introduce");
  }

  private static String lowerEach(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      out.append(Character.toLowerCase(s.charAt(i)));
    }
    return out.toString();
  }
}
