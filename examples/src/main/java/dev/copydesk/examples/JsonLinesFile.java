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

  static JsonLinesFile create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    JsonGenerator out = JSON.createGenerator(temporary.toFile(), JsonEncoding.UTF8);
    out.setRootValueSeparator(null);
    return new JsonLinesFile(target, temporary, out);
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
    out.close();
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
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
