package dev.copydesk.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A word, number or punctuation token inside a block's text: its offsets in that text, its characters
 * and its type.
 *
 * <p>A token made by the tokenizer ({@link #in}) keeps the text it was found in and cuts its own string
 * only when {@link #text()} is first asked for: most tokens of most articles are read character by
 * character ({@link #charAt}) or not at all, and a string per token was half of what parsing allocated.
 *
 * <p>Immutable and thread-safe (the string is made at most once per thread that asks, and every copy is
 * equal). Equal tokens have the same offsets, characters and type.
 */
public final class Token {

  public enum Type {
    WORD,
    NUMBER,
    PUNCTUATION,
    SYMBOL
  }

  private final int start;
  private final int end;
  private final Type type;
  // The text the offsets are in, for a token made by in(); null when the characters were given.
  private final @Nullable String source;
  private @Nullable String text;

  /**
   * A token with its characters given.
   *
   * @param start offset in the block's text, 0-based
   * @param end offset just past the token in the block's text
   * @param text the token's characters, {@code end - start} of them
   * @param type what kind of token it is
   */
  public Token(int start, int end, String text, Type type) {
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("invalid token [" + start + ", " + end + ") '" + text + "'");
    }
    this.start = start;
    this.end = end;
    this.text = text;
    this.type = Objects.requireNonNull(type, "type");
    this.source = null;
  }

  private Token(String source, int start, int end, Type type) {
    this.start = start;
    this.end = end;
    this.type = type;
    this.source = source;
  }

  /**
   * The token at {@code [start, end)} of {@code source} (a block's text), its string cut from the source
   * when first asked for.
   *
   * @throws IllegalArgumentException if the range is empty or not inside {@code source}
   */
  public static Token in(String source, int start, int end, Type type) {
    if (start < 0 || end <= start || end > source.length()) {
      throw new IllegalArgumentException("invalid token [" + start + ", " + end + ") in a text of length " + source.length());
    }
    return new Token(source, start, end, Objects.requireNonNull(type, "type"));
  }

  /** Offset in the block's text, 0-based. */
  public int start() {
    return start;
  }

  /** Offset just past the token in the block's text. */
  public int end() {
    return end;
  }

  public Type type() {
    return type;
  }

  /** The number of characters, {@code end() - start()}. */
  public int length() {
    return end - start;
  }

  /** Character {@code i} of the token, {@code 0 <= i < length()}, without making its string. */
  public char charAt(int i) {
    Objects.checkIndex(i, end - start);
    String t = text;
    return t != null ? t.charAt(i) : source().charAt(start + i);
  }

  /** The token's characters. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source().substring(start, end);
      text = t;
    }
    return t;
  }

  private String source() {
    String s = source;
    if (s == null) {
      throw new IllegalStateException("a token has its text or its source");
    }
    return s;
  }

  public boolean isWord() {
    return type == Type.WORD;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Token t && start == t.start && end == t.end && type == t.type && text().equals(t.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, text(), type);
  }

  @Override
  public String toString() {
    return "Token[start=" + start + ", end=" + end + ", text=" + text() + ", type=" + type + "]";
  }
}
