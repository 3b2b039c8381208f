package dev.copydesk.core.parse;

import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
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
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a file's bytes to text, refusing what is not text. A byte-order mark wins over the configured
 * encoding (UTF-8, UTF-16 LE/BE) and is not part of the text; a file with NUL bytes is UTF-16 without a
 * mark when its NULs fall on alternate bytes (ASCII-heavy text), and binary otherwise, as is one where
 * more than a tenth of the first 8 KiB are control characters. Invalid byte sequences are reported with
 * their byte offset and the line and column where they stand, never replaced silently.
 *
 * <p>An HTML page without a mark is read in the encoding its {@code <meta charset>} or {@code <meta
 * http-equiv="Content-Type">} declares within its first 1024 bytes, as browsers read it (see {@link
 * HtmlCharsetPrescan}): the declaration wins over the configured encoding, which stays the encoding of
 * pages that declare none. So the linter reads what the page's readers see, an archive of pages in
 * several encodings needs no setting, and a page whose bytes are not valid in what it declares is
 * reported. One exception: a page that declares another encoding but whose bytes are valid UTF-8 with
 * some non-ASCII is read as UTF-8, the declaration taken as left over from a conversion (legacy text
 * is almost never valid UTF-8 by chance; such pages are common in archives and crawls). A label the WHATWG Encoding standard does not know (or this Java cannot decode) gets an {@code
 * io.charset} warning at the label and the page is read as if it declared nothing.
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

  /**
   * The outcome: the text, or a diagnostic saying why there is none; warnings about what was ignored on
   * the way, with or without text (an HTML page's unknown charset label); and, with a text, the charset
   * it was decoded from and the length of the byte-order mark before it (0 without one).
   */
  public record Decoded(@Nullable String text, @Nullable Diagnostic diagnostic, List<Diagnostic> warnings,
      @Nullable Charset charset, int markLength) {
    public Decoded {
      warnings = List.copyOf(warnings);
    }

    public Decoded(@Nullable String text, @Nullable Diagnostic diagnostic, List<Diagnostic> warnings) {
      this(text, diagnostic, warnings, null, 0);
    }

    public Decoded(@Nullable String text, @Nullable Diagnostic diagnostic) {
      this(text, diagnostic, List.of());
    }

    /**
     * The bytes that decode to {@code newText} as these bytes decoded to the text: the same byte-order
     * mark (the first {@link #markLength} bytes of {@code original}), then {@code newText} in the same
     * charset. Empty when there is no text, or when {@code newText} has a character the charset cannot
     * write. For writing an edited text back to its file (applying fixes) without changing its encoding.
     */
    public java.util.Optional<byte[]> encode(byte[] original, String newText) {
      if (text == null || charset == null) {
        return java.util.Optional.empty();
      }
      try {
        ByteBuffer body = charset.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(newText));
        byte[] out = new byte[markLength + body.remaining()];
        System.arraycopy(original, 0, out, 0, markLength);
        body.get(out, markLength, body.remaining());
        return java.util.Optional.of(out);
      } catch (CharacterCodingException e) {
        return java.util.Optional.empty();
      }
    }

    public boolean ok() {
      return text != null;
    }

    /** The warnings, then the error if there is one: what a result for the file reports. */
    public List<Diagnostic> diagnostics() {
      if (diagnostic == null) {
        return warnings;
      }
      return java.util.stream.Stream.concat(warnings.stream(), java.util.stream.Stream.of(diagnostic)).toList();
    }
  }

  /** Decodes {@code bytes} without regard to any format: no declaration in them is read. */
  public Decoded decode(byte[] bytes) {
    return decode(bytes, Format.TEXT);
  }

  /**
   * Decodes the bytes of a file in {@code format}; for {@link Format#HTML} without a byte-order mark,
   * the page's own charset declaration decides the encoding when it names one.
   */
  public Decoded decode(byte[] bytes, Format format) {
    Charset cs = charset;
    int skip = 0;
    HtmlCharsetPrescan.@Nullable Declaration declared = null;
    List<Diagnostic> warnings = List.of();
    boolean nulFree = false; // known to hold no NUL byte
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
      // One read of the head answers both questions below for nearly every file: without a NUL in it
      // the bytes are not UTF-16, and NUL-free UTF-8 decodes to a text without U+0000.
      int head = scanHead(bytes);
      nulFree = head == TEXT_HEAD && bytes.length <= HEAD;
      Charset guessed = head == NUL_IN_HEAD ? guessUtf16(bytes) : null;
      if (guessed != null) {
        cs = guessed;
      } else if (head != TEXT_HEAD) {
        return new Decoded(
            null, Diagnostic.error("io.binary", "binary content (NUL or control bytes), not an article; skipped"));
      } else if (format == Format.HTML) {
        declared = HtmlCharsetPrescan.scan(bytes);
        if (declared != null && declared.charset() != null) {
          if (isNonAsciiUtf8(bytes, declared.charset())) {
            // A page converted to UTF-8 that kept its old declaration: common in CMS migrations and
            // in crawled corpora. Text in a legacy encoding is almost never valid UTF-8 by chance.
            cs = StandardCharsets.UTF_8;
            declared = null;
          } else {
            cs = declared.charset();
          }
        } else if (declared != null) {
          warnings = List.of(
              new Diagnostic(
                  Diagnostic.Level.WARNING,
                  "io.charset",
                  "the page declares charset \"" + declared.label().strip() + "\", which is not a known encoding;"
                      + " read as " + cs.name() + ", the configured encoding",
                  positionOf(bytes, 0, declared.offset(), cs)));
          declared = null;
        }
      }
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      String text = decodeValidUtf8(bytes, skip);
      if (text != null) {
        if (!nulFree && containsNul(text)) {
          return new Decoded(
              null, Diagnostic.error("io.binary", "binary content (NUL characters), not an article; skipped"), warnings);
        }
        return new Decoded(text, null, warnings, cs, skip);
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
            null, Diagnostic.error("io.binary", "binary content (NUL characters), not an article; skipped"), warnings);
      }
      return new Decoded(text, null, warnings, cs, skip);
    } catch (MalformedInputException | UnmappableCharacterException e) {
      int offset = in.position();
      return new Decoded(
          null,
          new Diagnostic(
              Diagnostic.Level.ERROR,
              "io.encoding",
              "not valid "
                  + cs.name()
                  + (declared == null ? "" : ", the encoding the page declares at " + positionOf(bytes, 0, declared.offset(), cs))
                  + ": invalid byte sequence at byte offset "
                  + offset
                  + (declared == null
                      ? " (set the encoding if the file is in another one); skipped"
                      : " (correct the page's charset declaration); skipped"),
              positionOf(bytes, skip, offset, cs)),
          warnings);
    } catch (CharacterCodingException e) {
      return new Decoded(null, Diagnostic.error("io.encoding", "cannot decode as " + cs.name() + ": " + e), warnings);
    }
  }

  /**
   * {@code bytes} from {@code from} decoded as UTF-8 when they are valid UTF-8, else {@code null} (and
   * the caller's strict decoder says where they are not). The String constructor decodes several times
   * faster than a {@link CharsetDecoder} (it writes the one-byte-per-character form of ASCII and Latin-1
   * text directly) and applies the same rules of validity, but replaces what is invalid with U+FFFD: a
   * text without that character had nothing to replace. One that has it, rare in articles, is left to
   * the strict decoder, which tells a replacement from a U+FFFD the file itself holds.
   */
  static @Nullable String decodeValidUtf8(byte[] bytes, int from) {
    String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    return text.indexOf('\uFFFD') < 0 ? text : null;
  }

  /**
   * The line and column of the first bad byte: the bytes before it are valid (the decoder stopped at
   * the first error), so decoding them gives the text in front of it.
   */
  private static Position positionOf(byte[] bytes, int from, int offset, Charset cs) {
    String before = new String(bytes, from, Math.max(0, offset - from), cs);
    return LineMap.of(before).position(before.length());
  }

  /** Whether a page declaring {@code declared} has non-ASCII bytes and is valid UTF-8 all the same. */
  private static boolean isNonAsciiUtf8(byte[] bytes, Charset declared) {
    if (declared.equals(StandardCharsets.UTF_8)) {
      return false;
    }
    boolean nonAscii = false;
    for (byte b : bytes) {
      if (b < 0) {
        nonAscii = true;
        break;
      }
    }
    if (!nonAscii) {
      return false;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
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

  /** How many bytes at the start of a file tell text from binary content. */
  static final int HEAD = 8192;

  static final int TEXT_HEAD = 0;
  static final int NUL_IN_HEAD = 1;
  static final int CONTROLS_IN_HEAD = 2;

  /**
   * What the first {@link #HEAD} bytes hold: a NUL (binary, or UTF-16 without a byte-order mark), more
   * than one byte in ten a control character other than white space and escape (binary), or neither.
   */
  static int scanHead(byte[] bytes) {
    int n = Math.min(bytes.length, HEAD);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20) {
        if (b == 0) {
          return NUL_IN_HEAD;
        }
        if (b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
          control++;
        }
      }
    }
    return n > 0 && control > n / 10 ? CONTROLS_IN_HEAD : TEXT_HEAD;
  }

  private static boolean containsNul(String s) {
    return s.indexOf('\0') >= 0;
  }
}
