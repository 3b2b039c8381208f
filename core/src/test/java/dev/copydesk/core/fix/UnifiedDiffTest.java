package dev.copydesk.core.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A plan's edits written as a unified diff. */
class UnifiedDiffTest {

  private static Finding delete(String source, String flagged) {
    int start = source.indexOf(flagged);
    Span span = new Span(start, start + flagged.length());
    return new Finding("r", Severity.ERROR, "m", span, new Position(1, 1), new Position(1, 1), flagged, List.of(Fix.delete(span)));
  }

  private static Finding replace(String source, String flagged, String replacement) {
    int start = source.indexOf(flagged);
    Span span = new Span(start, start + flagged.length());
    return new Finding("r", Severity.ERROR, "m", span, new Position(1, 1), new Position(1, 1), flagged,
        List.of(Fix.replace(span, replacement)));
  }

  private static String lines(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append("line ").append(i).append('\n');
    }
    return b.toString();
  }

  @Test
  void aDeletedLineComesWithThreeLinesOfContextEachSide() {
    String source = lines(1, 4) + "Share this\n" + lines(5, 9);
    FixPlan plan = FixPlan.of(source, List.of(delete(source, "Share this")));
    String expected = """
        --- a/news/a.md
        +++ b/news/a.md
        @@ -2,7 +2,6 @@
         line 2
         line 3
         line 4
        -Share this
         line 5
         line 6
         line 7
        """;
    assertEquals(expected, UnifiedDiff.of("a/news/a.md", "b/news/a.md", plan));
    assertEquals(plan.fixed(), patch(source, expected));
  }

  @Test
  void changesFarApartAreHunksOfTheirOwnAndNearOnesShareOne() {
    String source = "utilize 1\n" + lines(2, 8) + "utilize 9\n" + lines(10, 14) + "utilize 15\n";
    FixPlan plan = FixPlan.of(source, List.of(replace(source, "utilize 1\n", "use 1\n"),
        replace(source, "utilize 9", "use 9"), replace(source, "utilize 15", "use 15")));
    String diff = UnifiedDiff.of("a", "b", plan);
    // Lines 1 and 9 have seven lines between them, more than twice the context: two hunks. Lines 9 and
    // 15 have five: their contexts meet, one hunk.
    List<String> headers = diff.lines().filter(l -> l.startsWith("@@")).toList();
    assertEquals(List.of("@@ -1,4 +1,4 @@", "@@ -6,10 +6,10 @@"), headers);
    assertTrue(diff.contains("-utilize 9\n+use 9\n line 10\n"), diff);
    assertEquals(plan.fixed(), patch(source, diff));
  }

  @Test
  void aLineWithoutALineBreakAtTheEndIsMarked() {
    String source = "Title\n\nBody text.\nLeave a Reply";
    FixPlan plan = FixPlan.of(source, List.of(replace(source, "Leave a Reply", "Comments")));
    String expected = """
        --- a
        +++ b
        @@ -1,4 +1,4 @@
         Title
        \s
         Body text.
        -Leave a Reply
        \\ No newline at end of file
        +Comments
        \\ No newline at end of file
        """;
    assertEquals(expected, UnifiedDiff.of("a", "b", plan));
    assertEquals(plan.fixed(), patch(source, expected));
  }

  @Test
  void carriageReturnsStayInTheLinesSoTheDiffAppliesToACrlfFile() {
    String source = "One.\r\nShare this\r\nTwo.\r\n";
    FixPlan plan = FixPlan.of(source, List.of(delete(source, "Share this")));
    String diff = UnifiedDiff.of("a", "b", plan);
    assertEquals("--- a\n+++ b\n@@ -1,3 +1,2 @@\n One.\r\n-Share this\r\n Two.\r\n", diff);
    assertEquals("One.\r\nTwo.\r\n", patch(source, diff));
  }

  @Test
  void anEditThatJoinsTwoLinesShowsBothAsOne() {
    String source = "a\nfirst half\n second half\nz\n";
    int cut = source.indexOf("\n second");
    Span span = new Span(cut, cut + 1);
    Finding join = new Finding("r", Severity.ERROR, "m", span, new Position(1, 1), new Position(1, 1), "\n",
        List.of(Fix.replace(span, "")));
    FixPlan plan = FixPlan.of(source, List.of(join));
    String diff = UnifiedDiff.of("a", "b", plan);
    assertEquals("--- a\n+++ b\n@@ -1,4 +1,3 @@\n a\n-first half\n- second half\n+first half second half\n z\n", diff);
  }

  @Test
  void aLeadBeforeTheTextStartsTheFirstLineOnBothSides() {
    String source = "Share this\nThe council met.\n";
    FixPlan plan = FixPlan.of(source, List.of(delete(source, "Share this")));
    assertEquals("--- a\n+++ b\n@@ -1,2 +1 @@\n-\uFEFFShare this\n-The council met.\n+\uFEFFThe council met.\n",
        UnifiedDiff.of("a", "b", plan, "\uFEFF"));
    String marked = "\uFEFF" + source;
    assertEquals("\uFEFF" + plan.fixed(), patch(marked, UnifiedDiff.of("a", "b", plan, "\uFEFF")));
  }

  @Test
  void aPlanThatChangesNothingHasNoDiff() {
    String source = "Nothing to fix.\n";
    assertEquals("", UnifiedDiff.of("a", "b", FixPlan.of(source, List.of())));
  }

  /**
   * Random texts and edits, seeded: the diff, applied strictly (every context and removed line must
   * match, every count must add up), gives the plan's fixed text.
   */
  @Test
  void anyPlanGivesADiffThatPatchesTheSourceIntoTheFixedText() {
    String[] pieces = {"word", " ", "\n", "\r\n", "\n\n", "- ", "Share this", "x", "\n\n\n\n"};
    for (long seed = 1; seed <= 1000; seed++) {
      Random random = new Random(seed);
      String source = RandomEdits.text(random, pieces, 60);
      List<Finding> findings = RandomEdits.fixes(random, source, "r", 8, 12, "", "new", "two\nlines", "ends\n");
      FixPlan plan = FixPlan.of(source, findings);
      String diff = UnifiedDiff.of("a", "b", plan);
      String context = "seed " + seed + ": " + source.replace("\n", "\\n").replace("\r", "\\r");
      if (!plan.changes()) {
        assertEquals("", diff, context);
        continue;
      }
      String patched;
      try {
        patched = patch(source, diff);
      } catch (AssertionError e) {
        throw new AssertionError(context + ": " + e.getMessage() + "\n" + diff, e);
      }
      assertEquals(plan.fixed(), patched, context + "\n" + diff);
    }
  }

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@");

  /** Applies a unified diff strictly, as {@code patch} would with no fuzz; fails on any mismatch. */
  private static String patch(String source, String diff) {
    List<String> old = splitLines(source);
    List<String> lines = splitLines(diff);
    assertTrue(lines.get(0).startsWith("--- ") && lines.get(1).startsWith("+++ "), "headers");
    List<String> out = new ArrayList<>();
    int next = 0; // the next old line to copy
    int shift = 0;
    int i = 2;
    while (i < lines.size()) {
      Matcher m = HUNK.matcher(lines.get(i));
      assertTrue(m.lookingAt(), "a hunk header: " + lines.get(i));
      int oldStart = Integer.parseInt(m.group(1));
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int newStart = Integer.parseInt(m.group(3));
      int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      int first = oldCount == 0 ? oldStart : oldStart - 1;
      assertTrue(first >= next, "hunks in order");
      assertEquals(first + shift, newCount == 0 ? newStart : newStart - 1, "the new start follows from the old");
      out.addAll(old.subList(next, first));
      next = first;
      i++;
      int seenOld = 0;
      int seenNew = 0;
      while (i < lines.size() && !lines.get(i).startsWith("@@")) {
        String l = lines.get(i);
        boolean noNewline = i + 1 < lines.size() && lines.get(i + 1).equals("\\ No newline at end of file\n");
        String body = l.substring(1);
        if (noNewline) {
          body = body.substring(0, body.length() - 1);
        }
        switch (l.charAt(0)) {
          case ' ' -> {
            assertEquals(old.get(next++), body, "context line");
            out.add(body);
            seenOld++;
            seenNew++;
          }
          case '-' -> {
            assertEquals(old.get(next++), body, "removed line");
            seenOld++;
          }
          case '+' -> {
            out.add(body);
            seenNew++;
          }
          default -> throw new AssertionError("unexpected line: " + l);
        }
        i += noNewline ? 2 : 1;
      }
      assertEquals(oldCount, seenOld, "old count");
      assertEquals(newCount, seenNew, "new count");
      shift += newCount - oldCount;
    }
    out.addAll(old.subList(next, old.size()));
    for (int k = 0; k + 1 < out.size(); k++) {
      assertTrue(out.get(k).endsWith("\n"), "only the last line may lack a line break: line " + (k + 1));
    }
    return String.join("", out);
  }

  /** Lines with their line feeds; the last without one if the text does not end with one. */
  private static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int at = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', at)) {
      lines.add(text.substring(at, nl + 1));
      at = nl + 1;
    }
    if (at < text.length()) {
      lines.add(text.substring(at));
    }
    return lines;
  }
}
