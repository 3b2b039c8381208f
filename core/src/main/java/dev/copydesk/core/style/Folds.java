package dev.copydesk.core.style;

import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;
import java.util.function.Function;

/**
 * Folded texts shared through a rule context: the first style rule to fold a block's text folds it, and
 * every other rule that reads the same text (the same string, as a block's text is) while the article
 * is checked reuses that folding. Folding is among the costliest steps of phrase matching, and the pack
 * has several phrase rules reading every block.
 *
 * <p>Stateless and thread-safe.
 */
public final class Folds {

  private static final Derivation<String, FoldedText> IGNORING_CASE =
      Derivation.of("text folded ignoring case", t -> FoldedText.of(t, Folding.IGNORE_CASE));
  private static final Derivation<String, FoldedText> MATCHING_CASE =
      Derivation.of("text folded matching case", t -> FoldedText.of(t, Folding.MATCH_CASE));

  private Folds() {}

  /** All of {@code text} folded with {@code folding}, shared with the other rules of the context. */
  public static FoldedText of(RuleContext context, String text, Folding folding) {
    return context.derive(folding == Folding.IGNORE_CASE ? IGNORING_CASE : MATCHING_CASE, text);
  }

  /**
   * {@link #of} for {@code context} and {@code text} as a function of the folding, for code that takes
   * a folding function. A class rather than a lambda: one is made for every block a style rule reads,
   * and under C1, the command line's compiler, a capturing lambda is a call into the VM each time.
   */
  public static Function<Folding, FoldedText> of(RuleContext context, String text) {
    return new Shared(context, text);
  }

  private static final class Shared implements Function<Folding, FoldedText> {
    private final RuleContext context;
    private final String text;

    Shared(RuleContext context, String text) {
      this.context = context;
      this.text = text;
    }

    @Override
    public FoldedText apply(Folding folding) {
      return Folds.of(context, text, folding);
    }
  }
}
