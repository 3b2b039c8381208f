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
    int k = 0;
    for (int i = 0; i < all.size(); i++) {
      Token t = all.get(i);
      if (t.type() == Token.Type.WORD || t.type() == Token.Type.NUMBER) {
        tokens[k] = t;
        tokenIndex[k] = i;
        lower[k] = Lexicon.normalize(t.text());
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
