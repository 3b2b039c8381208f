package dev.copydesk.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a {@link Block}: a range of the block's text and its exact span in the source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index 0-based position of the sentence within its block
 * @param textStart offset of the sentence in the block's text
 * @param textEnd offset just past the sentence in the block's text
 * @param text the sentence's text (markup removed)
 * @param span where the sentence lies in the original source
 * @param tokens the sentence's tokens, offsets relative to the block's text
 */
public record Sentence(int index, int textStart, int textEnd, String text, Span span, TokenList tokens) {

  public Sentence {
    if (textStart < 0 || textEnd < textStart || text.length() != textEnd - textStart) {
      throw new IllegalArgumentException(
          "invalid sentence range [" + textStart + ", " + textEnd + ") for text of length " + text.length());
    }
    Objects.requireNonNull(tokens, "tokens");
  }

  /** The word tokens only. */
  public List<Token> words() {
    return tokens.stream().filter(Token::isWord).toList();
  }
}
