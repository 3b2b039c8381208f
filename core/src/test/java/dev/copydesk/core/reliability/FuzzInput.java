package dev.copydesk.core.reliability;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a fuzzer's bytes into source text. Bytes are read as UTF-8 (invalid sequences become U+FFFD), so
 * the committed regression inputs stay readable files; an input whose first byte is NUL is read as
 * UTF-16LE instead, which reaches every UTF-16 code unit, lone surrogates included.
 */
public final class FuzzInput {

  private FuzzInput() {}

  public static String text(byte[] data) {
    if (data.length > 0 && data[0] == 0) {
      char[] chars = new char[(data.length - 1) / 2];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) ((data[1 + 2 * i] & 0xFF) | (data[2 + 2 * i] & 0xFF) << 8);
      }
      return new String(chars);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(data))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("REPLACE never throws", e);
    }
  }
}
