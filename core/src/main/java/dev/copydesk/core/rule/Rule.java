package dev.copydesk.core.rule;

import java.util.Optional;

/**
 * A check over articles. Implement exactly one of {@link ArticleRule}, {@link BlockRule} or {@link
 * SentenceRule}: that choice is the rule's scope. Declare metadata with {@link RuleInfo} on the class,
 * or override {@link #metadata()} (declarative rules do).
 *
 * <p>Implementations must be stateless and thread-safe: one instance is shared by every thread. They
 * never read files, print, or build findings themselves; they report through the {@link RuleContext}.
 */
public sealed interface Rule permits ArticleRule, BlockRule, SentenceRule {

  /** The rule's metadata; by default read from its {@link RuleInfo}. */
  default RuleMetadata metadata() {
    return RuleMetadata.of(getClass());
  }

  /**
   * The file this rule was defined in, as its definition names it (relative to the linter's base
   * directory unless absolute), when it was read from one, as a declarative style is; empty for a rule
   * written in code, the default. A result cache keys its entries by what that file holds, and by the
   * files beside it that it names.
   */
  default Optional<String> definitionFile() {
    return Optional.empty();
  }
}
