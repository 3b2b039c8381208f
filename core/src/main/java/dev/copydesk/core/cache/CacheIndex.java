package dev.copydesk.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary form of a cache's index: the entries of many files in one file, so that a run over
 * thousands of unchanged files opens one file instead of one per file. A magic number and format
 * version, the number of records, then per record the file's id and its entry as {@link EntryCodec}
 * writes it. There is no checksum over the whole: each entry carries its own, so damage to one
 * record costs that file alone (and a warning that names it), and damage to the structure (a length
 * that cannot be) is reported as a damaged index.
 *
 * <p>Stateless; thread-safe.
 */
final class CacheIndex {

  private static final int MAGIC = 0x43444B49; // "CDKI"
  /** Bumped whenever the layout changes; an index of another version is ignored, not an error. */
  static final int FORMAT = 1;
  /** Sanity limit on counts and lengths, so that damage cannot ask for huge allocations. */
  private static final int MAX_COUNT = 50_000_000;

  private CacheIndex() {}

  /** Entry bytes by file id, in id order. */
  static byte[] encode(Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * 512);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
        byte[] id = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(id.length);
        out.write(id);
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
  }

  /**
   * The entries in {@code data} by file id (not checked: each is checked when used); empty for an
   * index of another format version.
   *
   * @throws EntryCodec.CorruptEntryException if the structure is damaged
   */
  static Map<String, byte[]> decode(byte[] data) throws EntryCodec.CorruptEntryException {
    ByteBuffer in = ByteBuffer.wrap(data);
    try {
      if (in.getInt() != MAGIC) {
        throw new EntryCodec.CorruptEntryException("not a Copydesk cache index");
      }
      if (in.getInt() != FORMAT) {
        return Map.of();
      }
      int n = count(in);
      Map<String, byte[]> out = new LinkedHashMap<>(n * 4 / 3 + 1);
      for (int i = 0; i < n; i++) {
        byte[] id = new byte[count(in)];
        in.get(id);
        byte[] entry = new byte[count(in)];
        in.get(entry);
        out.put(new String(id, StandardCharsets.UTF_8), entry);
      }
      if (in.hasRemaining()) {
        throw new EntryCodec.CorruptEntryException(in.remaining() + " bytes left over");
      }
      return out;
    } catch (RuntimeException e) {
      String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new EntryCodec.CorruptEntryException("truncated or malformed (" + detail + ")");
    }
  }

  private static int count(ByteBuffer in) throws EntryCodec.CorruptEntryException {
    int n = in.getInt();
    if (n < 0 || n > MAX_COUNT || n > in.remaining()) {
      throw new EntryCodec.CorruptEntryException("impossible length " + n);
    }
    return n;
  }
}
