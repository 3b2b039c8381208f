package dev.copydesk.maven;

import dev.copydesk.core.config.Glob;
import dev.copydesk.core.engine.FolderSurvey;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds the files to lint: every regular file under the source directories that matches an include
 * glob and no exclude glob (globs relative to the source directory, as {@link Glob} reads them), outside
 * version control's folders and {@code node_modules} ({@link FolderSurvey#NOT_SEARCHED}). Symbolic
 * links are not followed; a directory that cannot be read is reported and skipped. Files come back sorted,
 * without duplicates, so that runs are deterministic.
 *
 * <p>Immutable and thread-safe.
 */
final class SourceScanner {

  private final List<Glob> includes;
  private final List<Glob> excludes;

  SourceScanner(List<String> includes, List<String> excludes) {
    this.includes = compile(includes.isEmpty() ? LintSettings.DEFAULT_INCLUDES : includes, "include");
    this.excludes = compile(excludes, "exclude");
  }

  private static List<Glob> compile(List<String> globs, String what) {
    List<Glob> out = new ArrayList<>();
    for (String g : globs) {
      if (g == null || g.isBlank()) {
        continue;
      }
      try {
        out.add(Glob.compile(g.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid " + what + " pattern '" + g + "': " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** The source directories that exist: the configured ones, or else the conventional ones. */
  static List<Path> directories(Path baseDirectory, List<Path> configured) {
    List<Path> out = new ArrayList<>();
    if (!configured.isEmpty()) {
      for (Path p : configured) {
        Path abs = baseDirectory.resolve(p).normalize();
        if (Files.isDirectory(abs) && !out.contains(abs)) {
          out.add(abs);
        }
      }
      return out;
    }
    for (String d : LintSettings.CONVENTIONAL_DIRECTORIES) {
      Path p = baseDirectory.resolve(d).normalize();
      if (Files.isDirectory(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The files to lint under {@code directories}; problems listing them go to {@code warnings}. */
  List<Path> scan(List<Path> directories, Consumer<String> warnings) {
    return scan(directories, List.of(), warnings);
  }

  /**
   * {@link #scan(List, Consumer)}, not entering the folders {@code notSearched} (absolute: the build
   * directory, the cache) that lie inside a source directory; a source directory that is one of them is
   * searched all the same, as it was asked for.
   */
  List<Path> scan(List<Path> directories, List<Path> notSearched, Consumer<String> warnings) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path dir : directories) {
      try {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(dir) && (notSearched.contains(d.toAbsolutePath().normalize()) || FolderSurvey.isNotSearched(d, dir))
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && selected(dir.relativize(file))) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            warnings.accept(file + ": cannot be read (" + describe(e) + "); skipped");
            return FileVisitResult.CONTINUE;
          }
        });
      } catch (IOException e) {
        warnings.accept(dir + ": cannot be listed (" + describe(e) + "); skipped");
      }
    }
    return List.copyOf(files);
  }

  boolean selected(Path relative) {
    String path = relative.toString().replace('\\', '/');
    for (Glob g : excludes) {
      if (g.matches(path)) {
        return false;
      }
    }
    for (Glob g : includes) {
      if (g.matches(path)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
