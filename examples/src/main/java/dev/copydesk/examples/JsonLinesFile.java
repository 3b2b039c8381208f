package dev.copydesk.examples;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A JSON Lines file written through a temporary file beside it, which {@link #commit} moves into place:
 * a run that fails leaves the last complete file as it was. Not thread-safe.
 */
final class JsonLinesFile implements Closeable {

  private static final JsonFactory JSON = new JsonFactory();

  private final Path target;
  private final Path temporary;
  private final JsonGenerator out;
  private boolean committed;

  private JsonLinesFile(Path target, Path temporary, JsonGenerator out) {
    this.target = target;
    this.temporary = temporary;
    this.out = out;
  }

  /** A file for {@code target}; the exception's message names it. */
  static JsonLinesFile create(Path target) throws IOException {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      JsonGenerator out = JSON.createGenerator(temporary.toFile(), JsonEncoding.UTF8);
      out.setRootValueSeparator(null);
      return new JsonLinesFile(target, temporary, out);
    } catch (IOException e) {
      throw named(target, e);
    }
  }

  /** {@code e} with a message that names {@code file}: the JDK's is often the path alone. */
  private static IOException named(Path file, IOException e) {
    String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileAlreadyExistsException ? e.getMessage() + " is a file, not a folder"
        : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
        : e.getMessage() != null && !e.getMessage().equals(file.toString()) ? e.getMessage()
        : e.getClass().getSimpleName();
    return new IOException("cannot write " + file + ": " + why, e);
  }

  /** The generator to write the next line's value with; {@link #endLine} after it. */
  JsonGenerator json() {
    return out;
  }

  void endLine() throws IOException {
    out.writeRaw('\n');
  }

  /** The temporary file, for messages. */
  Path temporary() {
    return temporary;
  }

  /** Finishes the file and moves it into place. */
  void commit() throws IOException {
    try {
      out.close();
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw named(target, e);
    }
    committed = true;
  }

  /** Closes the file; without {@link #commit}, deletes it and leaves the target as it was. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
