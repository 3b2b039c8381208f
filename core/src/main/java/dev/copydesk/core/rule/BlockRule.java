package dev.copydesk.core.rule;

import dev.copydesk.core.model.Block;

/** A rule called once for each prose block (code blocks are never passed). Stateless and thread-safe. */
public non-sealed interface BlockRule extends Rule {
  void check(Block block, RuleContext context);
}
