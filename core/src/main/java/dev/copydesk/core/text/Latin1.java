package dev.copydesk.core.text;

import java.nio.charset.StandardCharsets;

/**
 * A text's characters as Latin-1 bytes, for loops that read every character. Under the command line's
 * compiler (C1), {@link String#charAt} costs several times a byte array's read: each call checks the
 * string's coder and bounds again. A Latin-1 string (nearly every English text) is copied into bytes in
 * one block copy.
 *
 * <p>A character outside Latin-1 is written as {@code '?'}, so a reader takes any byte that is not
 * {@code '?'} as the character and reads the string itself at a {@code '?'}; {@link #charAt} does so.
 * A {@code '?'} in the text is then read twice, and rightly.
 */
public final class Latin1 {

  /** The byte that stands for a character outside Latin-1, and for itself. */
  public static final byte UNMAPPED = '?';

  private Latin1() {}

  /** The characters of {@code text}, one byte each, as described above. */
  public static byte[] of(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    if (bytes.length == text.length()) {
      return bytes;
    }
    // The encoder gives one '?' for a surrogate pair: one byte for two characters. Made a character at
    // a time instead.
    bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      char c = text.charAt(i);
      bytes[i] = c <= 0xFF ? (byte) c : UNMAPPED;
    }
    return bytes;
  }

  /** Character {@code i} of {@code text}, whose bytes ({@link #of}) are {@code bytes}. */
  public static char charAt(String text, byte[] bytes, int i) {
    byte b = bytes[i];
    return b != UNMAPPED ? (char) (b & 0xFF) : text.charAt(i);
  }
}
