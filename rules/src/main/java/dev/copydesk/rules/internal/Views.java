package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.Derivation;
import dev.copydesk.core.text.FoldedText;

/**
 * Views of an article that several rules of the pack derive the same way, computed once per article
 * through {@link dev.copydesk.core.rule.RuleContext#derive} rather than once per rule.
 *
 * <p>Stateless; thread-safe.
 */
public final class Views {

  /** A block's whole text, folded ({@link FoldedText#of(String)}). */
  public static final Derivation<Block, FoldedText> FOLDED_BLOCK =
      Derivation.of("folded block text", b -> FoldedText.of(b.text()));

  /**
   * A sentence's words with their normalized forms ({@link Words#of}): the sourcing, hedging and date
   * rules each read every sentence's words.
   */
  public static final Derivation<Sentence, Words> WORDS = Derivation.of("sentence words", Words::of);

  private Views() {}
}
