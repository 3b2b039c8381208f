package dev.copydesk.core.parse;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.LineMap;
import dev.copydesk.core.model.Position;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a file's bytes to text, refusing what is not text. A byte-order mark wins over the configured
 * encoding (UTF-8, UTF-16 LE/BE) and is not part of the text; a file with NUL bytes is UTF-16 without a
 * mark when its NULs fall on alternate bytes (ASCII-heavy text), and binary otherwise, as is one where
 * more than a tenth of the first 8 KiB are control characters. Invalid byte sequences are reported with
 * their byte offset and the line and column where they stand, never replaced silently.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceDecoder {

  private final Charset charset;

  public SourceDecoder(Charset charset) {
    this.charset = charset;
  }

  public static SourceDecoder utf8() {
    return new SourceDecoder(StandardCharsets.UTF_8);
  }

  public Charset charset() {
    return charset;
  }

  /** The outcome: the text, or a diagnostic saying why there is none. */
  public record Decoded(@Nullable String text, @Nullable Diagnostic diagnostic) {
    public boolean ok() {
      return text != null;
    }
  }

  public Decoded decode(byte[] bytes) {
    Charset cs = charset;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      Charset guessed = guessUtf16(bytes);
      if (guessed != null) {
        cs = guessed;
      } else if (looksBinary(bytes)) {
        return new Decoded(
            null, Diagnostic.error("io.binary", "binary content (NUL or control bytes), not an article; skipped"));
      }
    }
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharBuffer out = decoder.decode(in);
      String text = out.toString();
      if (containsNul(text)) {
        return new Decoded(
            null, Diagnostic.error("io.binary", "binary content (NUL characters), not an article; skipped"));
      }
      return new Decoded(text, null);
    } catch (MalformedInputException | UnmappableCharacterException e) {
      int offset = in.position();
      return new Decoded(
          null,
          new Diagnostic(
              Diagnostic.Level.ERROR,
              "io.encoding",
              "not valid "
                  + cs.name()
                  + ": invalid byte sequence at byte offset "
                  + offset
                  + " (set the encoding if the file is in another one); skipped",
              positionOf(bytes, skip, offset, cs)));
    } catch (CharacterCodingException e) {
      return new Decoded(null, Diagnostic.error("io.encoding", "cannot decode as " + cs.name() + ": " + e));
    }
  }

  /**
   * The line and column of the first bad byte: the bytes before it are valid (the decoder stopped at
   * the first error), so decoding them gives the text in front of it.
   */
  private static Position positionOf(byte[] bytes, int from, int offset, Charset cs) {
    String before = new String(bytes, from, Math.max(0, offset - from), cs);
    return LineMap.of(before).position(before.length());
  }

  /** UTF-16 without a BOM: NUL bytes mostly at odd (LE) or even (BE) positions of ASCII-heavy text. */
  private static @Nullable Charset guessUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenNul++;
      }
      if (bytes[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control > n / 10;
  }

  private static boolean containsNul(String s) {
    return s.indexOf('\0') >= 0;
  }
}
