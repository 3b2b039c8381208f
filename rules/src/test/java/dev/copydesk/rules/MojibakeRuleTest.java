package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MojibakeRuleTest {

  private final RuleTester tester = RuleTester.forRule(new MojibakeRule());

  @Test
  void flagsMisdecodedUtf8WithItsRepair() {
    List<Finding> f =
        tester.assertFlags(Format.TEXT, "Budget passes\n\nThe council«â€™»s caf«Ã©» opened. It cost «Â£»5.\n");
    assertEquals("\u2019", f.get(0).fixes().get(0).replacement());
    assertEquals("\u00e9", f.get(1).fixes().get(0).replacement());
    assertEquals("\u00a3", f.get(2).fixes().get(0).replacement());
  }

  @Test
  void flagsReplacementCharactersAndQuestionMarkApostrophes() {
    tester.assertFlags(Format.TEXT, "Budget passes\n\nKosovo«?»s budget «\uFFFD\uFFFD» passed, but we don«?»t know why.\n");
  }

  @Test
  void leavesAccentsQuestionsAndUrlsAlone() {
    tester.assertClean(
        Format.TEXT,
        "Budget passes\n\nIn S\u00c3O PAULO, the CAF\u00c9\u2014and M\u00d6TLEY CR\u00dc\u00c9\u2019s fans\u2014asked: why? "
            + "See https://example.org/index.php?s=budget for more. Is it? Sure.\n");
  }
}
