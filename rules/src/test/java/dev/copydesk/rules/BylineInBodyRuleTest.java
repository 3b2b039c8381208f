package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineInBodyRuleTest {

  private final RuleTester tester = RuleTester.forRule(new BylineInBodyRule());

  @Test
  void flagsBylineLines() {
    tester.assertFlags(
        Format.TEXT,
        "Budget passes\n\n«By Aiden Johnson»\n\nThe council approved the budget.\n\n"
            + "«Posted by Frank Wilkenmeyer on 19 Sep 2016»\n\n«BY JANE DOE, Associated Press»\n\n"
            + "«Reporting by David Lawder; Editing by Andrea Ricci»\n\n«Authors:»\n");
  }

  @Test
  void aBylineTheMetadataAlreadyHoldsIsToBeDeletedFromAMarkdownBody() {
    List<Finding> found = tester.assertFlags(
        Format.MARKDOWN, "---\ntitle: Budget passes\nauthor: Jane Doe\n---\n\n«By Jane Doe»\n\nThe council approved the budget.\n");
    assertTrue(found.get(0).message().contains("repeats the author metadata"), found.get(0).message());
  }

  @Test
  void anHtmlPageThatShowsTheAuthorItsMetaTagsNameIsLeftAlone() {
    String head = "<html><head><title>Budget passes</title>";
    String body = "</head><body><article><h1>Budget passes</h1><p class=\"byline\">%s</p>"
        + "<p>The council approved the budget on Tuesday.</p></article></body></html>";
    tester.assertClean(Format.HTML, head + "<meta name=\"author\" content=\"Jane Doe\">" + body.formatted("By Jane Doe"));
    tester.assertFlags(Format.HTML, head + "<meta name=\"author\" content=\"Jane Doe\">" + body.formatted("«By John Smith»"));
    List<Finding> unnamed = tester.assertFlags(Format.HTML, head + body.formatted("«By Jane Doe»"));
    assertEquals(
        "Byline \"By Jane Doe\" is on the page, but the page's metadata names no author: add \"Jane Doe\" as its"
            + " author (<meta name=\"author\">, or the author of its JSON-LD).",
        unnamed.get(0).message());
    // A body fragment from a CMS field, with no head: the byline belongs in the CMS's author field.
    List<Finding> fragment = tester.assertFlags(
        Format.HTML, "<p>«By Jane Doe»</p><p>The council approved the budget on Tuesday.</p>");
    assertTrue(fragment.get(0).message().contains("move \"Jane Doe\" there and delete the line"), fragment.get(0).message());
  }

  @Test
  void leavesHeadingsAndSentencesThatStartWithByAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nBy the Numbers\n\nBy Tuesday, Smith and Jones had left.\n\nBy Design\n\n"
            + "By Aaron Humes: The Americas cannot ignore the risk of further surges, health officials warned.\n\n"
            + "By setting this to Default, attributes are kept.\n");
  }

  @Test
  void readsPrefixesPastRunsOfWhiteSpace() {
    // The prefix test folds only the start of a line; white space collapses when folded, so the start
    // it folds must grow until it holds the longest prefix.
    String spaces = " ".repeat(90);
    tester.assertFlags(Format.TEXT, "Budget passes\n\nThe council met on Monday.\n" + spaces + "«By Jane Doe»\n");
    tester.assertFlags(Format.TEXT, "Budget passes\n\n«Written   by  Jane Doe»\n\nThe council met on Monday.\n");
    tester.assertClean(Format.TEXT, "Budget passes\n\nAdditional" + spaces + "reporting" + spaces + "bylines were dropped.\n");
  }

  @Test
  void theQuickTestTurnsAwayOnlyLinesThatAreNoCredits() {
    // Every line the two-character test turns away, the full test finds no credit in; and it turns away
    // the ordinary lines.
    java.util.Random rnd = new java.util.Random(17);
    String[] openings = {"by", "written by", "authors:", "reporting by", "byline:", "bye", "bu", "wa", "au", "the"};
    String lead = " \t\u00A0`'-\u0130\u212A";
    String pieces = "bByYwWrRaAuUtT: `'.";
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(
        "By Jane Doe", "BY JANE DOE", "  by Jane Doe", "\tWritten by Jane Doe", "\u001CAuthors: Jane Doe", "Authors:",
        "\u00A0By Jane Doe", "The council met.", "Bye for now", "B y Jane", "B", "", "Reporting by Jane Doe"));
    for (int round = 0; round < 20000; round++) {
      StringBuilder line = new StringBuilder();
      for (int k = rnd.nextInt(3); k > 0; k--) {
        line.append(lead.charAt(rnd.nextInt(lead.length())));
      }
      String opening = openings[rnd.nextInt(openings.length)];
      for (int k = 0; k < opening.length(); k++) {
        char c = opening.charAt(k);
        line.append(rnd.nextBoolean() ? Character.toUpperCase(c) : c);
      }
      for (int k = rnd.nextInt(3); k > 0; k--) {
        line.append(pieces.charAt(rnd.nextInt(pieces.length())));
      }
      lines.add(line + " Jane Doe");
    }
    int credits = 0;
    int turnedAway = 0;
    for (String line : lines) {
      boolean credit = BylineInBodyRule.credit(line) != null;
      if (!BylineInBodyRule.mayOpenWithPrefix(line)) {
        org.junit.jupiter.api.Assertions.assertFalse(credit, "turned away, yet a credit: '" + line + "'");
        turnedAway++;
      }
      credits += credit ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(credits > 200, "the random lines hold credits: " + credits);
    org.junit.jupiter.api.Assertions.assertTrue(turnedAway > 4000, "and many are turned away: " + turnedAway);
    org.junit.jupiter.api.Assertions.assertFalse(BylineInBodyRule.mayOpenWithPrefix("The council met."));
    org.junit.jupiter.api.Assertions.assertTrue(BylineInBodyRule.mayOpenWithPrefix("\tBY JANE DOE"));
  }
}
