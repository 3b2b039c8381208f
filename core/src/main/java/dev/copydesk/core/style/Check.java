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

  /**
   * Whether this check would find nothing in any of {@code article}'s prose blocks (or, with {@code
   * sentences}, any of their sentences), each read whole, known without reading them: only a check
   * whose every search goes through a shared phrase bank can say so (see {@link PhraseBank#absentFrom});
   * the others answer false.
   */
  default boolean absentFrom(Article article, RuleContext context, boolean sentences) {
    return false;
  }
}
