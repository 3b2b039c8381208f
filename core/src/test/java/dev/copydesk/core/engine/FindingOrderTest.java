package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

  private static Finding finding(int start, String rule, String message, Severity severity, String fix) {
    Span span = new Span(start, start + 3);
    List<Fix> fixes = fix.isEmpty() ? List.of() : List.of(new Fix(span, fix, "Replace"));
    return new Finding(rule, severity, message, span, new Position(1, start + 1), new Position(1, start + 4), "abc", fixes);
  }

  /** What the checker did before: a set in the order found, then a stable sort. */
  private static List<Finding> reference(List<Finding> raw) {
    List<Finding> out = new ArrayList<>(new LinkedHashSet<>(raw));
    out.sort(Finding.ORDER);
    return out;
  }

  @Test
  void repeatsAreDroppedAndTheFirstOfFindingsThatCompareAlikeComesFirst() {
    Finding a = finding(5, "hedging", "Hedged.", Severity.WARNING, "");
    Finding b = finding(5, "hedging", "Hedged.", Severity.INFO, ""); // compares alike, not equal
    Finding c = finding(1, "vague-date", "When?", Severity.WARNING, "");
    assertEquals(List.of(c, b, a), ArticleChecker.sortedWithoutRepeats(List.of(b, a, c, b, a, c)));
    assertEquals(List.of(), ArticleChecker.sortedWithoutRepeats(List.of()));
    assertEquals(List.of(c), ArticleChecker.sortedWithoutRepeats(List.of(c)));
  }

  @Test
  void sameAsASetThenAStableSortOnRandomFindings() {
    Random random = new Random(3);
    String[] rules = {"a", "b"};
    String[] messages = {"x", "y"};
    Severity[] severities = {Severity.WARNING, Severity.INFO};
    String[] fixes = {"", "z"};
    for (int round = 0; round < 3_000; round++) {
      List<Finding> raw = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        raw.add(finding(random.nextInt(3), rules[random.nextInt(2)], messages[random.nextInt(2)],
            severities[random.nextInt(2)], fixes[random.nextInt(2)]));
      }
      assertEquals(reference(raw), ArticleChecker.sortedWithoutRepeats(raw), () -> raw.toString());
    }
  }
}
