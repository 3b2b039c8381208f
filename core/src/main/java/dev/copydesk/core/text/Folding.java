package dev.copydesk.core.text;

/**
 * How {@link FoldedText} folds characters for matching. Both modes turn curly quotes and apostrophes
 * into straight ones, dashes into {@code -}, the ellipsis character into {@code .} and runs of white
 * space into one space; {@link #IGNORE_CASE} also lower-cases. Every mode maps one character to one
 * character, so folded offsets map back to the original exactly.
 */
public enum Folding {
  /** Lower-cases as well: "Leave a Reply" and "leave a reply" fold alike. */
  IGNORE_CASE,
  /** Keeps case: only quotes, dashes, ellipses and white space are folded. */
  MATCH_CASE
}
