package dev.copydesk.core.parse;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.segment.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a decoded source of any supported {@link Format} into an article.
 *
 * <p>Immutable and thread-safe: one instance serves every thread.
 */
public final class ArticleParser {

  private final SentenceSegmenter segmenter;
  private final PlainTextParser text;
  private final MarkdownParser markdown;
  private final HtmlParser html;

  private ArticleParser(SentenceSegmenter segmenter, HtmlContent htmlContent) {
    this.segmenter = segmenter;
    this.text = new PlainTextParser(segmenter);
    this.markdown = new MarkdownParser(segmenter);
    this.html = new HtmlParser(segmenter, htmlContent);
  }

  /** English sentences; HTML read from the page's main content ({@link HtmlContent#MAIN}). */
  public static ArticleParser create() {
    return new ArticleParser(SentenceSegmenter.english(), HtmlContent.MAIN);
  }

  /** Sentences by {@code segmenter}; HTML read from the page's main content ({@link HtmlContent#MAIN}). */
  public static ArticleParser create(SentenceSegmenter segmenter) {
    return new ArticleParser(segmenter, HtmlContent.MAIN);
  }

  /** Which text of an HTML page this parser reads. */
  public HtmlContent htmlContent() {
    return html.content();
  }

  /**
   * A parser like this one that reads {@code content} of HTML pages; this parser when it already does.
   */
  public ArticleParser withHtmlContent(HtmlContent content) {
    return content == html.content() ? this : new ArticleParser(segmenter, content);
  }

  /**
   * Parses {@code source}. Never throws for any input: problems in the source become diagnostics of the
   * result.
   *
   * @param id the article's identity in reports (usually a relative path)
   */
  public ParsedArticle parse(String id, String source, Format format) {
    try {
      return switch (format) {
        case TEXT -> text.parse(id, source);
        case MARKDOWN -> markdown.parse(id, source);
        case HTML -> html.parse(id, source);
      };
    } catch (RuntimeException | StackOverflowError e) {
      return fallback(id, source, format, e);
    }
  }

  /**
   * What a source whose parser threw {@code e} reads as. A bug of ours or of a markup library must not
   * cost the run. Markdown is still worth reading as text, with a warning; HTML read as text would be
   * mostly tags, so it yields no blocks, and the error says the page was not checked (which fails a
   * build, as an unreadable file does).
   */
  ParsedArticle fallback(String id, String source, Format format, Throwable e) {
    boolean html = format == Format.HTML;
    ParsedArticle fallback =
        html ? new ArticleAssembler(id, format, source, segmenter).build() : text.parse(id, source, format, 0);
    List<Diagnostic> diagnostics = new ArrayList<>(fallback.diagnostics());
    String message = "could not parse as " + format.id() + " (" + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); " + (html ? "not linted" : "read as plain text");
    diagnostics.add(html ? Diagnostic.error("parse.failure", message) : Diagnostic.warning("parse.failure", message));
    return new ParsedArticle(fallback.article(), diagnostics);
  }
}
