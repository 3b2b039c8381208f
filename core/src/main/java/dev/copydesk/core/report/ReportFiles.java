package dev.copydesk.core.report;

import dev.copydesk.core.internal.Futures;
import dev.copydesk.core.internal.Utf8Writer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

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
   * Writes each report of {@code report}, {@code reporters.get(i)} to {@code files.get(i)}, as {@link
   * #write} does, up to {@code threads} at a time: a build that asks for JSON, SARIF and HTML waits for
   * the slowest of them rather than for all three in turn, and each file's flush to disk waits beside the
   * others. Reporters are stateless and the report is immutable, so they share it.
   *
   * @return in the reporters' order, {@code null} for each report written and the {@link IOException}
   *     for each that was not (its file unchanged); every report is tried whatever the others do
   * @throws RuntimeException what a reporter threw that was not an {@link IOException} (a bug), once
   *     every report has ended
   * @throws CancellationException if this thread is interrupted while waiting; the
   *     reports not yet written are abandoned, their files unchanged
   */
  public static List<@Nullable IOException> writeAll(List<Path> files, List<? extends Reporter> reporters, LintReport report, int threads) {
    if (files.size() != reporters.size()) {
      throw new IllegalArgumentException(files.size() + " files for " + reporters.size() + " reporters");
    }
    int n = reporters.size();
    List<Callable<@Nullable IOException>> tasks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Path file = files.get(i);
      Reporter reporter = reporters.get(i);
      tasks.add(() -> {
        try {
          write(file, reporter, report);
          return null;
        } catch (IOException e) {
          return e;
        }
      });
    }
    List<@Nullable IOException> failures = new ArrayList<>(n);
    int pool = Math.min(Math.max(1, threads), n);
    if (pool <= 1) {
      for (Callable<@Nullable IOException> task : tasks) {
        failures.add(call(task));
      }
      return failures;
    }
    // The calling thread writes the first report; the others go to threads of their own.
    ExecutorService executor = Executors.newFixedThreadPool(pool - 1, r -> {
      Thread t = new Thread(r, "copydesk-report");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<@Nullable IOException>> others = new ArrayList<>(n - 1);
      for (int i = 1; i < n; i++) {
        others.add(executor.submit(tasks.get(i)));
      }
      RuntimeException first = null;
      try {
        failures.add(call(tasks.get(0)));
      } catch (RuntimeException e) {
        failures.add(null);
        first = e;
      }
      for (Future<@Nullable IOException> f : others) {
        try {
          failures.add(Futures.await(f));
        } catch (CancellationException e) {
          throw e;
        } catch (RuntimeException e) {
          failures.add(null);
          if (first == null) {
            first = e;
          }
        }
      }
      if (first != null) {
        throw first;
      }
      return failures;
    } finally {
      executor.shutdownNow();
    }
  }

  private static @Nullable IOException call(Callable<@Nullable IOException> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) { // the tasks catch their IOException: nothing else is checked
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code content} to {@code file} atomically, in UTF-8, creating missing parent directories.
   *
   * @throws IOException if the directory cannot be created or written; the target is then unchanged
   *     and no temporary file is left behind
   */
  public static void writeAtomically(Path file, Content content) throws IOException {
    replace(file, out -> {
      // Closed (a lone high surrogate at the end is written as '?'), but the file stays open for the sync.
      try (Writer w = textWriter(out)) {
        content.writeTo(w);
      }
    });
  }

  /**
   * A UTF-8 writer over {@code out} whose {@code close} ends the text (a lone high surrogate at the end
   * is written as {@code ?}) and flushes {@code out} without closing it. The writer hands {@code out}
   * its buffer whole: not through {@link java.io.FilterOutputStream}, whose {@code write(byte[], int,
   * int)} passes bytes on one at a time, a system call each on a file channel's stream.
   */
  static Writer textWriter(OutputStream out) {
    return new Utf8Writer(new KeepOpen(out));
  }

  /** {@code out}, closed by flushing it. */
  private static final class KeepOpen extends OutputStream {
    private final OutputStream out;

    KeepOpen(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /**
   * Writes {@code bytes} to {@code file} atomically, as {@link #writeAtomically(Path, Content)} writes
   * text: for content in no one charset (a diff of files in several).
   */
  public static void writeAtomically(Path file, byte[] bytes) throws IOException {
    replace(file, out -> out.write(bytes));
  }

  /** What writes a file's bytes. */
  private interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes what {@code content} writes to a temporary file beside {@code file}, then moves it into place. */
  private static void replace(Path file, Bytes content) throws IOException {
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
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
        OutputStream out = Channels.newOutputStream(ch);
        content.writeTo(out);
        out.flush();
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
