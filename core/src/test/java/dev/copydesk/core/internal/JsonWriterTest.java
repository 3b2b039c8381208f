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

  /** {@code value} as a JSON array's element, written through a {@link Utf8Writer} and decoded again. */
  private static String writtenAsUtf8(String value) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Utf8Writer w = new Utf8Writer(bytes, 16);
    new JsonWriter(w).beginArray().value(value).endArray();
    w.flush();
    String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    return out.substring("[\n  ".length(), out.length() - "\n]".length());
  }

  @Test
  void stringsWrittenAsBytesAreWrittenAsQuoteWritesThem() throws IOException {
    // Long enough to be checked by their UTF-8 bytes, and longer than the writer's buffer.
    for (String s : new String[] {"plain text, long enough", "say \"no\" to that", "a line\nbreak here",
        "<script>& more text", "before \u2028 and \u2029 after", "curly \u2019quotes\u2019 \u201Cand\u201D \u2014 dashes",
        "\u2027\u202A\u20AC close to the separators", "why? because", "lone \uD83D high here", "lone \uDC4D low here",
        "emoji \uD83D\uDC4D pairs \uD83D\uDE00", "caf\u00E9 na\u00EFve \u00BD", "ends in \u2028", "\u2029 starts it"}) {
      assertEquals(JsonWriter.quote(s), writtenAsUtf8(s), s);
    }
  }

  @Test
  void randomStringsWrittenAsBytesAreWrittenAsQuoteWritesThem() throws IOException {
    Random random = new Random(29);
    char[] alphabet = "ab ?\"\\\n<&\u007F\u00E9\u2019\u2028\u2029\u2027\u20AC\uD83D\uDC4D\u0001".toCharArray();
    for (int round = 0; round < 5_000; round++) {
      char[] cs = new char[random.nextInt(30)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 'x';
      }
      String s = new String(cs);
      assertEquals(JsonWriter.quote(s), writtenAsUtf8(s), () -> "for " + JsonWriter.quote(s));
    }
  }

  @Test
  void aDocumentWrittenAsBytesIsTheDocumentWrittenAsCharacters() throws IOException {
    java.io.StringWriter chars = new java.io.StringWriter();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Utf8Writer utf8 = new Utf8Writer(bytes, 8);
    for (JsonWriter w : new JsonWriter[] {new JsonWriter(chars), new JsonWriter(utf8)}) {
      w.beginObject();
      for (int round = 0; round < 3; round++) { // names written again come from the writer's own copies
        w.name("plain" + round % 2).beginArray().value("a value long enough").value(round).endArray();
        w.field("say \"no\"", "<b>");
        w.field("caf\u00E9 \u2028", true);
        w.name("lone \uD83D").beginObject().name("deep").beginArray();
        for (int depth = 0; depth < 20; depth++) {
          w.beginArray();
        }
        for (int depth = 0; depth < 20; depth++) {
          w.endArray();
        }
        w.endArray().endObject();
      }
      w.endObject().flush();
    }
    utf8.flush();
    assertEquals(chars.toString(), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void elementsRenderedApartAndJoinedAreTheElementsWrittenInTurn() throws IOException {
    for (boolean bytes : new boolean[] {true, false}) {
      for (int already : new int[] {0, 2}) {
        // Straight: an object holding an array of objects, after `already` elements written directly.
        java.io.StringWriter straight = new java.io.StringWriter();
        JsonWriter s = new JsonWriter(straight).beginObject().name("files").beginArray();
        for (int i = 0; i < already + 7; i++) {
          s.beginObject().field("n", i).name("tags").beginArray().value("t" + i).endArray().endObject();
        }
        s.endArray().endObject().flush();

        // Joined: the same array's last 7 elements rendered in parts of 3, 0 and 4, and joined.
        java.io.ByteArrayOutputStream joinedBytes = new java.io.ByteArrayOutputStream();
        java.io.StringWriter joinedChars = new java.io.StringWriter();
        java.io.Writer target = bytes ? new Utf8Writer(joinedBytes, 8) : joinedChars;
        JsonWriter j = new JsonWriter(target).beginObject().name("files").beginArray();
        for (int i = 0; i < already; i++) {
          j.beginObject().field("n", i).name("tags").beginArray().value("t" + i).endArray().endObject();
        }
        JsonWriter.Position at = j.position();
        int before = 0;
        for (int size : new int[] {3, 0, 4}) {
          java.io.ByteArrayOutputStream part = new java.io.ByteArrayOutputStream();
          Utf8Writer partOut = new Utf8Writer(part);
          JsonWriter p = JsonWriter.at(partOut, at, before);
          for (int i = already + before; i < already + before + size; i++) {
            p.beginObject().field("n", i).name("tags").beginArray().value("t" + i).endArray().endObject();
          }
          partOut.flush();
          j.elements(part.toByteArray(), size);
          before += size;
        }
        j.endArray().endObject().flush();
        String joined = bytes ? joinedBytes.toString(java.nio.charset.StandardCharsets.UTF_8) : joinedChars.toString();
        assertEquals(straight.toString(), joined, (bytes ? "bytes" : "characters") + " after " + already);
      }
    }
    assertThrows(IllegalStateException.class, () -> new JsonWriter(new java.io.StringWriter()).beginObject().position());
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
