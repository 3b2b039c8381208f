package dev.copydesk.rules.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.fix.FixPlan;
import dev.copydesk.core.fix.UnifiedDiff;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.parse.SourceDecoder;
import dev.copydesk.core.reliability.LintChecks;
import java.util.Arrays;
import java.util.List;

/**
 * Coverage-guided fuzzing of the whole engine with the full rule pack: the first byte picks the format
 * ({@code m}arkdown, {@code h}tml, anything else plain text), the rest are the file's bytes, decoded as
 * {@link Linter#lint(java.nio.file.Path)} decodes them. Under {@code mvn test} it replays the inputs in
 * {@code EngineFuzzTestInputs/lint/}; see docs/reliability.md for a fuzzing run. The property: nothing
 * escapes, no rule or parser fails, every finding's span and position are valid.
 */
class EngineFuzzTest {

  private static final Linter LINTER = FullPack.linter();
  private static final SourceDecoder DECODER = SourceDecoder.utf8();

  @FuzzTest(maxDuration = "5m")
  void lint(byte[] data) {
    if (data.length == 0) {
      return;
    }
    Format format = switch (data[0]) {
      case 'm' -> Format.MARKDOWN;
      case 'h' -> Format.HTML;
      default -> Format.TEXT;
    };
    SourceDecoder.Decoded decoded = DECODER.decode(Arrays.copyOfRange(data, 1, data.length));
    if (!decoded.ok()) {
      assertTrue(decoded.diagnostic().code().startsWith("io."), decoded.diagnostic().toString());
      return;
    }
    LintResult r = LINTER.lint(decoded.text(), format, "fuzz." + format.id());
    assertEquals(List.of(), LintChecks.violations(r));
    // The fixes the findings suggest can be planned and shown: edits in order, none overlapping, making
    // the fixed text, and a diff exactly when the text changes.
    FixPlan plan = FixPlan.of(r.article(), r.findings());
    StringBuilder made = new StringBuilder();
    int at = 0;
    for (FixPlan.Edit e : plan.edits()) {
      assertTrue(e.span().start() >= at && e.span().end() <= decoded.text().length(), e.toString());
      made.append(decoded.text(), at, e.span().start()).append(e.replacement());
      at = e.span().end();
    }
    assertEquals(plan.fixed(), made.append(decoded.text(), at, decoded.text().length()).toString());
    assertEquals(plan.changes(), !UnifiedDiff.of("a", "b", plan).isEmpty());
  }
}
