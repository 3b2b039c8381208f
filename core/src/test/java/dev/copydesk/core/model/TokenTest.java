package dev.copydesk.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenTest {

  @Test
  void aTokenInItsSourceReadsAsTheTokenWithItsTextGiven() {
    String source = "Experts said caf\u00E9 prices rose.";
    Token lazy = Token.in(source, 13, 17, Token.Type.WORD);
    Token given = new Token(13, 17, "caf\u00E9", Token.Type.WORD);
    assertEquals(4, lazy.length());
    assertEquals('c', lazy.charAt(0));
    assertEquals('\u00E9', lazy.charAt(3));
    assertEquals("caf\u00E9", lazy.text());
    assertSame(lazy.text(), lazy.text(), "cut once, then kept");
    assertEquals(given, lazy);
    assertEquals(given.hashCode(), lazy.hashCode());
    assertEquals(given.toString(), lazy.toString());
    assertEquals("Token[start=13, end=17, text=caf\u00E9, type=WORD]", lazy.toString());
    assertNotEquals(given, Token.in(source, 13, 17, Token.Type.SYMBOL));
    assertNotEquals(given, Token.in(source, 0, 4, Token.Type.WORD));
  }

  @Test
  void charactersOutsideTheTokenAreRefused() {
    Token t = Token.in("one two", 4, 7, Token.Type.WORD);
    assertEquals('o', t.charAt(2));
    assertThrows(IndexOutOfBoundsException.class, () -> t.charAt(3));
    assertThrows(IndexOutOfBoundsException.class, () -> t.charAt(-1));
    Token given = new Token(4, 7, "two", Token.Type.WORD);
    assertThrows(IndexOutOfBoundsException.class, () -> given.charAt(3));
  }

  @Test
  void rangesOutsideTheSourceOrEmptyAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Token.in("abc", 2, 4, Token.Type.WORD));
    assertThrows(IllegalArgumentException.class, () -> Token.in("abc", 1, 1, Token.Type.WORD));
    assertThrows(IllegalArgumentException.class, () -> Token.in("abc", -1, 1, Token.Type.WORD));
    assertThrows(IllegalArgumentException.class, () -> new Token(0, 3, "ab", Token.Type.WORD));
  }
}
