package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Position;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

  private static final SourceDecoder UTF8 = SourceDecoder.utf8();
  private static final String TEXT = "Caf\u00E9 costs \u00A35.\nNext line \u2014 done.\n";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String ok(SourceDecoder.Decoded d) {
    assertTrue(d.ok(), String.valueOf(d.diagnostic()));
    assertNull(d.diagnostic());
    return d.text();
  }

  @Test
  void utf8ByDefaultWithOrWithoutBom() {
    assertEquals(TEXT, ok(UTF8.decode(TEXT.getBytes(StandardCharsets.UTF_8))));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(TEXT, ok(UTF8.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)))), "the mark is not text");
  }

  /**
   * The fast path takes what the strict decoder takes, gives the same text, and declines everything
   * else: random mixes of valid sequences and the invalid ones (overlong forms, encoded surrogates,
   * code points past U+10FFFF, stray continuation bytes, cut sequences, a U+FFFD in the file).
   */
  @Test
  void fastUtf8DecodingAgreesWithTheStrictDecoder() {
    byte[][] pieces = {
      "a".getBytes(StandardCharsets.UTF_8), " ".getBytes(StandardCharsets.UTF_8), "\u00E9".getBytes(StandardCharsets.UTF_8),
      "\u2014".getBytes(StandardCharsets.UTF_8), "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
      "\u00FF".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
      {(byte) 0xBF}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0xC3},
    };
    Random rnd = new Random(11);
    int fast = 0;
    int declined = 0;
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = new byte[0];
      for (int k = rnd.nextInt(6); k >= 0; k--) {
        // Mostly valid pieces, so that many inputs are valid as a whole.
        byte[] piece = pieces[rnd.nextInt(10) < 8 ? rnd.nextInt(5) : rnd.nextInt(pieces.length)];
        bytes = concat(bytes, piece);
      }
      String strict;
      try {
        strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        strict = null;
      }
      String quick = SourceDecoder.decodeValidUtf8(bytes, 0);
      if (quick != null) {
        fast++;
        assertEquals(strict, quick, java.util.Arrays.toString(bytes));
      } else {
        declined++;
        assertTrue(strict == null || strict.indexOf('\uFFFD') >= 0, java.util.Arrays.toString(bytes));
      }
    }
    assertTrue(fast > 5_000 && declined > 5_000, fast + " fast, " + declined + " declined");
  }

  @Test
  void aFileHoldingTheReplacementCharacterIsReadAsItIs() {
    String text = "Unknown glyph: \uFFFD, kept.\n";
    assertEquals(text, ok(UTF8.decode(text.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void utf16WithBom() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(TEXT, ok(UTF8.decode(le)));
    assertEquals(TEXT, ok(UTF8.decode(be)));
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsNuls() {
    assertEquals(TEXT, ok(UTF8.decode(TEXT.getBytes(StandardCharsets.UTF_16LE))));
    assertEquals(TEXT, ok(UTF8.decode(TEXT.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void bomWinsOverTheConfiguredEncoding() {
    SourceDecoder latin = new SourceDecoder(Charset.forName("windows-1252"));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(TEXT, ok(latin.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void configuredEncodingReadsLatin1() {
    byte[] bytes = "Price: \u00A35\n".getBytes(Charset.forName("windows-1252"));
    assertEquals("Price: \u00A35\n", ok(new SourceDecoder(Charset.forName("windows-1252")).decode(bytes)));
  }

  @Test
  void invalidUtf8IsAnErrorWithOffsetLineAndColumn() {
    byte[] bytes = "First line\nPrice: \u00A35\n".getBytes(Charset.forName("ISO-8859-1"));
    SourceDecoder.Decoded d = UTF8.decode(bytes);
    assertTrue(!d.ok());
    Diagnostic diag = d.diagnostic();
    assertEquals(Diagnostic.Level.ERROR, diag.level());
    assertEquals("io.encoding", diag.code());
    assertTrue(diag.message().contains("byte offset 18"), diag.message());
    assertEquals(new Position(2, 8), diag.position());
  }

  @Test
  void truncatedMultiByteSequenceAtTheEnd() {
    byte[] bytes = concat("ok \u00E9".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
    SourceDecoder.Decoded d = UTF8.decode(bytes);
    assertEquals("io.encoding", d.diagnostic().code());
    assertEquals(new Position(1, 5), d.diagnostic().position());
  }

  @Test
  void pngIsBinary() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0
    };
    SourceDecoder.Decoded d = UTF8.decode(png);
    assertTrue(!d.ok());
    assertEquals("io.binary", d.diagnostic().code());
  }

  @Test
  void nulBytesInTextAreBinary() {
    byte[] bytes = "Some text\u0000with a NUL in the middle of a long enough line of text\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("io.binary", UTF8.decode(bytes).diagnostic().code());
  }

  @Test
  void aNulPastTheBinarySniffIsStillBinary() {
    // The binary sniff reads the first 8 KB; the NUL here is past them, in text that is otherwise ASCII.
    String text = "A plain line of text.\n".repeat(600) + "\u0000 and more.\n";
    SourceDecoder.Decoded d = UTF8.decode(text.getBytes(StandardCharsets.US_ASCII));
    assertEquals("io.binary", d.diagnostic().code());
    assertEquals("binary content (NUL characters), not an article; skipped", d.diagnostic().message());
  }

  @Test
  void aNulOnEitherSideOfTheHeadsEndIsBinaryAndSoIsOneBehindAByteOrderMark() {
    for (int at : new int[] {0, SourceDecoder.HEAD - 1, SourceDecoder.HEAD, SourceDecoder.HEAD + 1}) {
      byte[] bytes = "An ordinary line of article text.\n".repeat(300).getBytes(StandardCharsets.US_ASCII);
      bytes[at] = 0;
      SourceDecoder.Decoded d = UTF8.decode(bytes);
      assertEquals("io.binary", d.diagnostic().code(), "NUL at " + at);
      assertEquals(at < SourceDecoder.HEAD ? SourceDecoder.NUL_IN_HEAD : SourceDecoder.TEXT_HEAD, SourceDecoder.scanHead(bytes), "at " + at);
    }
    // Behind a byte-order mark the head is not sniffed; the NUL is still found in the text.
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'n', 'e', 0, 't', 'w', 'o', '\n'};
    assertEquals("io.binary", UTF8.decode(bom).diagnostic().code());
    assertEquals("One two\n", UTF8.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'O', 'n', 'e', ' ', 't', 'w', 'o', '\n'}).text());
  }

  @Test
  void theHeadIsTextUnlessItHoldsANulOrMoreThanATenthControlCharacters() {
    assertEquals(SourceDecoder.TEXT_HEAD, SourceDecoder.scanHead(new byte[0]));
    assertEquals(SourceDecoder.TEXT_HEAD, SourceDecoder.scanHead("tab\tform\fescape\u001B\r\n".getBytes(StandardCharsets.US_ASCII)));
    byte[] noisy = "0123456789".repeat(10).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 10; i++) {
      noisy[i * 10] = 0x01;
    }
    assertEquals(SourceDecoder.TEXT_HEAD, SourceDecoder.scanHead(noisy), "one in ten is not more than a tenth");
    noisy[5] = 0x02;
    assertEquals(SourceDecoder.CONTROLS_IN_HEAD, SourceDecoder.scanHead(noisy));
    noisy[7] = 0;
    assertEquals(SourceDecoder.NUL_IN_HEAD, SourceDecoder.scanHead(noisy));
  }

  @Test
  void decodesAsTheCharsetsOwnDecoderDoesWhetherOrNotTheTextIsAscii() {
    java.util.Random random = new java.util.Random(17);
    String[] pieces = {"plain ", "words, ", "\n", "caf\u00E9 ", "\u00A3", "\u2014", "\t", "~{}|", "\u00FF"};
    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII,
        Charset.forName("windows-1252"), StandardCharsets.UTF_16LE)) {
      SourceDecoder decoder = new SourceDecoder(cs);
      for (int round = 0; round < 300; round++) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(40);
        boolean ascii = random.nextBoolean();
        for (int k = 0; k < n; k++) {
          sb.append(pieces[random.nextInt(ascii ? 3 : pieces.length)]);
        }
        byte[] bytes = sb.toString().getBytes(cs == StandardCharsets.US_ASCII ? StandardCharsets.UTF_8 : cs);
        SourceDecoder.Decoded d = decoder.decode(bytes);
        String expected;
        try {
          expected = cs.newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
          expected = null;
        }
        if (expected == null) {
          assertEquals("io.encoding", d.diagnostic().code(), cs + ": " + sb);
        } else if (d.ok()) {
          assertEquals(expected, d.text(), cs + ": " + sb);
        } else {
          assertEquals("io.binary", d.diagnostic().code(), cs + ": " + sb); // UTF-16 sniffing aside
        }
      }
    }
  }

  @Test
  void controlCharacterNoiseIsBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertEquals("io.binary", UTF8.decode(bytes).diagnostic().code());
  }

  @Test
  void emptyFileIsEmptyText() {
    assertEquals("", ok(UTF8.decode(new byte[0])));
  }
}
