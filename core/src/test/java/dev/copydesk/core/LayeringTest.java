package dev.copydesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the data flow one way: source, parse, model, rules, findings, reports. Each package may
 * import only the packages listed for it here; a new dependency is a design decision to make here,
 * on purpose.
 */
class LayeringTest {

  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("model", Set.of()),
          Map.entry("segment", Set.of("model", "internal", "text")),
          Map.entry("rule", Set.of("model")),
          Map.entry("parse", Set.of("model", "segment", "internal", "text")),
          Map.entry("config", Set.of("model", "rule", "internal")),
          Map.entry("engine", Set.of("model", "segment", "rule", "parse", "config", "internal")),
          Map.entry("report", Set.of("model", "rule", "engine", "internal")),
          Map.entry("baseline", Set.of("model", "rule", "engine", "internal", "report")),
          Map.entry("internal", Set.of()),
          Map.entry("text", Set.of()),
          Map.entry("style", Set.of("model", "segment", "rule", "config", "internal", "text")),
          Map.entry("cache", Set.of("model", "rule", "engine", "config", "internal")),
          Map.entry("fix", Set.of("model", "rule", "parse", "engine")),
          Map.entry("cli", Set.of("model", "rule", "parse", "config", "engine", "report", "internal", "baseline", "cache", "fix")));

  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.copydesk\\.core\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void packagesImportOnlyWhatTheirLayerAllows() throws IOException {
    Path root = Path.of("src/main/java/dev/copydesk/core");
    assertTrue(Files.isDirectory(root), "run from the core module");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        if (pkg.endsWith(".java")) {
          continue;
        }
        Set<String> allowed = ALLOWED.get(pkg);
        if (allowed == null) {
          violations.add(pkg + ": a new package; add its layer to LayeringTest");
          continue;
        }
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !allowed.contains(target)) {
            violations.add(root.relativize(f) + " imports " + target);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
