package dev.copydesk.core.fix;

import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random texts and findings with one fix each, for the property tests of plans and diffs. */
final class RandomEdits {

  private RandomEdits() {}

  /** Up to {@code most} of {@code pieces}, picked at random and joined. */
  static String text(Random random, String[] pieces, int most) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(most); i > 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  /**
   * Up to {@code most - 1} findings of {@code source} (rule ids {@code prefix} and a number), each with
   * one fix: a span of up to {@code longest - 1} characters replaced by one of {@code replacements}.
   */
  static List<Finding> fixes(Random random, String source, String prefix, int most, int longest, String... replacements) {
    List<Finding> findings = new ArrayList<>();
    for (int i = random.nextInt(most); i > 0; i--) {
      int a = random.nextInt(source.length() + 1);
      int b = Math.min(source.length(), a + random.nextInt(longest));
      Span span = new Span(a, b);
      String replacement = replacements[random.nextInt(replacements.length)];
      findings.add(new Finding(prefix + i, Severity.ERROR, "m", span, new Position(1, 1), new Position(1, 1), "",
          List.of(Fix.replace(span, replacement))));
    }
    return findings;
  }
}
