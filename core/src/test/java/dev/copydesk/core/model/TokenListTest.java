package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenListTest {

  private static final String TEXT = "Experts say, 20 times.";

  private static TokenList built() {
    TokenList.Builder b = new TokenList.Builder();
    b.add(0, 7, Token.Type.WORD);
    b.add(8, 11, Token.Type.WORD);
    b.add(11, 12, Token.Type.PUNCTUATION);
    b.add(13, 15, Token.Type.NUMBER);
    b.add(16, 21, Token.Type.WORD);
    b.add(21, 22, Token.Type.PUNCTUATION);
    return b.build(TEXT);
  }

  @Test
  void offsetsAndTypesAreReadWithoutMakingTokens() {
    TokenList t = built();
    assertEquals(6, t.size());
    assertEquals(13, t.start(3));
    assertEquals(15, t.end(3));
    assertEquals(Token.Type.NUMBER, t.type(3));
    assertEquals(true, t.isWordOrNumber(3));
    assertEquals(false, t.isWordOrNumber(2));
    assertEquals(4, t.wordsAndNumbers());
    assertThrows(IndexOutOfBoundsException.class, () -> t.start(6));
    assertThrows(IndexOutOfBoundsException.class, () -> t.end(-1));
  }

  @Test
  void tokensAreMadeFromTheSourceAndKept() {
    TokenList t = built();
    assertEquals(Token.in(TEXT, 8, 11, Token.Type.WORD), t.get(1));
    assertEquals("say", t.get(1).text());
    assertSame(t.get(1), t.get(1));
    assertEquals(List.of("Experts", "say", ",", "20", "times", "."), t.stream().map(Token::text).toList());
    assertThrows(IndexOutOfBoundsException.class, () -> t.get(6));
    assertThrows(UnsupportedOperationException.class, () -> t.add(t.get(0)));
  }

  @Test
  void aBuilderStartsAgainAfterEachList() {
    TokenList.Builder b = new TokenList.Builder();
    for (int i = 0; i < 100; i++) { // past the builder's first arrays
      b.add(i, i + 1, Token.Type.SYMBOL);
    }
    String hundred = "x".repeat(100);
    assertEquals(100, b.build(hundred).size());
    b.addKeyed(2, 4, Token.Type.WORD, "bc".hashCode(), 'b', 'c', 'c');
    TokenList second = b.build("a bc d");
    assertEquals(List.of(Token.in("a bc d", 2, 4, Token.Type.WORD)), second);
    assertEquals(1, second.wordsAndNumbers(), "counted afresh for each list");
    assertEquals(0, second.unkeyedWords());
    assertEquals("bc".hashCode(), second.wordData()[TokenList.WORD_HASH]);
    b.add(0, 1, Token.Type.WORD);
    TokenList third = b.build("a bc d");
    assertEquals(1, third.unkeyedWords(), "keys are not carried over either");
    assertEquals(TokenList.UNKEYED, third.wordData()[TokenList.WORD_KEY]);
    assertSame(TokenList.of(), b.build("anything"));
  }

  @Test
  void wordDataGivesEachWordAndNumberInOrderWithItsKeyOrUnkeyed() {
    String text = "Experts say, 20 times.";
    TokenList.Builder b = new TokenList.Builder();
    b.addKeyed(0, 7, Token.Type.WORD, "experts".hashCode(), 'e', 'x', 's');
    b.add(8, 11, Token.Type.WORD);
    b.add(11, 12, Token.Type.PUNCTUATION);
    b.addKeyed(13, 15, Token.Type.NUMBER, "20".hashCode(), '2', '0', '0');
    b.addKeyed(16, 21, Token.Type.WORD, "times".hashCode(), 't', 'i', 's');
    b.add(21, 22, Token.Type.PUNCTUATION);
    TokenList t = b.build(text);
    int[] d = t.wordData();
    assertEquals(4 * TokenList.WORD_FIELDS, d.length);
    assertEquals(1, t.unkeyedWords());
    assertEquals(1, t.numbers());
    int f = TokenList.WORD_FIELDS;
    assertEquals(List.of(0, 1, 3, 4),
        List.of(d[TokenList.WORD_TOKEN], d[f + TokenList.WORD_TOKEN], d[2 * f + TokenList.WORD_TOKEN],
            d[3 * f + TokenList.WORD_TOKEN]));
    assertEquals(TokenList.wordKey('e', 'x', 7), d[TokenList.WORD_KEY]);
    assertEquals(TokenList.UNKEYED, d[f + TokenList.WORD_KEY]);
    assertEquals(2 << 16 | '0', d[2 * f + TokenList.WORD_LENGTH_AND_LAST]);
    assertEquals("times".hashCode(), d[3 * f + TokenList.WORD_HASH]);
    assertThrows(IllegalArgumentException.class, () -> b.addKeyed(0, 1, Token.Type.PUNCTUATION, 0, 'x', 0, 'x'));
  }

  @Test
  void tokensGivenAsObjectsAreNotKeyed() {
    TokenList t = TokenList.copyOf(List.of(Token.in(TEXT, 0, 7, Token.Type.WORD), Token.in(TEXT, 11, 12,
        Token.Type.PUNCTUATION), Token.in(TEXT, 13, 15, Token.Type.NUMBER)));
    assertEquals(2, t.wordsAndNumbers());
    assertEquals(2, t.unkeyedWords());
    assertEquals(1, t.numbers());
    assertEquals(2, t.wordData()[TokenList.WORD_FIELDS + TokenList.WORD_TOKEN]);
  }

  @Test
  void aTokenOutsideTheSourceIsRefusedAndTheBuilderEmptied() {
    TokenList.Builder b = new TokenList.Builder();
    b.add(3, 9, Token.Type.WORD);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.build("short"));
    assertEquals("invalid token [3, 9) in a text of length 5", e.getMessage());
    b.add(1, 1, Token.Type.WORD);
    assertThrows(IllegalArgumentException.class, () -> b.build("short"));
    assertEquals(0, b.build("short").size());
  }

  @Test
  void aCopyOfGivenTokensKeepsThemAsGiven() {
    Token given = new Token(100, 103, "say", Token.Type.WORD);
    TokenList t = TokenList.copyOf(List.of(given));
    assertSame(given, t.get(0));
    assertEquals(1, t.wordsAndNumbers());
    assertEquals(100, t.start(0));
    assertEquals(103, t.end(0));
    assertSame(t, TokenList.copyOf(t));
    assertSame(TokenList.of(), TokenList.copyOf(List.of()));
    assertEquals(List.of(given), t);
  }
}
