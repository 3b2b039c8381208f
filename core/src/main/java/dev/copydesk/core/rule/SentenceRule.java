package dev.copydesk.core.rule;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Sentence;

/** A rule called once for each sentence of each prose block. Stateless and thread-safe. */
public non-sealed interface SentenceRule extends Rule {
  void check(Sentence sentence, Block block, RuleContext context);
}
