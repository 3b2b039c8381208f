package dev.copydesk.core.cache;

import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.internal.ContentChecksum;
import dev.copydesk.core.internal.ContentHash;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Fix;
import dev.copydesk.core.rule.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The binary form of one cache entry: a magic number and format version, the key (content checksum and
 * settings hash), the file's id and format, its findings, suppressed findings and diagnostics, then a
 * CRC-32 of everything before it. A truncated or damaged entry fails the check and is reported as
 * corrupt, never half-read. The article itself is not stored.
 *
 * <p>Stateless; thread-safe.
 */
final class EntryCodec {

  private static final int MAGIC = 0x43444B43; // "CDKC"
  /** Bumped whenever the layout changes; an entry of another version is a miss, not an error. */
  static final int FORMAT = 2;
  /** Sanity limit on list lengths and strings, so that damage cannot ask for huge allocations. */
  private static final int MAX_COUNT = 1_000_000;

  private EntryCodec() {}

  /** What an entry holds. */
  record Entry(byte[] contentHash, byte[] settingsHash, String id, Format format, List<Finding> findings,
      List<Finding> suppressed, List<Diagnostic> diagnostics) {}

  /** An entry is damaged: wrong magic number, failed checksum, impossible values. */
  static final class CorruptEntryException extends Exception {
    CorruptEntryException(String message) {
      super(message);
    }
  }

  static byte[] encode(byte[] contentHash, byte[] settingsHash, LintResult r) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.write(contentHash);
      out.write(settingsHash);
      string(out, r.id());
      string(out, requireFormat(r).name());
      findings(out, r.findings());
      findings(out, r.suppressed());
      out.writeInt(r.diagnostics().size());
      for (Diagnostic d : r.diagnostics()) {
        out.writeByte(d.level().ordinal());
        string(out, d.code());
        string(out, d.message());
        position(out, d.position());
      }
      out.flush();
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
  }

  private static Format requireFormat(LintResult r) {
    Format f = r.format();
    if (f == null) {
      throw new IllegalArgumentException("only results of files that were read are cached: " + r.id());
    }
    return f;
  }

  /**
   * Checks that {@code data} is a whole entry (magic number, length, checksum) without decoding it.
   *
   * @throws CorruptEntryException if it is not
   */
  static void verify(byte[] data) throws CorruptEntryException {
    if (data.length < 8 + 8) {
      throw new CorruptEntryException("truncated (" + data.length + " bytes)");
    }
    if (readInt(data, 0) != MAGIC) {
      throw new CorruptEntryException("not a Copydesk cache entry");
    }
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    long stored = 0;
    for (int i = data.length - 8; i < data.length; i++) {
      stored = (stored << 8) | (data[i] & 0xFF);
    }
    if (crc.getValue() != stored) {
      throw new CorruptEntryException("checksum mismatch");
    }
  }

  /** The entry in {@code data}; null when it is of another format version (an upgrade, not damage). */
  static @Nullable Entry decode(byte[] data) throws CorruptEntryException {
    if (data.length < 8 + 8) {
      throw new CorruptEntryException("truncated (" + data.length + " bytes)");
    }
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    long stored = 0;
    for (int i = data.length - 8; i < data.length; i++) {
      stored = (stored << 8) | (data[i] & 0xFF);
    }
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - 8));
      if (in.readInt() != MAGIC) {
        throw new CorruptEntryException("not a Copydesk cache entry");
      }
      int format = in.readInt();
      if (crc.getValue() != stored) {
        throw new CorruptEntryException("checksum mismatch");
      }
      if (format != FORMAT) {
        return null;
      }
      byte[] content = new byte[ContentChecksum.LENGTH];
      in.readFully(content);
      byte[] settings = new byte[ContentHash.LENGTH];
      in.readFully(settings);
      String id = string(in);
      Format fmt = Format.valueOf(string(in));
      List<Finding> findings = findings(in);
      List<Finding> suppressed = findings(in);
      int n = count(in);
      List<Diagnostic> diagnostics = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Diagnostic.Level level = Diagnostic.Level.values()[in.readByte()];
        diagnostics.add(new Diagnostic(level, string(in), string(in), position(in)));
      }
      if (in.available() != 0) {
        throw new CorruptEntryException(in.available() + " bytes left over");
      }
      return new Entry(content, settings, id, fmt, findings, suppressed, diagnostics);
    } catch (IOException | RuntimeException e) {
      throw new CorruptEntryException(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /**
   * Whether {@code data} looks like an entry of this format with the key {@code contentHash} and {@code
   * settingsHash}, read from where the key sits, without decoding (nor checking) the rest.
   */
  static boolean hasKey(byte[] data, byte[] contentHash, byte[] settingsHash) {
    int h = contentHash.length;
    if (data.length < 8 + h + settingsHash.length + 8 || readInt(data, 0) != MAGIC || readInt(data, 4) != FORMAT) {
      return false;
    }
    return Arrays.equals(data, 8, 8 + h, contentHash, 0, h)
        && Arrays.equals(data, 8 + h, 8 + h + settingsHash.length, settingsHash, 0, settingsHash.length);
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }

  /** Whether the entry's key is {@code contentHash} and {@code settingsHash}. */
  static boolean matches(Entry e, byte[] contentHash, byte[] settingsHash) {
    return Arrays.equals(e.contentHash(), contentHash) && Arrays.equals(e.settingsHash(), settingsHash);
  }

  private static void findings(DataOutputStream out, List<Finding> findings) throws IOException {
    out.writeInt(findings.size());
    for (Finding f : findings) {
      string(out, f.ruleId());
      out.writeByte(f.severity().ordinal());
      string(out, f.message());
      span(out, f.span());
      position(out, f.start());
      position(out, f.end());
      string(out, f.excerpt());
      out.writeInt(f.fixes().size());
      for (Fix x : f.fixes()) {
        span(out, x.span());
        string(out, x.replacement());
        string(out, x.description());
      }
    }
  }

  private static List<Finding> findings(DataInputStream in) throws IOException {
    int n = count(in);
    List<Finding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String rule = string(in);
      Severity severity = Severity.values()[in.readByte()];
      String message = string(in);
      Span span = span(in);
      Position start = position(in);
      Position end = position(in);
      String excerpt = string(in);
      int fixes = count(in);
      List<Fix> fx = new ArrayList<>(fixes);
      for (int k = 0; k < fixes; k++) {
        fx.add(new Fix(span(in), string(in), string(in)));
      }
      if (start == null || end == null) {
        throw new IOException("finding without a position");
      }
      out.add(new Finding(rule, severity, message, span, start, end, excerpt, fx));
    }
    return out;
  }

  private static void span(DataOutputStream out, Span s) throws IOException {
    out.writeInt(s.start());
    out.writeInt(s.end());
  }

  private static Span span(DataInputStream in) throws IOException {
    return new Span(in.readInt(), in.readInt());
  }

  private static void position(DataOutputStream out, @Nullable Position p) throws IOException {
    out.writeInt(p == null ? 0 : p.line());
    out.writeInt(p == null ? 0 : p.column());
  }

  private static @Nullable Position position(DataInputStream in) throws IOException {
    int line = in.readInt();
    int column = in.readInt();
    return line == 0 && column == 0 ? null : new Position(line, column);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(DataInputStream in) throws IOException {
    byte[] b = new byte[count(in)];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_COUNT || n > in.available()) {
      throw new IOException("impossible length " + n);
    }
    return n;
  }
}
