package dev.copydesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

  /** What one script of writes leaves in the stream; {@code close} ends it. */
  @FunctionalInterface
  private interface Script {
    void run(Writer w) throws IOException;
  }

  private static byte[] viaJdk(Script script) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
      script.run(w);
    }
    return bytes.toByteArray();
  }

  private static byte[] viaUtf8Writer(Script script, int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new Utf8Writer(bytes, size)) {
      script.run(w);
    }
    return bytes.toByteArray();
  }

  private static void assertSameBytes(Script script) throws IOException {
    byte[] expected = viaJdk(script);
    for (int size : new int[] {8, 9, 13, 64, 1 << 16}) {
      assertArrayEquals(expected, viaUtf8Writer(script, size), "buffer of " + size);
    }
  }

  @Test
  void encodesAsciiTwoAndThreeByteCharactersAndPairs() throws IOException {
    assertEquals("héllo € 😀", new String(viaUtf8Writer(w -> w.write("héllo € 😀"), 8), StandardCharsets.UTF_8));
    assertArrayEquals(new byte[] {'a', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xF0, (byte) 0x9F,
        (byte) 0x98, (byte) 0x80}, viaUtf8Writer(w -> w.write("aé€😀"), 16));
  }

  @Test
  void unpairedSurrogatesBecomeQuestionMarksAsTheJdkWritesThem() throws IOException {
    assertArrayEquals("a?b".getBytes(StandardCharsets.US_ASCII), viaUtf8Writer(w -> w.write("a\uD800b"), 8));
    assertArrayEquals("a?b".getBytes(StandardCharsets.US_ASCII), viaUtf8Writer(w -> w.write("a\uDC00b"), 8));
    assertArrayEquals("a?".getBytes(StandardCharsets.US_ASCII), viaUtf8Writer(w -> w.write("a\uD800"), 8), "pending at close");
    assertSameBytes(w -> w.write("\uD800\uD800\uDC00\uDC00x\uD83D"));
  }

  @Test
  void aPairSplitBetweenTwoWritesIsOneCharacter() throws IOException {
    assertSameBytes(w -> {
      w.write("ab\uD83D");
      w.flush(); // the high surrogate waits through a flush
      w.write('\uDE00');
      w.write(new char[] {'\uD83D'}, 0, 1);
      w.write("\uDE00c");
    });
    assertEquals("ab😀😀c", new String(viaUtf8Writer(w -> {
      w.write("ab\uD83D");
      w.write('\uDE00');
      w.write(new char[] {'\uD83D'}, 0, 1);
      w.write("\uDE00c");
    }, 8), StandardCharsets.UTF_8));
  }

  @Test
  void randomWritesOfEveryKindMatchTheJdksWriterByteForByte() throws IOException {
    Random random = new Random(20261130);
    char[] alphabet = {'a', 'Z', ' ', '\n', '"', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xFFFD, 0xFFFF, '\uD83D', '\uDE00',
        '\uDBFF', '\uDC00'};
    for (int round = 0; round < 300; round++) {
      long seed = random.nextLong();
      Script script = w -> {
        Random r = new Random(seed);
        int writes = r.nextInt(12);
        for (int k = 0; k < writes; k++) {
          char[] text = new char[r.nextInt(40)];
          for (int i = 0; i < text.length; i++) {
            text[i] = r.nextInt(3) == 0 ? alphabet[r.nextInt(alphabet.length)] : (char) ('a' + r.nextInt(26));
          }
          int off = text.length == 0 ? 0 : r.nextInt(text.length);
          int len = text.length - off == 0 ? 0 : r.nextInt(text.length - off + 1);
          switch (r.nextInt(4)) {
            case 0 -> w.write(new String(text), off, len);
            case 1 -> w.write(text, off, len);
            case 2 -> w.write(text.length == 0 ? 'q' : text[off]);
            default -> w.append(new String(text));
          }
        }
      };
      assertSameBytes(script);
    }
  }

  @Test
  void wholeStringsOfEveryKindMatchTheJdksWriterByteForByte() throws IOException {
    // Whole strings long enough to be encoded by the string, after writes that leave a surrogate pending.
    for (String s : new String[] {"plain ASCII text", "caf\u00E9 na\u00EFve \u20AC", "pair \uD83D\uDE00 inside",
        "\uDE00 low first, then text", "high \uD83D alone", "ends with a high \uD83D", "\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00",
        "x".repeat(100) + "\u00E9"}) {
      assertSameBytes(w -> w.write(s));
      assertSameBytes(w -> {
        w.write('\uD83D');
        w.write(s);
      });
      assertSameBytes(w -> {
        w.write("ab");
        w.write(s);
        w.write("\uDE00 and after");
      });
    }
  }

  @Test
  void encodedBytesAreCopiedAndAPendingHighSurrogateIsReplaced() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Utf8Writer w = new Utf8Writer(out, 8);
    w.write('\uD83D');
    w.writeUtf8("caf\u00E9 and a longer tail".getBytes(StandardCharsets.UTF_8));
    w.write('!');
    w.flush();
    assertEquals("?caf\u00E9 and a longer tail!", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void flushPassesTheBytesOnAndAClosedWriterRefusesMore() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Writer w = new Utf8Writer(bytes, 8);
    w.write("abc");
    assertEquals(0, bytes.size(), "buffered");
    w.flush();
    assertEquals("abc", bytes.toString(StandardCharsets.UTF_8));
    w.close();
    w.close(); // a second close does nothing
    assertThrows(IOException.class, () -> w.write("d"));
    assertThrows(IOException.class, w::flush);
    assertThrows(IllegalArgumentException.class, () -> new Utf8Writer(bytes, 7));
    assertThrows(IndexOutOfBoundsException.class, () -> new Utf8Writer(bytes).write("abc", 2, 5));
  }
}
