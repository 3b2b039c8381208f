package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Views derived through RuleContext.derive are computed once per article and input, for every rule. */
class DerivationTest {

  private static final AtomicInteger COMPUTED = new AtomicInteger();
  private static final Derivation<Block, String> UPPER =
      Derivation.of("upper-case text", b -> {
        COMPUTED.incrementAndGet();
        return b.text().toUpperCase(Locale.ROOT);
      });

  @RuleInfo(id = "shouts-first", summary = "Uses the shared view", severity = Severity.INFO, category = Category.STYLE)
  static final class First implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      if (context.derive(UPPER, block).startsWith("SHOUT")) {
        context.report(block, 0, 5, "first");
      }
    }
  }

  @RuleInfo(id = "shouts-second", summary = "Uses the shared view too", severity = Severity.INFO, category = Category.STYLE)
  static final class Second implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      // Asking twice in one rule costs nothing either.
      if (context.derive(UPPER, block).startsWith("SHOUT") && context.derive(UPPER, block).length() > 0) {
        context.report(block, 0, 5, "second");
      }
    }
  }

  @Test
  void aViewIsComputedOncePerBlockWhateverTheNumberOfRules() {
    Linter linter = Linter.builder().rules(List.of(new First(), new Second())).ruleProviders(false).threads(1).build();
    COMPUTED.set(0);
    LintResult r = linter.lint("Title\n\nShout it out loud.\n\nQuietly now.\n", Format.TEXT, "a.txt");
    assertEquals(List.of("first", "second"), r.findings().stream().map(f -> f.message()).toList());
    assertEquals(3, COMPUTED.get(), "one computation per block");

    // A second article gets its own views.
    linter.lint("Title\n\nShout it out loud.\n\nQuietly now.\n", Format.TEXT, "b.txt");
    assertEquals(6, COMPUTED.get());
  }
}
