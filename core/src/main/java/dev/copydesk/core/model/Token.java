package dev.copydesk.core.model;

/**
 * A word, number or punctuation token inside a block's text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start offset in the block's text, 0-based
 * @param end offset just past the token in the block's text
 * @param text the token's characters
 * @param type what kind of token it is
 */
public record Token(int start, int end, String text, Type type) {

  public enum Type {
    WORD,
    NUMBER,
    PUNCTUATION,
    SYMBOL
  }

  public Token {
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("invalid token [" + start + ", " + end + ") '" + text + "'");
    }
  }

  public boolean isWord() {
    return type == Type.WORD;
  }
}
