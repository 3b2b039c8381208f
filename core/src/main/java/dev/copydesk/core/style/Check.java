package dev.copydesk.core.style;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.RuleContext;
import java.util.List;

/**
 * The compiled logic of one declarative rule type. Immutable and thread-safe: one instance serves every
 * thread; per-article state lives in local variables.
 */
interface Check {

  /** Checks {@code units} (those the rule's scope selects, in source order) and reports through {@code context}. */
  void run(List<Unit> units, Article article, RuleContext context);
}
