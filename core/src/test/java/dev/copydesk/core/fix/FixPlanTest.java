package dev.copydesk.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing and making the edits findings suggest in one text. */
class FixPlanTest {

  private static Finding finding(String rule, String source, String flagged, Fix... fixes) {
    int start = source.indexOf(flagged);
    Span span = new Span(start, start + flagged.length());
    return new Finding(rule, Severity.ERROR, "message", span, new Position(1, 1), new Position(1, 1), flagged, List.of(fixes));
  }

  private static Fix replace(String source, String flagged, String replacement) {
    int start = source.indexOf(flagged);
    return Fix.replace(new Span(start, start + flagged.length()), replacement);
  }

  @Test
  void makesEveryEditAtItsSourceOffsets() {
    String source = "We will utilize it and utilise them.\n";
    Finding a = finding("a", source, "utilize", replace(source, "utilize", "use"));
    Finding b = finding("b", source, "utilise", replace(source, "utilise", "use"));
    Finding noFix = finding("c", source, "them");
    FixPlan plan = FixPlan.of(source, List.of(b, noFix, a));
    assertEquals("We will use it and use them.\n", plan.fixed());
    assertEquals(2, plan.edits().size());
    assertEquals(List.of(a), plan.edits().get(0).findings(), "edits in source order");
    assertEquals(2, plan.fixedFindings());
    assertEquals(List.of(), plan.leftOver());
    assertTrue(plan.changes());
  }

  @Test
  void aFindingWithSeveralFixesIsLeftForAnEditorToChoose() {
    String source = "The goverment met.";
    Finding spelling = finding("spelling", source, "goverment",
        replace(source, "goverment", "government"), replace(source, "goverment", "governments"));
    FixPlan plan = FixPlan.of(source, List.of(spelling));
    assertFalse(FixPlan.isFixable(spelling));
    assertEquals(source, plan.fixed());
    assertEquals(List.of(), plan.edits());
    assertEquals(List.of(), plan.leftOver(), "not a fix that waits for another run");
  }

  @Test
  void overlappingEditsLeaveTheLaterOneForAnotherRun() {
    String source = "The very big dog.";
    Finding wide = finding("wide", source, "very big", replace(source, "very big", "huge"));
    Finding inner = finding("inner", source, "big", replace(source, "big", "large"));
    FixPlan plan = FixPlan.of(source, List.of(inner, wide));
    assertEquals("The huge dog.", plan.fixed());
    assertEquals(List.of(inner), plan.leftOver());
  }

  @Test
  void twoInsertionsAtOnePointAreNotGuessedBetween() {
    String source = "Hello world";
    Finding first = finding("a", source, "world", Fix.replace(new Span(5, 5), ","));
    Finding second = finding("b", source, "world", Fix.replace(new Span(5, 5), ";"));
    FixPlan plan = FixPlan.of(source, List.of(first, second));
    assertEquals(1, plan.edits().size());
    assertEquals(1, plan.leftOver().size());
  }

  @Test
  void rulesSuggestingTheSameEditShareIt() {
    String source = "Caf\u00c3\u00a9 society";
    Finding one = finding("mojibake", source, "Caf\u00c3\u00a9", replace(source, "Caf\u00c3\u00a9", "Caf\u00e9"));
    Finding two = finding("house", source, "Caf\u00c3\u00a9", replace(source, "Caf\u00c3\u00a9", "Caf\u00e9"));
    FixPlan plan = FixPlan.of(source, List.of(one, two));
    assertEquals("Caf\u00e9 society", plan.fixed());
    assertEquals(1, plan.edits().size());
    assertEquals(2, plan.fixedFindings());
  }

  @Test
  void aDeletionThatEmptiesItsLineTakesTheLine() {
    String source = "Budget\r\n\r\nThe council met.\r\n\r\n  Leave a Reply \r\nShare this\r\n";
    Finding reply = finding("page-chrome", source, "Leave a Reply", Fix.delete(spanOf(source, "Leave a Reply")));
    Finding share = finding("page-chrome", source, "Share this", Fix.delete(spanOf(source, "Share this")));
    assertEquals("Budget\r\n\r\nThe council met.\r\n\r\n", FixPlan.of(source, List.of(reply, share)).fixed());
  }

  @Test
  void aDeletedParagraphTakesOneOfTheBlankLinesAroundIt() {
    String source = "The council met.\n\nLeave a Reply\n\nIt rained.\n";
    Finding reply = finding("page-chrome", source, "Leave a Reply", Fix.delete(spanOf(source, "Leave a Reply")));
    assertEquals("The council met.\n\nIt rained.\n", FixPlan.of(source, List.of(reply)).fixed());
    String first = "Share this\r\n\r\nThe council met.\r\n";
    Finding share = finding("page-chrome", first, "Share this", Fix.delete(spanOf(first, "Share this")));
    assertEquals("The council met.\r\n", FixPlan.of(first, List.of(share)).fixed());
    String last = "The council met.\r\n\r\nLeave a Reply\r\n";
    Finding end = finding("page-chrome", last, "Leave a Reply", Fix.delete(spanOf(last, "Leave a Reply")));
    assertEquals("The council met.\r\n", FixPlan.of(last, List.of(end)).fixed());
  }

  @Test
  void aDeletionInsideALineTakesOnlyItsCharacters() {
    String source = "Comments: Leave a Reply\nThe council met. Share this\n";
    Finding item = finding("page-chrome", source, "Leave a Reply", Fix.delete(spanOf(source, "Leave a Reply")));
    Finding tail = finding("page-chrome", source, "Share this", Fix.delete(spanOf(source, "Share this")));
    assertEquals("Comments: \nThe council met. \n", FixPlan.of(source, List.of(item, tail)).fixed());
  }

  @Test
  void aDeletionThatLeavesOnlyAMarkdownMarkerTakesTheLine() {
    String source = "## Leave a Reply\n- Share this\n> 12. Tweet\n3) Print\n#hashtag Email\n";
    List<Finding> all = List.of(
        finding("p", source, "Leave a Reply", Fix.delete(spanOf(source, "Leave a Reply"))),
        finding("p", source, "Share this", Fix.delete(spanOf(source, "Share this"))),
        finding("p", source, "Tweet", Fix.delete(spanOf(source, "Tweet"))),
        finding("p", source, "Print", Fix.delete(spanOf(source, "Print"))),
        finding("p", source, "Email", Fix.delete(spanOf(source, "Email"))));
    // "> 12." is two markers, and "#hashtag" is a word: those lines keep what is left.
    assertEquals("> 12. \n#hashtag \n", FixPlan.of(source, all).fixed());
  }

  @Test
  void aDeletedLastLineWithoutABreakTakesTheBreakBeforeIt() {
    String source = "The council met.\n\nLeave a Reply";
    Finding reply = finding("page-chrome", source, "Leave a Reply", Fix.delete(spanOf(source, "Leave a Reply")));
    assertEquals("The council met.\n", FixPlan.of(source, List.of(reply)).fixed());
    assertEquals("", FixPlan.of("Leave a Reply", List.of(finding("p", "Leave a Reply", "Leave a Reply",
        Fix.delete(new Span(0, 13))))).fixed());
  }

  @Test
  void aFixOutsideTheTextIsDeclinedAndNothingChanges() {
    String source = "Short.";
    Finding stale = new Finding("a", Severity.ERROR, "m", new Span(0, 5), new Position(1, 1), new Position(1, 6), "Short",
        List.of(Fix.replace(new Span(2, 40), "x")));
    FixPlan plan = FixPlan.of(source, List.of(stale));
    assertEquals(source, plan.fixed());
    assertFalse(plan.changes());
    assertEquals(List.of(), plan.leftOver());
    assertEquals(List.of(stale), plan.declined());
  }

  /**
   * Random texts and findings, seeded: whatever the edits, the plan's edits never overlap, each covers
   * its fix's span, what they add around it is white space, line breaks or a block marker, every
   * finding is fixed, left over or not fixable, and the fixed text is the source with the edits made.
   */
  @Test
  void anyFindingsGiveNonOverlappingEditsThatMakeTheFixedText() {
    String[] pieces = {"word", " ", " ", "\n", "\r\n", "\n\n", "# ", "- ", "> ", "1. ", "\t", "Leave a Reply", "\u00a0", "x"};
    for (long seed = 1; seed <= 500; seed++) {
      java.util.Random random = new java.util.Random(seed);
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String source = text.toString();
      List<Finding> findings = new java.util.ArrayList<>();
      for (int i = random.nextInt(6); i > 0; i--) {
        int a = random.nextInt(source.length() + 1);
        int b = a + random.nextInt(source.length() - a + 1);
        Span span = new Span(a, b);
        int fixes = random.nextInt(4) == 0 ? 2 : 1;
        List<Fix> list = new java.util.ArrayList<>();
        for (int k = 0; k < fixes; k++) {
          list.add(random.nextBoolean() ? Fix.delete(span) : Fix.replace(span, random.nextBoolean() ? "use" : ""));
        }
        findings.add(new Finding("r" + i, Severity.ERROR, "m", span, new Position(1, 1), new Position(1, 1), "", list));
      }
      FixPlan plan = FixPlan.of(source, findings);
      String context = "seed " + seed + ": " + source.replace("\n", "\\n").replace("\r", "\\r");
      StringBuilder made = new StringBuilder();
      int at = 0;
      int lastStart = -1;
      for (FixPlan.Edit e : plan.edits()) {
        assertTrue(e.span().start() >= at && e.span().start() > lastStart, "edits overlap: " + context);
        made.append(source, at, e.span().start()).append(e.replacement());
        at = e.span().end();
        lastStart = e.span().start();
        for (Finding f : e.findings()) {
          Span own = f.fixes().get(0).span();
          assertTrue(e.span().contains(own), "an edit covers its fix: " + context);
          String around = source.substring(e.span().start(), own.start()) + source.substring(own.end(), e.span().end());
          assertTrue(around.replaceAll("[ \t\u00a0\r\n#>*+-]|\\d+[.)]", "").isEmpty(), "widened over text '" + around + "': " + context);
        }
      }
      made.append(source, at, source.length());
      assertEquals(made.toString(), plan.fixed(), context);
      long fixable = findings.stream().filter(FixPlan::isFixable).count();
      assertEquals(fixable, plan.fixedFindings() + plan.leftOver().size() + plan.declined().size(), context);
    }
  }

  /**
   * Random texts, a random plan, and a random plan for its fixed text, seeded: the two make one plan
   * whose edits, in the first source's offsets, are in order, overlap none, make the second plan's
   * fixed text, and fix the findings of both.
   */
  @Test
  void aPlanThenAPlanForItsFixedTextIsOnePlanFromTheSource() {
    String[] pieces = {"word", " ", "\n", "\n\n", "Leave a Reply", "x", "- "};
    for (long seed = 1; seed <= 2000; seed++) {
      java.util.Random random = new java.util.Random(seed);
      String source = RandomEdits.text(random, pieces, 25);
      FixPlan first = FixPlan.of(source, RandomEdits.fixes(random, source, "a", 6, 8, "", "use", "two\nlines"));
      FixPlan second = FixPlan.of(first.fixed(), RandomEdits.fixes(random, first.fixed(), "b", 6, 8, "", "use", "two\nlines"));
      FixPlan both = first.then(second);
      String context = "seed " + seed + ": " + source.replace("\n", "\\n");
      assertEquals(source, both.source(), context);
      assertEquals(second.fixed(), both.fixed(), context);
      StringBuilder made = new StringBuilder();
      int at = 0;
      for (FixPlan.Edit e : both.edits()) {
        assertTrue(e.span().start() >= at && e.span().end() <= source.length(), "edits in order, none overlapping: " + context);
        made.append(source, at, e.span().start()).append(e.replacement());
        at = e.span().end();
      }
      assertEquals(second.fixed(), made.append(source, at, source.length()).toString(), context);
      assertEquals(first.fixedFindings() + second.fixedFindings(), both.fixedFindings(), context);
      assertEquals(second.leftOver(), both.leftOver(), context);
    }
  }

  @Test
  void aFixLeftForAnotherRunIsMadeByTheNextPlan() {
    String source = "We utilize utilize it.";
    Finding twice = finding("repeat", source, "utilize utilize", replace(source, "utilize utilize", "utilize"));
    Finding word = finding("word", source, "utilize", replace(source, "utilize", "use"));
    FixPlan first = FixPlan.of(source, List.of(twice, word));
    assertEquals("We utilize it.", first.fixed());
    assertEquals(List.of(word), first.leftOver());
    Finding again = finding("word", first.fixed(), "utilize", replace(first.fixed(), "utilize", "use"));
    FixPlan both = first.then(FixPlan.of(first.fixed(), List.of(again)));
    assertEquals("We use it.", both.fixed());
    assertEquals(1, both.edits().size(), "the second edit is inside the text the first wrote: one edit");
    assertEquals(new Span(3, 18), both.edits().get(0).span());
    assertEquals("use", both.edits().get(0).replacement());
    assertEquals(2, both.fixedFindings());
    assertEquals(List.of(), both.leftOver());
  }

  @Test
  void passesNeedAnArticle() {
    dev.copydesk.core.engine.Linter linter = dev.copydesk.core.engine.Linter.builder().rules(List.of()).ruleProviders(false).build();
    dev.copydesk.core.engine.LintResult unread = new dev.copydesk.core.engine.LintResult("photo.md", null, null, null, List.of(), List.of(), List.of());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FixPlan.inPasses(linter, unread));
    assertEquals("photo.md has no article to fix: it could not be read", e.getMessage());
    FixPlan clean = FixPlan.inPasses(linter, linter.lint("Nothing to fix.\n", dev.copydesk.core.model.Format.TEXT, "a.txt"));
    assertFalse(clean.changes());
  }

  private static Span spanOf(String source, String text) {
    int start = source.indexOf(text);
    return new Span(start, start + text.length());
  }
}
