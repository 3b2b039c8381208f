package dev.copydesk.rules.internal;

import dev.copydesk.core.model.Sentence;
import dev.copydesk.core.model.Token;
import java.util.List;

/**
 * The word and number tokens of one sentence, with their normalized (lower-case, straight apostrophe)
 * forms, for phrase matching. Punctuation and symbols are left out, so "Experts, however, say" reads as
 * three words. Offsets of {@link #token(int)} are relative to the block's text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Words {

  private final Sentence sentence;
  private final Token[] tokens;
  private final int[] tokenIndex;
  private final String[] lower;
  // Each normalized word's first two characters and length, for WordSet's tables (see shapeOf).
  private final int[] shape;

  private Words(Sentence sentence) {
    this.sentence = sentence;
    List<Token> all = sentence.tokens();
    int n = 0;
    for (Token t : all) {
      if (t.type() == Token.Type.WORD || t.type() == Token.Type.NUMBER) {
        n++;
      }
    }
    this.tokens = new Token[n];
    this.tokenIndex = new int[n];
    this.lower = new String[n];
    this.shape = new int[n];
    int k = 0;
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.type() == Token.Type.WORD || t.type() == Token.Type.NUMBER) {
        tokens[k] = t;
        tokenIndex[k] = i;
        lower[k] = Lexicon.normalize(t.text());
        shape[k] = shapeOf(lower[k]);
        k++;
      }
    }
  }

  public static Words of(Sentence sentence) {
    return new Words(sentence);
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return lower.length;
  }

  /** The normalized form of word {@code i}. */
  public String lower(int i) {
    return lower[i];
  }

  /**
   * The shape of normalized word {@code i}: its first two characters (the second 0 for a word of one)
   * as {@code first * 128 + second}, shifted left by 5, with its length (31 for any longer) in the low
   * 5 bits; -1 when either character is outside ASCII, -2 for an empty word. Every lexicon set asks
   * about every word; the shape, worked out once, answers most of them from two tables.
   */
  public int shape(int i) {
    return shape[i];
  }

  /** See {@link #shape(int)}. */
  static int shapeOf(String word) {
    if (word.isEmpty()) {
      return -2;
    }
    char c = word.charAt(0);
    char d = word.length() > 1 ? word.charAt(1) : 0;
    if (c >= 128 || d >= 128) {
      return -1;
    }
    return (c * 128 + d) << 5 | Math.min(word.length(), 31);
  }

  /** The word as written. */
  public String text(int i) {
    return tokens[i].text();
  }

  public Token token(int i) {
    return tokens[i];
  }

  /** The index of word {@code i} among all of the sentence's tokens (for part-of-speech tags). */
  public int tokenIndex(int i) {
    return tokenIndex[i];
  }

  /** Whether word {@code i} starts with an upper-case letter. */
  public boolean isCapitalized(int i) {
    String t = tokens[i].text();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  /** Whether word {@code i} is a number token. */
  public boolean isNumber(int i) {
    return tokens[i].type() == Token.Type.NUMBER;
  }

  /** Start of word {@code from} to end of word {@code to - 1}, as block-text offsets. */
  public int startOffset(int from) {
    return tokens[from].start();
  }

  public int endOffset(int toExclusive) {
    return tokens[toExclusive - 1].end();
  }
}
