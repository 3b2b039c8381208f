package dev.copydesk.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A buffered writer that encodes UTF-8 straight into its buffer: the bytes {@code new
 * BufferedWriter(new OutputStreamWriter(out, UTF_8))} writes, an unpaired surrogate included (as {@code
 * ?}, that writer's replacement), at a fraction of its cost for the many short writes a report makes.
 * That pair takes a lock and checks it is open on every call, copies each string into a {@code char[]},
 * then runs a charset encoder over it; this one copies ASCII runs byte by byte and encodes the rest
 * by hand. A high surrogate at the end of one write is paired with a low one at the start of the next.
 *
 * <p>Not thread-safe (unlike {@link Writer}s in general, it does not lock).
 */
public final class Utf8Writer extends Writer {

  private static final byte REPLACEMENT = '?';
  // Shortest string written through String.getBytes rather than a character at a time: below it, the
  // array the string makes costs more than the loop.
  private static final int WHOLE_STRING = 8;

  private final OutputStream out;
  private final byte[] buf;
  private int count;
  private char high; // a high surrogate waiting for the next character; 0 when there is none
  private boolean closed;

  /** A writer with a 64 KiB buffer. */
  public Utf8Writer(OutputStream out) {
    this(out, 1 << 16);
  }

  /** A writer with a buffer of {@code size} bytes (at least 8). */
  public Utf8Writer(OutputStream out, int size) {
    if (size < 8) {
      throw new IllegalArgumentException("buffer of " + size + " bytes; at least 8");
    }
    this.out = Objects.requireNonNull(out, "out");
    this.buf = new byte[size];
  }

  @Override
  public void write(int c) throws IOException {
    ensureOpen();
    if (count >= buf.length - 4) {
      drain();
    }
    put((char) c);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, s.length());
    ensureOpen();
    if (high == 0 && off == 0 && len == s.length() && len >= WHOLE_STRING && !Character.isHighSurrogate(s.charAt(len - 1))) {
      // A whole string, as reports write most text: encoded by the string itself, which copies a
      // Latin-1 string of ASCII in one block, where the loop below reads it a character at a time (a
      // call with its own checks under the command line's compiler, C1). Nothing is pending before it
      // and nothing after (no high surrogate at its end), so the bytes are the loop's: the string, too,
      // writes an unpaired surrogate as '?'.
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      writeUtf8(bytes, 0, bytes.length);
      return;
    }
    int end = off + len;
    int i = off;
    while (i < end) {
      if (count >= buf.length - 4) {
        drain();
      }
      if (high == 0) { // a run of ASCII, as much of it as the buffer holds
        int stop = i + Math.min(end - i, buf.length - 4 - count); // leaves room for put
        byte[] b = buf;
        int n = count;
        char c;
        while (i < stop && (c = s.charAt(i)) < 0x80) {
          b[n++] = (byte) c;
          i++;
        }
        count = n;
        if (i == stop) {
          continue;
        }
      }
      put(s.charAt(i++));
    }
  }

  /**
   * Writes {@code utf8}, text encoded as UTF-8 already (by {@link String#getBytes}, say), as its bytes. A
   * high surrogate left pending by the last write has no low one after it and is written as {@code ?}.
   */
  public void writeUtf8(byte[] utf8) throws IOException {
    writeUtf8(utf8, 0, utf8.length);
  }

  /** Writes {@code utf8[off, off + len)} as {@link #writeUtf8(byte[])} writes a whole array. */
  public void writeUtf8(byte[] utf8, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, utf8.length);
    ensureOpen();
    if (high != 0) {
      high = 0;
      if (count >= buf.length) {
        drain();
      }
      buf[count++] = REPLACEMENT;
    }
    int i = off;
    int end = off + len;
    while (i < end) {
      if (count == buf.length) {
        drain();
      }
      int n = Math.min(end - i, buf.length - count);
      System.arraycopy(utf8, i, buf, count, n);
      count += n;
      i += n;
    }
  }

  /** As {@link #write(String, int, int)} (reporters write strings; this is for other callers). */
  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    write(String.valueOf(cbuf, off, len), 0, len);
  }

  /** Encodes {@code c}; the caller has made room for four bytes. */
  private void put(char c) {
    byte[] b = buf;
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        b[count++] = (byte) (0xF0 | cp >> 18);
        b[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[count++] = (byte) (0x80 | cp & 0x3F);
        return;
      }
      b[count++] = REPLACEMENT; // the high surrogate had no low one; c is encoded on its own
    }
    if (c < 0x80) {
      b[count++] = (byte) c;
    } else if (c < 0x800) {
      b[count++] = (byte) (0xC0 | c >> 6);
      b[count++] = (byte) (0x80 | c & 0x3F);
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      b[count++] = REPLACEMENT;
    } else {
      b[count++] = (byte) (0xE0 | c >> 12);
      b[count++] = (byte) (0x80 | c >> 6 & 0x3F);
      b[count++] = (byte) (0x80 | c & 0x3F);
    }
  }

  private void drain() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      count = 0;
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("writer closed");
    }
  }

  /** Writes out what is buffered and flushes the stream; a high surrogate stays pending. */
  @Override
  public void flush() throws IOException {
    ensureOpen();
    drain();
    out.flush();
  }

  /** Writes out what is buffered (a pending high surrogate as {@code ?}) and closes the stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      if (high != 0) {
        high = 0;
        if (count > buf.length - 1) {
          drain();
        }
        buf[count++] = REPLACEMENT;
      }
      drain();
      out.flush();
    } finally {
      closed = true;
      out.close();
    }
  }
}
