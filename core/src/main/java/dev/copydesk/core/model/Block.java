package dev.copydesk.core.model;

import java.util.List;

/**
 * A block of an article: a heading, paragraph, list item, block quote, table cell, caption or code
 * block, with its text (inline markup removed) and sentences. A Markdown list item or block quote that
 * holds paragraphs yields one block per paragraph, each of the container's kind.
 *
 * <p>Offsets in {@link #text()} map to the source through {@link #toSource(int, int)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Block {

  private final int index;
  private final BlockKind kind;
  private final int level;
  private final Span span;
  private final String text;
  private final TextMap textMap;
  private final List<Sentence> sentences;

  /**
   * @param index 0-based position of the block in the article
   * @param kind what the block is
   * @param level heading level 1-6 for headings, nesting depth for list items, otherwise 0
   * @param span the whole block in the source, markup included
   * @param text the block's text with inline markup removed
   * @param textMap maps offsets of {@code text} to the source
   * @param sentences the block's sentences in order; empty for code
   */
  public Block(
      int index, BlockKind kind, int level, Span span, String text, TextMap textMap, List<Sentence> sentences) {
    if (textMap.textLength() != text.length()) {
      throw new IllegalArgumentException(
          "text map covers " + textMap.textLength() + " characters but the text has " + text.length());
    }
    this.index = index;
    this.kind = kind;
    this.level = level;
    this.span = span;
    this.text = text;
    this.textMap = textMap;
    this.sentences = List.copyOf(sentences);
  }

  public int index() {
    return index;
  }

  public BlockKind kind() {
    return kind;
  }

  public int level() {
    return level;
  }

  public Span span() {
    return span;
  }

  public String text() {
    return text;
  }

  public TextMap textMap() {
    return textMap;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public boolean isProse() {
    return kind.isProse();
  }

  /** The source span of the text range {@code [start, end)} of this block's text. */
  public Span toSource(int start, int end) {
    return textMap.toSource(start, end);
  }

  @Override
  public String toString() {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return kind + span.toString() + " \"" + shown + "\"";
  }
}
