package dev.copydesk.core.rule;

import dev.copydesk.core.model.Article;

/** A rule that looks at a whole article once. Stateless and thread-safe. */
public non-sealed interface ArticleRule extends Rule {
  void check(Article article, RuleContext context);
}
