package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.rule.Derivation;
import java.util.List;

/**
 * Views of an article that several rules of the pack derive the same way, computed once per article
 * through {@link dev.copydesk.core.rule.RuleContext#derive} rather than once per rule. (Folded block
 * texts are shared with the house-style rules through {@link dev.copydesk.core.style.Folds}.)
 *
 * <p>Stateless; thread-safe.
 */
public final class Views {

  /**
   * A sentence's words with their normalized forms ({@link Words#of}): the sourcing, hedging and date
   * rules each read every sentence's words.
   */
  public static final Derivation<Sentence, Words> WORDS = Derivation.of("sentence words", Words::of);

  /** A block's quotations ({@link Quotations#of(Block)}): the sourcing and hedging rules each ask. */
  public static final Derivation<Block, Quotations> QUOTATIONS = Derivation.of("block quotations", Quotations::of);

  /**
   * A block's lines that stand on their own ({@link BlockSegments#of} with lines split), for formats
   * whose line breaks separate page elements: the page-chrome and byline rules each judge them.
   */
  public static final Derivation<Block, List<BlockSegments.Segment>> LINES =
      Derivation.of("block lines", b -> List.copyOf(BlockSegments.of(b, true)));

  private Views() {}
}
