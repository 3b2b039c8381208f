package dev.copydesk.core.report;

import dev.copydesk.core.internal.Utf8Writer;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes report files atomically: into a temporary file in the same directory, flushed to disk, then
 * moved over the target in one step. A reader (or a build interrupted half-way) sees the old file or the
 * new one, never half of one.
 *
 * <p>Stateless and thread-safe; two threads writing the same file leave one of the two complete
 * versions.
 */
public final class ReportFiles {

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private ReportFiles() {}

  /** Something that writes text. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code report} with {@code reporter} to {@code file} atomically, in UTF-8. */
  public static void write(Path file, Reporter reporter, LintReport report) throws IOException {
    writeAtomically(file, out -> reporter.write(report, out));
  }

  /**
   * Writes {@code content} to {@code file} atomically, in UTF-8, creating missing parent directories.
   *
   * @throws IOException if the directory cannot be created or written; the target is then unchanged
   *     and no temporary file is left behind
   */
  public static void writeAtomically(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path dir = target.getParent();
    if (dir == null) {
      throw new IOException("no directory to write " + file + " in");
    }
    // The nearest existing ancestor must be a directory; say which file is in the way if it is not.
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d)) {
        if (!Files.isDirectory(d)) {
          throw new FileAlreadyExistsException(d.toString(), null, "exists and is not a directory");
        }
        break;
      }
    }
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would stick to the report. CREATE_NEW with a
    // random name gets the process's usual permissions (umask) and never clobbers another writer's file.
    Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
          Writer w = new Utf8Writer(Channels.newOutputStream(ch))) {
        content.writeTo(w);
        w.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
