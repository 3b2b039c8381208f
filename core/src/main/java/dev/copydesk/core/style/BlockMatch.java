package dev.copydesk.core.style;

import org.jspecify.annotations.Nullable;

/**
 * What an existence rule's block-shaped groups say about one unit of text judged as a whole (see {@link
 * StyleRule#matchBlock(String)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param group the name of the group that matched
 * @param label the group's label, if it has one
 * @param mode how the matching token or pattern sat in the text
 * @param maxWordsAfter for a {@link MatchMode#BLOCK_START} token bounded by {@code max-words-after}, that
 *     bound; otherwise -1
 */
public record BlockMatch(String group, @Nullable String label, MatchMode mode, int maxWordsAfter) {

  /**
   * Whether the text is the token itself or the token plus a few words ({@code max-words-after}): a
   * heading-like line rather than a block that merely starts with it.
   */
  public boolean isWholeOrNearlyWhole() {
    return mode == MatchMode.BLOCK || maxWordsAfter >= 0;
  }
}
