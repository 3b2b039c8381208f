package dev.copydesk.core.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Stamps the code that produces results: for each class, where it was loaded from, and that jar's
 * size and modification time, or for a folder of classes (a build's {@code target/classes}) the
 * number of files and the newest modification time in it. A snapshot version stays the same while its
 * code changes; the stamp does not, so a rebuilt rule pack or core invalidates cached results.
 *
 * <p>Stateless; thread-safe.
 */
final class CodeStamp {

  private CodeStamp() {}

  static String of(Collection<Class<?>> classes) {
    Map<String, String> stamps = new TreeMap<>();
    for (Class<?> c : classes) {
      CodeSource source = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        stamps.put(c.getName(), "no code source");
        continue;
      }
      String location = source.getLocation().toString();
      stamps.computeIfAbsent(location, l -> stamp(source));
    }
    StringBuilder out = new StringBuilder();
    stamps.forEach((k, v) -> out.append(k).append(' ').append(v).append('\n'));
    return out.toString();
  }

  private static String stamp(CodeSource source) {
    try {
      Path p = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(p)) {
        return "file " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
      }
      if (Files.isDirectory(p)) {
        long newest = 0;
        long count = 0;
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            newest = Math.max(newest, Files.getLastModifiedTime(f).toMillis());
            count++;
          }
        }
        return "folder " + count + " " + newest;
      }
      return "missing";
    } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
      // Unknown code: stamp it with the time, so that nothing cached under it is ever reused.
      return "unreadable " + System.nanoTime();
    }
  }
}
