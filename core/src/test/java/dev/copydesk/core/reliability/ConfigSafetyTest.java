package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.internal.SafeYaml;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading configuration is safe: YAML tags never construct Java types, aliases, nesting and size are
 * bounded, and files that are huge or not files at all are refused before they are read. Complements
 * {@code ConfigLoaderTest} (which covers the alias bomb and a {@code !!javax.script} tag).
 */
class ConfigSafetyTest {

  @Test
  void globalTypeTagsAreRefusedWhereTheyStand() {
    for (String tag : List.of("!!java.net.URL \"http://127.0.0.1/\"", "!!java.io.File \"/etc/passwd\"", "!!python/object/apply:os.system [\"true\"]")) {
      ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("styles:\n  x: " + tag + "\n", "x.yml"));
      assertTrue(e.getMessage().startsWith("x.yml:2:6: invalid YAML: Global tag is not allowed"), e.getMessage());
    }
  }

  @Test
  void standardAndLocalTagsStayPlainValues() {
    CopydeskConfig c = ConfigLoader.parse("styles:\n  bin: !!binary aGVsbG8=\n  local: !custom {a: 1}\n  n: !!int 7\n", "x.yml");
    @SuppressWarnings("unchecked")
    Map<String, Object> styles = (Map<String, Object>) c.extensions().get("styles");
    assertEquals("aGVsbG8=", styles.get("bin"));
    assertEquals(Map.of("a", 1L), styles.get("local"));
    assertEquals(7L, styles.get("n"));
  }

  @Test
  void aSelfReferentialAliasIsRefusedNotFollowedForever() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("styles: &a [x, *a]\n", "x.yml"));
    assertTrue(e.getMessage().startsWith("x.yml:1:1: invalid YAML: "), e.getMessage());
  }

  @Test
  void moreAliasesThanTheLimitAreRefused() {
    StringBuilder y = new StringBuilder("styles:\n  a: &a [x]\n  b: [");
    for (int i = 0; i < 100; i++) {
      y.append(i == 0 ? "" : ", ").append("*a");
    }
    y.append("]\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(y.toString(), "x.yml"));
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void deepNestingIsRefusedWithoutAStackOverflow() {
    String deep = "styles: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ConfigException.class, () -> ConfigLoader.parse(deep, "x.yml")));
    assertTrue(e.getMessage().startsWith("x.yml:1:"), e.getMessage());
    String deepMap = "styles:\n" + "{a: ".repeat(10_000) + "b" + "}".repeat(10_000) + "\n";
    assertThrows(ConfigException.class, () -> ConfigLoader.parse(deepMap, "x.yml"));
  }

  @Test
  void textOverTheSizeLimitIsRefusedWithItsLimit() {
    String big = "# " + "x".repeat(SafeYaml.MAX_CODE_POINTS) + "\n";
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(big, "x.yml"));
    assertEquals("x.yml:1:1: invalid YAML: YAML is longer than " + SafeYaml.MAX_CODE_POINTS + " characters", e.getMessage());
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path f = dir.resolve(".copydesk.yml");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GiB on paper, nothing on disk
    }
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ConfigException.class, () -> ConfigLoader.load(f)));
    assertEquals(f + ":1:1: configuration file is 2147483648 bytes, over the limit of " + SafeYaml.MAX_CODE_POINTS + " bytes", e.getMessage());
  }

  @Test
  void aDirectoryOrADeviceIsNotReadAsConfiguration(@TempDir Path dir) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir));
    assertEquals("cannot read configuration file " + dir + ": not a regular file", e.getMessage());
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      // Endless: reading it whole would never finish.
      assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(ConfigException.class, () -> ConfigLoader.load(zero)));
    }
  }

  @Test
  void invalidUtf8AndMissingFilesSayWhatIsWrong(@TempDir Path dir) throws IOException {
    Path latin = Files.write(dir.resolve("latin.yml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
    assertEquals(latin + ":1:1: not valid UTF-8", assertThrows(ConfigException.class, () -> ConfigLoader.load(latin)).getMessage());
    Path missing = dir.resolve("missing.yml");
    assertEquals("cannot read configuration file " + missing + ": no such file",
        assertThrows(ConfigException.class, () -> ConfigLoader.load(missing)).getMessage(), "missing file");
  }
}
