package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Vale style, written here in Vale's own format, loads as Copydesk rules. */
class ValeStyleTest {

  @TempDir Path project;
  private Path styles;

  @BeforeEach
  void writeStyle() throws IOException {
    styles = project.resolve("styles");
    Path house = Files.createDirectories(styles.resolve("House"));
    Files.writeString(house.resolve("Weasel.yml"), """
        extends: existence
        message: "'%s' is a weasel word."
        level: warning
        ignorecase: true
        link: https://example.org/style#weasel
        tokens:
          - many experts
          - some say
          - '\\d+ sources? said'
        exceptions:
          - some say so
        """);
    Files.writeString(house.resolve("Terms.yml"), """
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: error
        ignorecase: true
        action:
          name: replace
        swap:
          utilize: use
          'e-?mail': email
          amid: among|during
        """);
    Files.writeString(house.resolve("Commas.yml"), """
        extends: occurrence
        message: "More than 3 commas in a sentence."
        scope: sentence
        level: suggestion
        max: 3
        token: ','
        """);
    Files.writeString(house.resolve("Repetition.yml"), """
        extends: repetition
        message: "'%s' is repeated!"
        level: error
        alpha: true
        tokens:
          - '[^\\s]+'
        """);
    Files.writeString(house.resolve("Headings.yml"), """
        extends: capitalization
        message: "'%s' should be in title case."
        level: warning
        scope: heading
        match: $title
        style: Chicago
        """);
    Files.writeString(house.resolve("Acronyms.yml"), """
        extends: conditional
        message: "'%s' has no definition."
        level: warning
        ignorecase: false
        first: '\\b([A-Z]{3,5})\\b'
        second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
        exceptions:
          - NATO
        """);
    Files.writeString(house.resolve("Spelling.yml"), """
        extends: spelling
        message: "Did you really mean '%s'?"
        level: error
        """);
    Files.writeString(house.resolve("Lookaround.yml"), """
        extends: existence
        message: "Avoid '%s'."
        level: warning
        raw:
          - '(?<!not )bad'
        """);
    Files.writeString(house.resolve("Limits.yml"), """
        extends: existence
        message: "Avoid '%s'."
        level: suggestion
        vocab: false
        limit: 2
        nonword: true
        tokens:
          - '!!'
        """);
    Files.writeString(house.resolve("Raw.yml"), """
        extends: existence
        message: "No TODO in markup."
        scope: raw
        tokens:
          - TODO
        """);
  }

  private Map<String, StyleRule> load() {
    return StyleLoader.vale(styles, List.of("House")).rules().stream().collect(Collectors.toMap(r -> r.metadata().id(), r -> r));
  }

  @Test
  void supportedRulesLoadWithKebabIdsAndMappedLevels() {
    Map<String, StyleRule> rules = load();
    assertEquals(
        List.of("house-acronyms", "house-commas", "house-headings", "house-limits", "house-repetition", "house-terms", "house-weasel"),
        rules.keySet().stream().sorted().toList());
    assertEquals(Severity.WARNING, rules.get("house-weasel").metadata().defaultSeverity());
    assertEquals(Severity.ERROR, rules.get("house-terms").metadata().defaultSeverity());
    assertEquals(Severity.INFO, rules.get("house-commas").metadata().defaultSeverity());
    assertEquals(List.of("vale", "House"), rules.get("house-weasel").metadata().tags());
    assertTrue(rules.get("house-weasel").metadata().description().contains("https://example.org/style#weasel"));
  }

  @Test
  void whatIsNotSupportedIsAWarningNotSilence() {
    List<String> w = StyleLoader.vale(styles, List.of("House")).warnings().stream().map(StyleWarning::toString).toList();
    assertTrue(w.stream().anyMatch(s -> s.contains("Spelling.yml:1:10") && s.contains("extends spelling")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("House.Lookaround skipped") && s.contains("not valid RE2")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("Limits.yml:4:1") && s.contains("'vocab'")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("Limits.yml:5:1") && s.contains("'limit'")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("scope 'raw'")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("House.Raw skipped")), w.toString());
  }

  @Test
  void existenceTokensAreRegularExpressionsWithExceptions() {
    RuleTester t = RuleTester.forRule(load().get("house-weasel"));
    List<Finding> f = t.assertFlags(Format.TEXT, "Budget\n\n«Many experts» agree, and «2 sources said» so. But some say so.\n");
    assertEquals("'Many experts' is a weasel word.", f.get(0).message());
  }

  @Test
  void substitutionSuggestsEveryAlternative() {
    RuleTester t = RuleTester.forRule(load().get("house-terms"));
    List<Finding> f = t.assertFlags(Format.TEXT, "Budget\n\nWe «utilize» «e-mail» «amid» cuts. Send an email.\n");
    assertEquals("Use 'use' instead of 'utilize'.", f.get(0).message());
    assertEquals("Use 'among' or 'during' instead of 'amid'.", f.get(2).message());
    assertEquals(List.of("among", "during"), f.get(2).fixes().stream().map(x -> x.replacement()).toList());
  }

  @Test
  void occurrenceRepetitionCapitalizationAndConditional() {
    Map<String, StyleRule> r = load();
    RuleTester.forRule(r.get("house-commas")).assertFlags(Format.TEXT, "Budget\n\n«One, two, three, four, five.» Six, seven.\n");
    RuleTester.forRule(r.get("house-repetition")).assertFlags(Format.TEXT, "Budget\n\nIt was «the the» vote. It ended. Ended.\n");
    RuleTester.forRule(r.get("house-headings")).assertFlags(Format.TEXT, "«Council approves the new city budget»\n\nText.\n");
    RuleTester.forRule(r.get("house-headings")).assertClean(Format.TEXT, "Council Approves the New City Budget\n\nText.\n");
    RuleTester.forRule(r.get("house-acronyms"))
        .assertFlags(Format.TEXT, "Budget\n\nThe «IMF» and NATO met the World Health Organization (WHO). WHO agreed.\n");
  }

  @Test
  void valeIniChoosesStylesRulesAndLevels() throws IOException {
    Files.writeString(project.resolve(".vale.ini"), """
        StylesPath = styles
        MinAlertLevel = warning
        Vocab = Newsroom

        [formats]
        mdx = md

        [*.md]
        BasedOnStyles = House, Vale
        House.Repetition = NO
        House.Weasel = error
        """);
    StyleSet set = StyleLoader.valeIni(project.resolve(".vale.ini"));
    List<String> ids = set.rules().stream().map(r -> r.metadata().id()).sorted().toList();
    // Commas and Limits are suggestions, below MinAlertLevel; Repetition is turned off; Vale.Repetition is built in.
    assertEquals(List.of("house-acronyms", "house-headings", "house-terms", "house-weasel", "vale-repetition"), ids);
    assertEquals(Severity.ERROR, set.rule("house-weasel").orElseThrow().metadata().defaultSeverity());
    List<String> w = set.warnings().stream().map(StyleWarning::toString).toList();
    assertTrue(w.stream().anyMatch(s -> s.contains(".vale.ini:3:1") && s.contains("'Vocab'")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("[formats]")), w.toString());
    assertTrue(w.stream().anyMatch(s -> s.contains("Vale.Spelling")), w.toString());
  }

  @Test
  void copydeskConfigurationLoadsValeStylesAndTheFindingsFollowIt() throws IOException {
    Path config =
        Files.writeString(
            project.resolve(".copydesk.yml"),
            "styles:\n  vale:\n    path: styles\n    use: [House]\nrules:\n  house-terms: warning\n  house-weasel: off\n");
    Linter linter = Linter.builder().rules(List.of()).config(ConfigLoader.load(config)).baseDirectory(project).threads(1).build();
    assertTrue(linter.rules().contains("house-commas"));
    LintResult r = linter.lint("Budget\n\nMany experts utilize it.\n", Format.TEXT, "news/a.txt");
    assertEquals(List.of("house-terms warning"), r.findings().stream().map(f -> f.ruleId() + " " + f.severity().id()).toList());
    assertFalse(r.findings().isEmpty());
  }

  @Test
  void aMissingStyleIsAnErrorAtItsName() throws IOException {
    Path config = Files.writeString(project.resolve(".copydesk.yml"), "styles:\n  vale:\n    path: styles\n    use: [House, Microsoft]\n");
    ConfigException e =
        assertThrows(ConfigException.class, () -> StyleLoader.fromConfig(ConfigLoader.load(config), project));
    assertEquals(config + ":4:18", String.valueOf(e.location()));
    assertTrue(e.getMessage().contains("no Vale style 'Microsoft'"), e.getMessage());
  }

  @Test
  void kebabIds() {
    assertEquals("microsoft-heading-acronyms", ValeReader.kebab("Microsoft.HeadingAcronyms"));
    assertEquals("write-good-weasel", ValeReader.kebab("write-good.Weasel"));
    assertEquals("my-style-too-wordy", ValeReader.kebab("MyStyle.TooWordy"));
    assertEquals("google-eg", ValeReader.kebab("Google.EG"));
  }
}
