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
    b.add(2, 4, Token.Type.WORD, "bc".hashCode());
    TokenList second = b.build("a bc d");
    assertEquals(List.of(Token.in("a bc d", 2, 4, Token.Type.WORD)), second);
    assertEquals(1, second.wordsAndNumbers(), "counted afresh for each list");
    assertEquals(true, second.hasAsciiHash(0));
    assertEquals("bc".hashCode(), second.asciiHash(0));
    b.add(0, 1, Token.Type.WORD);
    TokenList third = b.build("a bc d");
    assertEquals(false, third.hasAsciiHash(0), "hashes are not carried over either");
    assertSame(TokenList.of(), b.build("anything"));
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
