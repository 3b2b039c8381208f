package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Occurrence and repetition rules. */
class CountingRuleTest {

  @Test
  void occurrenceFlagsAUnitOverItsMaximum() {
    RuleTester t =
        Defs.tester(
            """
            house-commas:
              type: occurrence
              scope: sentence
              patterns: [',']
              word-boundaries: false
              max: 3
            """);
    List<Finding> f =
        t.assertFlags(Format.TEXT, "Budget\n\n«The council, the mayor, the clerk, the police, and the press met.» They agreed, quickly.\n");
    assertEquals("4 of these in this sentence; at most 3 allowed.", f.get(0).message());
    t.assertClean(Format.TEXT, "Budget\n\nThe council, the mayor, the clerk and the police met.\n");
  }

  @Test
  void occurrenceMaximumIsAnOptionConfigurationCanChange() {
    String yaml = "house-exclaim:\n  type: occurrence\n  scope: article\n  tokens: ['!']\n  word-boundaries: false\n  max: 1\n";
    Defs.tester(yaml).assertFlags(Format.TEXT, "«Budget\n\nWow! Really!»\n");
    Defs.tester(yaml).option("max", 2).assertClean(Format.TEXT, "Budget\n\nWow! Really!\n");
  }

  @Test
  void occurrenceMinimumFlagsAUnitWithTooFew() {
    RuleTester t =
        Defs.tester(
            """
            house-attribution:
              type: occurrence
              scope: paragraph
              tokens: [said, says, according to]
              min: 1
              message: "No attribution in this {scope}."
            """);
    List<Finding> f = t.assertFlags(Format.TEXT, "Budget\n\n«The budget passed.»\n\nThe mayor said it passed.\n");
    assertEquals("No attribution in this paragraph.", f.get(0).message());
  }

  @Test
  void repetitionFlagsARepeatedWordAndFixesIt() {
    RuleTester t =
        Defs.tester(
            """
            house-repeated:
              type: repetition
              exceptions: [had, that]
            """);
    List<Finding> f = t.assertFlags(Format.TEXT, "Budget\n\nThe council passed «the the» budget «on On» Monday.\n");
    assertEquals("'the' is repeated.", f.get(0).message());
    assertEquals("the", f.get(0).fixes().get(0).replacement());
    t.assertClean(Format.TEXT, "Budget\n\nShe had had enough. He said that that was all. It ended in a tie. Tie breakers followed.\n");
  }
}
