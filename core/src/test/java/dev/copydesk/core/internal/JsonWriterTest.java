package dev.copydesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

  private static String written(String value) throws IOException {
    StringWriter sw = new StringWriter();
    new JsonWriter(sw).beginArray().value(value).endArray();
    String out = sw.toString();
    return out.substring("[\n  ".length(), out.length() - "\n]".length());
  }

  @Test
  void stringsAreWrittenAsQuoteWritesThem() throws IOException {
    for (String s : new String[] {"", "plain text", "say \"no\"", "back\\slash", "line\nbreak", "tab\there",
        "<script>&", "\u2028\u2029", "\u007F", "emoji \uD83D\uDC4D", "lone \uD83D high", "lone \uDC4D low",
        "caf\u00E9 \u2019quoted\u2019 \u2014 dash", "\u0000\u001F"}) {
      assertEquals(JsonWriter.quote(s), written(s), s);
    }
  }

  @Test
  void quoteEscapesWhatJsonAndHtmlEmbeddingNeed() {
    assertEquals("\"a\\\"b\\\\c\\nd\"", JsonWriter.quote("a\"b\\c\nd"));
    assertEquals("\"\\u003cb\\u003e \\u0026 \\u2028\"", JsonWriter.quote("<b> & \u2028"));
    assertEquals("\"\\ufffd\"", JsonWriter.quote("\uD800"));
    assertEquals("\"\uD83D\uDC4D\"", JsonWriter.quote("\uD83D\uDC4D"));
  }

  @Test
  void randomStringsAreWrittenAsQuoteWritesThem() throws IOException {
    Random random = new Random(11);
    char[] alphabet = "ab \"\\\n\t<>&\u007F\u00E9\u2019\u2028\u2029\uD83D\uDC4D\u0001".toCharArray();
    for (int round = 0; round < 5_000; round++) {
      char[] cs = new char[random.nextInt(12)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(cs);
      assertEquals(JsonWriter.quote(s), written(s), () -> "for " + JsonWriter.quote(s));
    }
  }

  @Test
  void nestingIsIndentedTwoSpacesALevelAtAnyDepth() throws IOException {
    StringWriter sw = new StringWriter();
    JsonWriter w = new JsonWriter(sw);
    int depth = 20; // deeper than the writer's ready-made indentation
    for (int i = 0; i < depth; i++) {
      w.beginArray();
    }
    w.value(1);
    for (int i = 0; i < depth; i++) {
      w.endArray();
    }
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      expected.append('[').append('\n').append("  ".repeat(i + 1));
    }
    expected.append('1');
    for (int i = depth - 1; i >= 0; i--) {
      expected.append('\n').append("  ".repeat(i)).append(']');
    }
    assertEquals(expected.toString(), sw.toString());
  }

  @Test
  void objectsSeparateFieldsWithCommas() throws IOException {
    StringWriter sw = new StringWriter();
    new JsonWriter(sw).beginObject().field("a", "x").field("b", 2).name("c").beginArray().endArray().endObject();
    assertEquals("{\n  \"a\": \"x\",\n  \"b\": 2,\n  \"c\": []\n}", sw.toString());
  }

  @Test
  void aNameOutsideAnObjectIsRefused() {
    assertThrows(IllegalStateException.class, () -> new JsonWriter(new StringWriter()).beginArray().name("x"));
  }
}
