package dev.copydesk.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Latin1Test {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Plain ASCII, with a question? Yes.",
        "caf\u00E9 na\u00EFve \u00BD \u00FF",
        "Blair\u2019s \u201Cplan\u201D \u2014 and more",
        "a \uD83D\uDC4D b \uD83C\uDDEC\uD83C\uDDE7 c",
        "unpaired \uD800 and \uDC00 surrogates",
        "\uD83D\uDC4D",
      })
  void givesOneByteForEveryCharacterAndEveryCharacterBack(String text) {
    byte[] bytes = Latin1.of(text);
    assertEquals(text.length(), bytes.length);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertEquals(c, Latin1.charAt(text, bytes, i), "character " + i);
      if (c <= 0xFF) {
        assertEquals((byte) c, bytes[i], "character " + i + " is its own byte");
      } else {
        assertEquals(Latin1.UNMAPPED, bytes[i], "character " + i + " is outside Latin-1");
      }
    }
  }

  @Test
  void anyTextReadsBackAsItWas() {
    Random rnd = new Random(7);
    char[] alphabet = {'a', 'Z', ' ', '?', '\u00E9', '\u2019', '\u00FF', '\u0100', '\uD83D', '\uDC4D', '\uFFFD'};
    for (int round = 0; round < 2_000; round++) {
      char[] text = new char[rnd.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[rnd.nextInt(alphabet.length)];
      }
      String s = new String(text);
      byte[] bytes = Latin1.of(s);
      StringBuilder back = new StringBuilder();
      for (int i = 0; i < bytes.length; i++) {
        back.append(Latin1.charAt(s, bytes, i));
      }
      assertEquals(s, back.toString());
    }
  }
}
