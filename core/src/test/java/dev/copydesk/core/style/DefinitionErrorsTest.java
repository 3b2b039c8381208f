package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.Linter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad definition fails loading with file:line:column and what was expected. */
class DefinitionErrorsTest {

  private static ConfigException fails(String yaml) {
    return assertThrows(ConfigException.class, () -> StyleLoader.parse(yaml, "house.yml"));
  }

  private static void assertError(String yaml, String location, String... parts) {
    ConfigException e = fails(yaml);
    assertEquals(location, String.valueOf(e.location()), e.getMessage());
    for (String p : parts) {
      assertTrue(e.getMessage().contains(p), () -> "'" + e.getMessage() + "' should contain '" + p + "'");
    }
  }

  @Test
  void unknownTypeNamesTheTypes() {
    assertError("house-x:\n  type: existance\n  tokens: [a]\n", "house.yml:2:9", "unknown type 'existance'", "existence, substitution");
  }

  @Test
  void missingType() {
    assertError("house-x:\n  tokens: [a]\n", "house.yml:2:3", "has no 'type'");
  }

  @Test
  void unknownKeyIsRefusedNotIgnored() {
    assertError(
        "house-x:\n  type: existence\n  tokens: [a]\n  ignorecase: true\n", "house.yml:4:3", "unknown key 'ignorecase'", "ignore-case");
  }

  @Test
  void patternRe2CannotCompile() {
    assertError(
        "house-x:\n  type: existence\n  patterns:\n    - 'fine'\n    - '(?<!not )bad'\n",
        "house.yml:5:7",
        "pattern '(?<!not )bad' is not a valid RE2 expression",
        "no look-around");
  }

  @Test
  void patternRe2CannotCompileInAGroupIsPointedAt() {
    assertError(
        "house-x:\n  type: existence\n  patterns: ['fine']\n  groups:\n    - name: g\n      patterns:\n        - 'also fine'\n"
            + "        - 'bad(?P=x)'\n",
        "house.yml:8:11",
        "pattern 'bad(?P=x)' is not a valid RE2 expression");
  }

  @Test
  void idMustBeKebabCase() {
    assertError("House_X:\n  type: existence\n  tokens: [a]\n", "house.yml:1:1", "is not kebab-case");
  }

  @Test
  void badSeverityAndCategory() {
    assertError("house-x:\n  type: existence\n  tokens: [a]\n  severity: fatal\n", "house.yml:4:13", "expected error, warning or info");
    assertError("house-x:\n  type: existence\n  tokens: [a]\n  category: taste\n", "house.yml:4:13", "unknown category 'taste'", "style");
  }

  @Test
  void unknownPlaceholderInMessage() {
    assertError(
        "house-x:\n  type: substitution\n  swap: {a: b}\n  message: \"Use {replacment}\"\n",
        "house.yml:4:12",
        "unknown placeholder {replacment}",
        "{replacement}");
  }

  @Test
  void nothingToLookFor() {
    assertError("house-x:\n  type: existence\n", "house.yml:2:3", "nothing to look for", "tokens");
    assertError("house-x:\n  type: occurrence\n  tokens: [a]\n", "house.yml:2:3", "needs max or min");
    assertError("house-x:\n  type: metric\n  metric: flesch\n  max: 3\n", "house.yml:3:11", "unknown metric 'flesch'", "flesch-reading-ease");
  }

  @Test
  void badScopeAndMatch() {
    assertError("house-x:\n  type: existence\n  tokens: [a]\n  scope: [heading, footer]\n", "house.yml:4:20", "unknown scope 'footer'", "heading.h1");
    assertError("house-x:\n  type: existence\n  tokens: [a]\n  match: whole\n", "house.yml:4:10", "unknown match 'whole'", "block-start");
  }

  @Test
  void wrongValueShapes() {
    assertError("house-x:\n  type: substitution\n  swap: [a, b]\n", "house.yml:3:9", "expected 'swap' to map", "utilize: use");
    assertError("house-x:\n  type: occurrence\n  tokens: [a]\n  max: many\n", "house.yml:4:8", "expected an integer for 'max'");
    assertError("- a\n- b\n", "house.yml:1:1", "expected a mapping of rule ids to definitions");
  }

  @Test
  void yamlSyntaxErrorsHaveTheirPosition() {
    ConfigException e = fails("house-x:\n  type: existence\n  tokens: [a\n");
    assertTrue(e.getMessage().startsWith("house.yml:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void errorsInTheConfigurationFilePointIntoIt(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve(".copydesk.yml"),
            "rules:\n  house-x: warning\nstyles:\n  rules:\n    house-x:\n      type: existence\n      tokens: [a]\n      match: everywhere\n");
    CopydeskConfig c = ConfigLoader.load(config);
    ConfigException e = assertThrows(ConfigException.class, () -> Linter.builder().rules(List.of()).config(c).baseDirectory(dir).build());
    assertEquals(config + ":8:14", String.valueOf(e.location()), e.getMessage());
    assertTrue(e.getMessage().contains("unknown match 'everywhere'"), e.getMessage());
  }

  @Test
  void unknownKeysInTheStylesSectionAndMissingFiles(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve(".copydesk.yml"), "styles:\n  rule:\n    house-x: {type: existence, tokens: [a]}\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> StyleLoader.fromConfig(ConfigLoader.load(config), dir));
    assertEquals(config + ":2:3", String.valueOf(e.location()));
    assertTrue(e.getMessage().contains("unknown key 'rule'") && e.getMessage().contains("rules, files, vale"), e.getMessage());
    Path config2 = Files.writeString(dir.resolve("c2.yml"), "styles:\n  files: [styles/missing.yml]\n");
    ConfigException e2 = assertThrows(ConfigException.class, () -> StyleLoader.fromConfig(ConfigLoader.load(config2), dir));
    assertEquals(config2 + ":2:11", String.valueOf(e2.location()));
    assertTrue(e2.getMessage().contains("no definitions file or folder 'styles/missing.yml'"), e2.getMessage());
  }

  @Test
  void anIdDefinedTwiceNamesBothPlaces(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("house.yml"), "# house words\nhouse-x:\n  type: existence\n  tokens: [b]\n");
    Path config =
        Files.writeString(dir.resolve(".copydesk.yml"), "styles:\n  rules:\n    house-x: {type: existence, tokens: [a]}\n  files: [house.yml]\n");
    ConfigException e = assertThrows(ConfigException.class, () -> StyleLoader.fromConfig(ConfigLoader.load(config), dir));
    assertEquals(dir.resolve("house.yml") + ":2:1", String.valueOf(e.location()), e.getMessage());
    assertTrue(e.getMessage().contains("defined twice (first at " + config + ":3:5)"), e.getMessage());
  }

  @Test
  void configurationBuiltInCodeStillNamesTheRule() {
    CopydeskConfig c =
        CopydeskConfig.builder()
            .extension("styles", java.util.Map.of("rules", java.util.Map.of("house-x", java.util.Map.of("type", "existence"))))
            .build();
    ConfigException e = assertThrows(ConfigException.class, () -> StyleLoader.fromConfig(c, Path.of("")));
    assertTrue(e.getMessage().contains("rule 'house-x' has nothing to look for"), e.getMessage());
  }
}
