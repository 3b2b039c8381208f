package dev.copydesk.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.copydesk.core.model.Format;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The articles of a CMS archive exported as JSON Lines: one JSON object per line, with the article's
 * {@code id} (its slug or path, as reports name it), its {@code body} and, optionally, its {@code
 * format} ({@code markdown}, {@code html} or {@code text}; without it the id's extension decides, and
 * plain text otherwise). Other fields (title, author, dates) are ignored, so an export made for another
 * purpose can be read as it is.
 *
 * <p>The file is read one line at a time as the entries are asked for, so an export of millions of
 * articles never sits in memory. A file whose name ends in {@code .gz} is read through gzip. A line that is not such an object (broken JSON, invalid UTF-8, a field
 * missing or of the wrong type, an unknown format, a line over the size limit) becomes an {@link
 * Unreadable} entry naming the line and the problem, and reading goes on with the next line: nothing
 * is skipped without a word. Blank lines are passed over.
 *
 * <p>One pass: {@link #iterator()} may be called once. Not thread-safe; a linter's {@code lintAll}
 * draws the entries on its calling thread.
 */
public final class ArchiveExport implements Iterable<ArchiveExport.Entry>, Closeable {

  /** One line of the export. */
  public sealed interface Entry permits Row, Unreadable {
    /** The 1-based line of the export. */
    int line();

    /** The article's id, or {@code FILE:LINE} when the line gave none. */
    String id();
  }

  /** An article to lint. */
  public record Row(int line, String id, Format format, String body) implements Entry {}

  /** A line that does not give an article, and why. */
  public record Unreadable(int line, String id, String problem) implements Entry {}

  private static final JsonFactory JSON = JsonFactory.builder()
      // A body may be a long article; the line limit below bounds it, not Jackson's default of 20 MB.
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build();

  private final Path file;
  private final InputStream in;
  private final long maxLineBytes;
  private boolean iterated;
  // What has been read from the file and not yet taken: buffer[pos, limit).
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  // The line being read: line[0, lineLength).
  private byte[] line = new byte[1 << 12];
  private int lineLength;

  private ArchiveExport(Path file, InputStream in, long maxLineBytes) {
    this.file = file;
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Opens {@code file} for reading; lines longer than {@code maxLineBytes} bytes (the linter's file size
   * limit is a good choice) are reported and passed over without being held.
   *
   * @throws IOException if the file cannot be opened
   */
  public static ArchiveExport open(Path file, long maxLineBytes) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("not a regular file");
    }
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      try {
        in = new GZIPInputStream(in, 1 << 16);
      } catch (IOException e) {
        in.close();
        throw new IOException("not a gzip file: " + e.getMessage(), e);
      }
    }
    return new ArchiveExport(file, in, maxLineBytes);
  }

  @Override
  public Iterator<Entry> iterator() {
    if (iterated) {
      throw new IllegalStateException("an export is read once");
    }
    iterated = true;
    return new Iterator<>() {
      private @Nullable Entry next;
      private int lineNumber;
      private boolean done;

      @Override
      public boolean hasNext() {
        while (next == null && !done) {
          next = readEntry();
        }
        return next != null;
      }

      @Override
      public Entry next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entry e = next;
        next = null;
        return e;
      }

      /** The entry of the next line, null for a blank line or at the end (then done is set). */
      private @Nullable Entry readEntry() {
        long length;
        try {
          length = readLine();
        } catch (IOException e) {
          done = true;
          throw new UncheckedIOException("cannot read " + file + " after line " + lineNumber, e);
        }
        if (length < 0) {
          done = true;
          return null;
        }
        lineNumber++;
        if (length > maxLineBytes) {
          return new Unreadable(lineNumber, where(), "a line of " + length + " bytes, over the limit of " + maxLineBytes + "; skipped");
        }
        return parse(line, lineLength, lineNumber);
      }

      private String where() {
        return file.getFileName() + ":" + lineNumber;
      }

      private @Nullable Entry parse(byte[] bytes, int length, int line) {
        if (isBlank(bytes, length)) {
          return null;
        }
        String id = null;
        String body = null;
        String format = null;
        try (JsonParser p = JSON.createParser(bytes, 0, length)) {
          if (p.nextToken() != JsonToken.START_OBJECT) {
            return new Unreadable(line, where(), "not a JSON object");
          }
          for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
              case "id", "body", "format" -> {
                if (value != JsonToken.VALUE_STRING) {
                  return new Unreadable(line, id != null ? id : where(), "field \"" + name + "\" is not a string");
                }
                switch (name) {
                  case "id" -> id = p.getText();
                  case "body" -> body = p.getText();
                  default -> format = p.getText();
                }
              }
              default -> p.skipChildren();
            }
          }
          if (p.nextToken() != null) {
            return new Unreadable(line, id != null ? id : where(), "more than one JSON value on the line");
          }
        } catch (JsonProcessingException e) {
          return new Unreadable(line, id != null ? id : where(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (id == null || id.isBlank()) {
          return new Unreadable(line, where(), "no \"id\"");
        }
        if (body == null) {
          return new Unreadable(line, id, "no \"body\"");
        }
        Format f = formatOf(format, id);
        if (f == null) {
          return new Unreadable(line, id, "unknown format \"" + format + "\": use markdown, html or text");
        }
        return new Row(line, id, f, body);
      }
    };
  }

  /**
   * Reads up to the next line feed into {@link #line}, keeping no more than one byte over the size
   * limit; the line's length in bytes (a carriage return before the line feed not counted), or -1 at the
   * end of the file. Scans a buffer of its own: a read call per byte would cost more than the JSON.
   */
  private long readLine() throws IOException {
    lineLength = 0;
    long length = 0;
    boolean any = false;
    int last = -1;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          if (!any) {
            return -1;
          }
          break;
        }
      }
      any = true;
      int from = pos;
      int end = from;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      int n = end - from;
      if (n > 0) {
        keep(from, n);
        last = buffer[end - 1];
      }
      length += n;
      pos = end;
      if (end < limit) {
        pos++; // the line feed
        break;
      }
    }
    if (last == '\r') {
      length--;
      lineLength = (int) Math.min(lineLength, length);
    }
    return length;
  }

  /** Appends {@code buffer[from, from + n)} to the line, up to one byte over the size limit. */
  private void keep(int from, int n) {
    long room = Math.min(maxLineBytes + 1, Integer.MAX_VALUE - 8) - lineLength;
    int take = (int) Math.min(n, Math.max(0, room));
    if (take == 0) {
      return;
    }
    if (lineLength + take > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(line.length * 2L, (long) lineLength + take)));
    }
    System.arraycopy(buffer, from, line, lineLength, take);
    lineLength += take;
  }

  private static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The format a row names, else its id's extension's, else plain text; null for a name not known. */
  static @Nullable Format formatOf(@Nullable String name, String id) {
    if (name == null) {
      return Format.fromFileName(id).orElse(Format.TEXT);
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> Format.MARKDOWN;
      case "html", "htm" -> Format.HTML;
      case "text", "txt", "plain" -> Format.TEXT;
      default -> null;
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
