package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NonProseLinesTest {

  @Test
  void whiteSpaceCollapsesAsTheRegularExpressionCollapsesIt() {
    assertEquals("follow us on twitter", NonProseLines.collapseSpaces("follow  us\ton\r\n twitter", 0, 23));
    assertEquals("us on", NonProseLines.collapseSpaces("[us on]", 1, 6));
    Random rnd = new Random(5);
    String pieces = "ab  \t\n\r\u000B\f\u00A0\u2028.";
    for (int round = 0; round < 5000; round++) {
      StringBuilder t = new StringBuilder();
      for (int k = rnd.nextInt(14); k > 0; k--) {
        t.append(pieces.charAt(rnd.nextInt(pieces.length())));
      }
      String text = t.toString();
      int s = text.isEmpty() ? 0 : rnd.nextInt(text.length());
      int e = s + (text.length() == s ? 0 : rnd.nextInt(text.length() - s + 1));
      assertEquals(text.substring(s, e).replaceAll("\\s+", " "), NonProseLines.collapseSpaces(text, s, e), text);
    }
  }
}
