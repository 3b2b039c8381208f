package dev.copydesk.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sentence of a {@link Block}: a range of the block's text and its exact span in the source.
 *
 * <p>A sentence the parser makes ({@link #of}) keeps the block's text and cuts its own from it only
 * when {@link #text()} is first asked for: most sentences are read through their tokens and never
 * need it, and an article's model would otherwise hold its text twice.
 *
 * <p>Immutable and thread-safe (two threads may both cut the text; either copy is the same string).
 * Two sentences are equal when their index, range, text, span and tokens are.
 */
public final class Sentence {

  private final int index;
  private final int textStart;
  private final int textEnd;
  private final Span span;
  private final TokenList tokens;
  // The sentence's text when given; else null, and the block's text is kept to cut it from.
  private final @Nullable String givenText;
  private final @Nullable String blockText;
  // The text cut from the block's, on first use.
  private @Nullable String cut;

  /**
   * A sentence with its text given.
   *
   * @param index 0-based position of the sentence within its block
   * @param textStart offset of the sentence in the block's text
   * @param textEnd offset just past the sentence in the block's text
   * @param text the sentence's text (markup removed), {@code textEnd - textStart} characters
   * @param span where the sentence lies in the original source
   * @param tokens the sentence's tokens, offsets relative to the block's text
   */
  public Sentence(int index, int textStart, int textEnd, String text, Span span, TokenList tokens) {
    this(index, null, checked(text, textStart, textEnd), textStart, textEnd, span, tokens);
  }

  private Sentence(
      int index,
      @Nullable String blockText,
      @Nullable String text,
      int textStart,
      int textEnd,
      Span span,
      TokenList tokens) {
    this.index = index;
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.blockText = blockText;
    this.givenText = text;
    this.span = Objects.requireNonNull(span, "span");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  private static String checked(String text, int textStart, int textEnd) {
    if (textStart < 0 || textEnd < textStart || text.length() != textEnd - textStart) {
      throw new IllegalArgumentException(
          "invalid sentence range [" + textStart + ", " + textEnd + ") for text of length " + text.length());
    }
    return text;
  }

  /**
   * The sentence {@code blockText[textStart, textEnd)}, its text cut from the block's when first asked
   * for; the other parameters as for the constructor.
   *
   * @throws IllegalArgumentException unless {@code 0 <= textStart <= textEnd <= blockText.length()}
   */
  public static Sentence of(int index, String blockText, int textStart, int textEnd, Span span, TokenList tokens) {
    if (textStart < 0 || textEnd < textStart || textEnd > blockText.length()) {
      throw new IllegalArgumentException(
          "invalid sentence range [" + textStart + ", " + textEnd + ") for a block text of length "
              + blockText.length());
    }
    return new Sentence(index, blockText, null, textStart, textEnd, span, tokens);
  }

  /** 0-based position of the sentence within its block. */
  public int index() {
    return index;
  }

  /** Offset of the sentence in the block's text. */
  public int textStart() {
    return textStart;
  }

  /** Offset just past the sentence in the block's text. */
  public int textEnd() {
    return textEnd;
  }

  /** The sentence's text (markup removed). */
  public String text() {
    String t = givenText;
    if (t != null) {
      return t;
    }
    t = cut;
    if (t == null) {
      t = Objects.requireNonNull(blockText).substring(textStart, textEnd);
      cut = t;
    }
    return t;
  }

  /** Where the sentence lies in the original source. */
  public Span span() {
    return span;
  }

  /** The sentence's tokens, offsets relative to the block's text. */
  public TokenList tokens() {
    return tokens;
  }

  /** The word tokens only. */
  public List<Token> words() {
    return tokens.stream().filter(Token::isWord).toList();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sentence s
        && index == s.index
        && textStart == s.textStart
        && textEnd == s.textEnd
        && span.equals(s.span)
        && text().equals(s.text())
        && tokens.equals(s.tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, textStart, textEnd, text(), span, tokens);
  }

  @Override
  public String toString() {
    return "Sentence[index=" + index + ", textStart=" + textStart + ", textEnd=" + textEnd + ", text=" + text()
        + ", span=" + span + ", tokens=" + tokens + "]";
  }
}
