package dev.copydesk.core.cache;

import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.internal.ContentHash;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The part of the result cache's key that covers what the files rules are built from hold.
 *
 * <p>The fingerprint covers the effective configuration (each file's rules, severities and options
 * after overrides, and the extension sections as written), so the configuration file itself is not
 * hashed: a comment or a reordered key costs no cache miss. It does not cover the files those sections
 * name, which can change while the configuration stays the same: a vocabulary, a Vale configuration and
 * styles, a definitions file and the token lists it reads. They are found without knowing each section:
 * every string in the extension sections that names an existing file or folder under the project
 * counts (a folder with every file under it), as do the files house-style rules were defined in and
 * every file their strings name beside them ({@code tokens-from}). Erring wide costs a miss when an
 * unrelated file changes; erring narrow would reuse stale results.
 *
 * <p>Stateless and thread-safe.
 */
final class ConfigurationFiles {

  /** Files taken from one folder named in the configuration; past this the rest are left out. */
  static final int MAX_FOLDER_FILES = 10_000;

  /** Files larger than this are keyed by size and modification time instead of content. */
  private static final long MAX_HASHED_BYTES = 32L * 1024 * 1024;

  private static final int MAX_NAME_LENGTH = 1024;

  private ConfigurationFiles() {}

  /** One line per file the results of {@code linter} depend on, by name, with a hash of its content. */
  static String key(Linter linter) {
    Path base = linter.baseDirectory();
    Path configFile = linter.config().source().map(s -> resolve(base, s)).orElse(null);
    Map<String, String> inputs = new TreeMap<>();
    Consumer<Path> file = p -> {
      if (!p.equals(configFile)) {
        inputs.computeIfAbsent(display(base, p), k -> hash(p));
      }
    };
    strings(linter.config().extensions(), s -> {
      Path p = resolve(base, s);
      if (p == null || !p.startsWith(base) || p.equals(base)) {
        return;
      }
      if (Files.isRegularFile(p)) {
        file.accept(p);
      } else if (Files.isDirectory(p)) {
        folder(p, file);
      }
    });
    for (Rule r : linter.rules().rules()) {
      if (r.definitionFile().isPresent()) {
        Path definitions = resolve(base, r.definitionFile().get());
        if (definitions != null && !definitions.equals(configFile) && Files.isRegularFile(definitions)) {
          file.accept(definitions);
          Path dir = definitions.getParent();
          if (dir != null) {
            strings(yaml(definitions), s -> {
              Path p = resolve(dir, s);
              if (p != null && Files.isRegularFile(p)) {
                file.accept(p);
              }
            });
          }
        }
      }
    }
    StringBuilder b = new StringBuilder();
    inputs.forEach((name, hash) -> b.append("input ").append(name).append(' ').append(hash).append('\n'));
    return b.toString();
  }

  private static void strings(@Nullable Object value, Consumer<String> out) {
    if (value instanceof String s) {
      if (!s.isBlank() && s.length() <= MAX_NAME_LENGTH && s.indexOf('\n') < 0) {
        out.accept(s.strip());
      }
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> strings(v, out));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> strings(v, out));
    }
  }

  private static @Nullable Object yaml(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException | RuntimeException e) {
      return null; // The style loader reported a broken file already; the file's own hash still counts.
    }
  }

  private static void folder(Path dir, Consumer<Path> file) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).sorted().limit(MAX_FOLDER_FILES).forEach(file);
    } catch (IOException | UncheckedIOException e) {
      // A folder that cannot be listed fails the rules that need it when the linter is built.
    }
  }

  private static @Nullable Path resolve(Path dir, String name) {
    try {
      return dir.resolve(name).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String display(Path base, Path p) {
    return (p.startsWith(base) ? base.relativize(p) : p).toString().replace('\\', '/');
  }

  private static String hash(Path file) {
    try {
      long size = Files.size(file);
      if (size > MAX_HASHED_BYTES) {
        return "size " + size + " modified " + Files.getLastModifiedTime(file).toMillis();
      }
      MessageDigest d = ContentHash.digest();
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), d)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return ContentHash.hex(d.digest());
    } catch (IOException e) {
      // Unreadable now: a key no later run repeats, so that nothing is reused on its account.
      return "unreadable " + System.nanoTime();
    }
  }
}
