package dev.copydesk.core.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses a gzip file's bytes (every member of it, as {@code gunzip} does), within a limit: a few
 * kilobytes of gzip can stand for gigabytes of text, so the output stops one byte past the limit.
 *
 * <p>Stateless and thread-safe.
 */
final class Gzip {

  /** The text is longer than the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("decompressed text over the limit");
    }
  }

  private Gzip() {}

  /**
   * The decompressed bytes of {@code gzip}, at most {@code limit} of them.
   *
   * @throws TooLargeException if they are more than {@code limit}
   * @throws IOException if {@code gzip} is not valid gzip (the message says how)
   */
  static byte[] inflate(byte[] gzip, long limit) throws IOException {
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
      byte[] out = in.readNBytes(max + 1);
      if (out.length > max) {
        throw new TooLargeException();
      }
      return out;
    } catch (java.io.EOFException e) {
      throw new IOException("the file ends before its compressed data does", e);
    }
  }
}
