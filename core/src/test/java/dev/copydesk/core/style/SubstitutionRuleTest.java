package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubstitutionRuleTest {

  private final RuleTester tester =
      Defs.tester(
          """
          house-words:
            type: substitution
            swap:
              utilize: use
              in order to: to
              e-mail: email
              javascript: JavaScript
              amid: [among, during]
            swap-patterns:
              'per ?cent': percent
          """);

  @Test
  void suggestsTheReplacementAsAFixInTheMatchsCase() {
    String before = "Budget\n\n«Utilize» the funds «in order to» build. «UTILIZE» it. Send an «e-mail» about «Javascript».\n";
    List<Finding> f = tester.assertFlags(Format.TEXT, before);
    assertEquals("Use 'Use' instead of 'Utilize'.", f.get(0).message());
    assertEquals(List.of(Fix.replace(f.get(0).span(), "Use")), f.get(0).fixes());
    assertEquals("to", f.get(1).fixes().get(0).replacement());
    assertEquals("USE", f.get(2).fixes().get(0).replacement());
    assertEquals("email", f.get(3).fixes().get(0).replacement());
    assertEquals("JavaScript", f.get(4).fixes().get(0).replacement());
    String after = applyFixes(before.replace("«", "").replace("»", ""), f);
    assertEquals("Budget\n\nUse the funds to build. USE it. Send an email about JavaScript.\n", after);
  }

  @Test
  void offersEveryAlternativeAndRunsPatternKeys() {
    List<Finding> f = tester.assertFlags(Format.TEXT, "Budget\n\nFive «per cent» of the cuts came «amid» protests.\n");
    assertEquals("percent", f.get(0).fixes().get(0).replacement());
    assertEquals("Use 'among' or 'during' instead of 'amid'.", f.get(1).message());
    assertEquals(List.of("among", "during"), f.get(1).fixes().stream().map(Fix::replacement).toList());
  }

  @Test
  void leavesTheRightWordsAndLongerWordsAlone() {
    tester.assertClean(Format.TEXT, "Budget\n\nUse JavaScript and email to reach utilizers in order.\n");
  }

  private static String applyFixes(String source, List<Finding> findings) {
    StringBuilder sb = new StringBuilder(source);
    for (int i = findings.size() - 1; i >= 0; i--) {
      Fix fix = findings.get(i).fixes().get(0);
      sb.replace(fix.span().start(), fix.span().end(), fix.replacement());
    }
    return sb.toString();
  }
}
