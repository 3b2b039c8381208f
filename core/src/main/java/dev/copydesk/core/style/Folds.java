package dev.copydesk.core.style;

import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.text.FoldedText;
import dev.copydesk.core.text.Folding;

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
}
