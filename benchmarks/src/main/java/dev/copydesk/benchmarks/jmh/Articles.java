package dev.copydesk.benchmarks.jmh;

import dev.copydesk.benchmarks.Corpus;
import java.util.List;
import java.util.Locale;

/**
 * The article sets the JMH benchmarks run on, by name: {@code bbc-text} (BBC News as plain text, as
 * in the corpus), {@code bbc-markdown} (the same articles as Markdown files with front matter) and
 * {@code html} (the shared corpus's saved web pages).
 *
 * <p>Stateless; thread-safe.
 */
final class Articles {

  private Articles() {}

  static List<Corpus.Article> load(String name) {
    Corpus c = switch (name) {
      case "bbc-text" -> Corpus.bbc();
      case "bbc-markdown" -> Corpus.bbc().asMarkdown();
      case "html" -> Corpus.html();
      default -> throw new IllegalArgumentException("unknown article set '" + name + "' (bbc-text, bbc-markdown, html)");
    };
    System.out.printf(Locale.ROOT, "%n# %s; mean article %.1f KB%n", c, c.bytes() / 1e3 / c.size());
    return c.articles();
  }
}
