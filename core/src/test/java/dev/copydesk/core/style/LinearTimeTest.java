package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.testing.RuleTester;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patterns run on RE2, whose time is linear in the text: {@code (a+)+$}, which takes a backtracking
 * engine exponential time on "aaa…ab", finishes and answers correctly. The timeout only guards against
 * a hang; it is not a performance assertion.
 */
class LinearTimeTest {

  private static final String RULE =
      "house-catastrophic:\n  type: existence\n  word-boundaries: false\n  patterns: ['(a+)+$']\n";

  @Test
  void catastrophicBacktrackingPatternOnALongInput() {
    RuleTester t = Defs.tester(RULE);
    String as = "a".repeat(50_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          // Ends in "b": no match anywhere.
          t.assertClean(Format.TEXT, "Title\n\n" + as + "b\n");
          // Ends in "a": one match, the whole run.
          LintResult r = t.lint(Format.TEXT, "Title\n\n" + as + "\n");
          List<Finding> f = r.findings();
          assertEquals(1, f.size());
          assertEquals(7, f.get(0).span().start());
          assertEquals(7 + as.length(), f.get(0).span().end());
        });
  }

  @Test
  void javaRegexWouldNotFinishOnAShortVersionOfTheSameInput() {
    // For contrast, on 30 characters: RE2 answers at once where java.util.regex needs ~2^30 steps.
    String input = "a".repeat(30) + "b";
    assertEquals(false, com.google.re2j.Pattern.compile("(a+)+$").matcher(input).find());
  }
}
