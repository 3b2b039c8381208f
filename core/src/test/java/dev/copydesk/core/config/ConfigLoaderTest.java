package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.HtmlContent;
import dev.copydesk.core.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  @Test
  void readsRulesGlobsAndOverrides() {
    CopydeskConfig c =
        ConfigLoader.parse(
            """
            rules:
              page-chrome: warning
              hedging: off
              vague-date: on
              missing-sources:
                severity: info
                options:
                  min-words: 300
            include: ["**/*.md", "**/*.html"]
            exclude: drafts/**
            overrides:
              - files: ["news/**"]
                exclude: ["news/archive/**"]
                rules:
                  vague-date: error
            """,
            ".copydesk.yml");
    assertEquals(new RuleSetting("page-chrome", true, Severity.WARNING, Map.of(), new SourceLocation(".copydesk.yml", 2, 3)), c.rules().get("page-chrome"));
    assertEquals(Boolean.FALSE, c.rules().get("hedging").enabled());
    assertEquals(Boolean.TRUE, c.rules().get("vague-date").enabled());
    RuleSetting ms = c.rules().get("missing-sources");
    assertEquals(Severity.INFO, ms.severity());
    assertEquals(300L, ((ConfigLoader.LocatedValue) ms.options().get("min-words")).value());
    assertTrue(c.isIncluded("news/a.md"));
    assertTrue(c.isIncluded("a.md"));
    assertFalse(c.isIncluded("news/a.txt"));
    assertFalse(c.isIncluded("drafts/a.md"));
    assertFalse(c.includesAll(), "it has globs");
    ConfigOverride o = c.overrides().get(0);
    assertTrue(o.appliesTo("news/2026/a.md"));
    assertFalse(o.appliesTo("news/archive/a.md"));
    assertFalse(o.appliesTo("opinion/a.md"));
  }

  @Test
  void anEmptyFileIsTheEmptyConfiguration() {
    CopydeskConfig c = ConfigLoader.parse("# nothing yet\n", ".copydesk.yml");
    assertTrue(c.rules().isEmpty());
    assertTrue(c.isIncluded("anything.md"));
    assertTrue(c.includesAll());
  }

  @Test
  void badYamlNamesFileLineAndColumn() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("rules:\n  a: [b\n", "x.yml"));
    assertTrue(e.getMessage().startsWith("x.yml:3:1: invalid YAML: "), e.getMessage());
  }

  @Test
  void unknownKeysSayWhatWasExpected() {
    assertEquals(
        "x.yml:1:1: unknown key 'rule' (expected one of rules, include, exclude, overrides, html, "
            + String.join(", ", ConfigLoader.EXTENSION_SECTIONS) + ")",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("rule:\n  a: off\n", "x.yml")).getMessage());
    assertEquals(
        "x.yml:3:5: unknown key 'level' for rule 'a' (expected enabled, severity or options)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("rules:\n  a:\n    level: error\n", "x.yml")).getMessage());
  }

  @Test
  void badSeveritiesAndOverridesWithoutFilesAreRejected() {
    assertEquals(
        "x.yml:2:6: unknown severity 'fatal' (expected off, on, error, warning or info)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("rules:\n  a: fatal\n", "x.yml")).getMessage());
    assertEquals(
        "x.yml:2:5: override without 'files': say which files it applies to",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("overrides:\n  - rules: {a: off}\n", "x.yml")).getMessage());
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      y.append(c).append(": &").append(c).append(" [");
      y.append(String.join(",", List.of("*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p, "*" + p)));
      y.append("]\n");
    }
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("styles:\n  " + y.toString().replace("\n", "\n  "), "x.yml"));
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void javaTypeTagsAreNotConstructed() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.parse("styles: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n", "x.yml"));
    assertTrue(e.getMessage().startsWith("x.yml:"), e.getMessage());
  }

  @Test
  void readsWhichTextOfHtmlPagesToLint() {
    assertEquals(java.util.Optional.of(HtmlContent.PAGE), ConfigLoader.parse("html:\n  content: page\n", "x.yml").htmlContent());
    assertEquals(java.util.Optional.of(HtmlContent.MAIN), ConfigLoader.parse("html: {content: Main}\n", "x.yml").htmlContent());
    assertEquals(java.util.Optional.empty(), ConfigLoader.parse("rules: {}\n", "x.yml").htmlContent());
    assertEquals(java.util.Optional.empty(), ConfigLoader.parse("html:\n", "x.yml").htmlContent());
  }

  @Test
  void anOverrideMaySayWhichTextOfItsHtmlPagesToLint() {
    CopydeskConfig c = ConfigLoader.parse(
        "html: {content: main}\noverrides:\n  - files: [\"archive/**\"]\n    html: {content: page}\n"
            + "  - files: [\"news/**\"]\n    rules: {a: off}\n", "x.yml");
    assertEquals(java.util.Optional.of(HtmlContent.MAIN), c.htmlContent());
    assertEquals(HtmlContent.PAGE, c.overrides().get(0).htmlContent());
    assertEquals(java.util.Map.of(), c.overrides().get(0).rules());
    assertEquals(null, c.overrides().get(1).htmlContent(), "an override that does not say leaves it as it is");
    assertEquals(
        "x.yml:3:21: unknown html content 'full' (expected main: the article the page holds, or page: all visible"
            + " text of the page)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse(
            "overrides:\n  - files: [\"a/**\"]\n    html: {content: full}\n", "x.yml")).getMessage());
    assertEquals(
        "x.yml:3:5: unknown key 'htm' in override (expected files, exclude, rules or html)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse(
            "overrides:\n  - files: [\"a/**\"]\n    htm: {content: page}\n", "x.yml")).getMessage());
  }

  @Test
  void badHtmlSettingsArePointedAt() {
    assertEquals(
        "x.yml:2:17: unknown html content 'full' (expected main: the article the page holds, or page: all visible"
            + " text of the page)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("rules: {}\nhtml: {content: full}\n", "x.yml")).getMessage());
    assertEquals(
        "x.yml:2:3: unknown key 'mode' in html (expected content)",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("html:\n  mode: page\n", "x.yml")).getMessage());
    assertEquals(
        "x.yml:1:7: expected a mapping with key content (html: {content: main} or {content: page}), found 'page'",
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("html: page\n", "x.yml")).getMessage());
  }
}
