package dev.copydesk.core.model;

/** What a {@link Block} is in the article's structure. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  BLOCK_QUOTE,
  TABLE_CELL,
  /** A figure or image caption, or a photo credit line marked up as one. */
  CAPTION,
  /** Code: kept in the model for positions, never linted as prose and never segmented. */
  CODE;

  /** Whether rules that read prose should look at this block. */
  public boolean isProse() {
    return this != CODE;
  }
}
