package dev.copydesk.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.reliability.LintChecks;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long runs of one character where a rule looks at the ends of words and lines: what a backtracking
 * pattern such as {@code [.,;:]+$} turns into quadratic time. Each must lint with the full pack in a few
 * seconds.
 */
class LongRunsTest {

  /**
   * Without grammar and spelling: LanguageTool's English chunker (OpenNLP's beam search) is quadratic
   * in the length of one sentence, 11 s for 8,000 brackets, which is LanguageTool's limit, not the
   * rules' under test here.
   */
  private static final Linter LINTER = FullPack.builderWithoutLanguageTool().threads(1).build();
  private static final int RUN = 200_000;

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("byline then dots", "Title\n\nThe text.\n\nBy " + ".".repeat(RUN) + " Smith\n"),
        Arguments.of("byline then punctuation", "Title\n\nThe text.\n\nBy Jane " + ".,;:".repeat(RUN / 4) + "x\n"),
        Arguments.of("byline with a dotted date", "Title\n\nThe text.\n\nBy Jane Doe on " + ",".repeat(RUN) + "5\n"),
        Arguments.of("dots", "Title\n\n" + ".".repeat(RUN) + "x\n"),
        Arguments.of("brackets", "Title\n\n[" + "[".repeat(RUN) + "Your Name\n"),
        Arguments.of("spaces", "Title\n\nLeave" + " ".repeat(RUN) + "a Reply\n"),
        Arguments.of("digits and shares", "Title\n\n" + "1".repeat(RUN) + " shares\n"),
        Arguments.of("copyright", "Title\n\n" + "(c) ".repeat(RUN / 4) + "2024\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void lintsInBoundedTime(String name, String source) {
    for (Format f : List.of(Format.TEXT, Format.MARKDOWN)) {
      LintResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LINTER.lint(source, f, name), name + " as " + f.id());
      assertEquals(List.of(), LintChecks.violations(r));
    }
  }
}
