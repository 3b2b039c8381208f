package dev.copydesk.core.parse;

import dev.copydesk.core.model.Format;
import dev.copydesk.core.segment.SentenceSegmenter;

/**
 * Parses a decoded source of any supported {@link Format} into an article.
 *
 * <p>Immutable and thread-safe: one instance serves every thread.
 */
public final class ArticleParser {

  private final PlainTextParser text;
  private final MarkdownParser markdown;
  private final HtmlParser html;

  private ArticleParser(SentenceSegmenter segmenter) {
    this.text = new PlainTextParser(segmenter);
    this.markdown = new MarkdownParser(segmenter);
    this.html = new HtmlParser(segmenter);
  }

  public static ArticleParser create() {
    return new ArticleParser(SentenceSegmenter.english());
  }

  public static ArticleParser create(SentenceSegmenter segmenter) {
    return new ArticleParser(segmenter);
  }

  /**
   * Parses {@code source}. Never throws for any input: problems in the source become diagnostics of the
   * result.
   *
   * @param id the article's identity in reports (usually a relative path)
   */
  public ParsedArticle parse(String id, String source, Format format) {
    return switch (format) {
      case TEXT -> text.parse(id, source);
      case MARKDOWN -> markdown.parse(id, source);
      case HTML -> html.parse(id, source);
    };
  }
}
