package dev.copydesk.core.parse;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import java.util.List;

/**
 * An article and what the parser had to say about its source (malformed front matter, no main content
 * found).
 *
 * <p>Immutable and thread-safe.
 */
public record ParsedArticle(Article article, List<Diagnostic> diagnostics) {
  public ParsedArticle {
    diagnostics = List.copyOf(diagnostics);
  }
}
