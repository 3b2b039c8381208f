package dev.copydesk.rules.grammar;

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
import dev.copydesk.core.rule.RuleMetadata;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider: rules join every linter, off by default; configuration sections are read and checked. */
class LanguageToolRuleProviderTest {

  @TempDir Path project;

  private Linter linter(String yaml) {
    return Linter.builder().config(ConfigLoader.parse(yaml, ".copydesk.yml")).baseDirectory(project).threads(1).build();
  }

  private static List<String> flagged(LintResult r, String ruleId) {
    return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::excerpt).toList();
  }

  @Test
  void bothRulesAreRegisteredAndOffByDefault() {
    Linter linter = linter("");
    RuleMetadata grammar = linter.rules().metadata("grammar").orElseThrow();
    RuleMetadata spelling = linter.rules().metadata("spelling").orElseThrow();
    assertFalse(grammar.enabledByDefault());
    assertFalse(spelling.enabledByDefault());
    assertEquals(Severity.WARNING, grammar.defaultSeverity());
    assertEquals(Severity.INFO, spelling.defaultSeverity());
    LintResult r = linter.lint("The mayor said he go to Brussels with a apple and a budjet.\n", Format.TEXT, "a.txt");
    assertEquals(List.of(), flagged(r, "grammar"));
    assertEquals(List.of(), flagged(r, "spelling"));
  }

  @Test
  void configurationTurnsThemOnWithOptionsAndOverrides() {
    Linter linter =
        linter(
            "rules:\n  grammar: on\n  spelling: warning\n"
                + "overrides:\n  - files: [\"quiet/**\"]\n    rules:\n      grammar:\n        options:\n          disable-rules: [HE_VERB_AGR]\n");
    String text = "The mayor said he go to Brussels with a budjet.\n";
    LintResult loud = linter.lint(text, Format.TEXT, "news/a.txt");
    assertEquals(List.of("go"), flagged(loud, "grammar"));
    assertEquals(List.of("budjet"), flagged(loud, "spelling"));
    assertEquals(Severity.WARNING, loud.findings().stream().filter(f -> f.ruleId().equals("spelling")).findFirst().orElseThrow().severity());
    assertEquals(List.of(), flagged(linter.lint(text, Format.TEXT, "quiet/a.txt"), "grammar"));
  }

  @Test
  void vocabularyFileWordsAreAccepted() throws IOException {
    Files.createDirectories(project.resolve(".copydesk"));
    Files.writeString(project.resolve(".copydesk/vocabulary.txt"), "# house names\nZorblat\nquenzig\n");
    Files.writeString(project.resolve("more.txt"), "Grzelczyk\n");
    String text = "Zorblat, Quenzig and Grzelczyk met Vandeborre.\n";
    assertEquals(
        List.of("Zorblat", "Quenzig", "Grzelczyk", "Vandeborre"),
        flagged(linter("rules: {spelling: on}\n").lint(text, Format.TEXT, "a.txt"), "spelling"));
    assertEquals(
        List.of("Grzelczyk", "Vandeborre"),
        flagged(
            linter("rules: {spelling: on}\nvocabulary: {path: .copydesk/vocabulary.txt}\n").lint(text, Format.TEXT, "a.txt"),
            "spelling"));
    assertEquals(
        List.of("Vandeborre"),
        flagged(
            linter("rules: {spelling: on}\nvocabulary:\n  path: [.copydesk/vocabulary.txt, more.txt]\n").lint(text, Format.TEXT, "a.txt"),
            "spelling"));
    assertEquals(
        List.of("Grzelczyk", "Vandeborre"),
        flagged(linter("rules: {spelling: on}\nvocabulary: .copydesk/vocabulary.txt\n").lint(text, Format.TEXT, "a.txt"), "spelling"));
  }

  @Test
  void projectLanguageIsTheDefaultVariant() {
    String text = "The colour of the theatre was discussed.\n";
    assertEquals(List.of("colour", "theatre"), flagged(linter("rules: {spelling: on}\n").lint(text, Format.TEXT, "a.txt"), "spelling"));
    assertEquals(
        List.of(),
        flagged(linter("rules: {spelling: on}\nlanguagetool: {language: en-GB}\n").lint(text, Format.TEXT, "a.txt"), "spelling"));
  }

  @Test
  void missingVocabularyFileIsAConfigurationError() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> linter("vocabulary: {path: .copydesk/vocabulary.txt}\n"));
    assertTrue(e.getMessage().contains(".copydesk.yml, vocabulary.path: vocabulary file '.copydesk/vocabulary.txt' does not exist"), e.getMessage());
  }

  @Test
  void unreadableOrMalformedSectionsAreConfigurationErrors() throws IOException {
    Files.write(project.resolve("latin1.txt"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertMessage("not valid UTF-8", "vocabulary: {path: latin1.txt}\n");
    Files.createDirectories(project.resolve("dir"));
    assertMessage("is not a regular file", "vocabulary: {path: dir}\n");
    assertMessage("vocabulary.words: unknown key (expected path)", "vocabulary: {words: [a]}\n");
    assertMessage("vocabulary: missing 'path'", "vocabulary: {}\n");
    assertMessage("languagetool.language: 'fr' is not an English variant", "languagetool: {language: fr}\n");
    assertMessage("languagetool.mother-tongue: unknown key", "languagetool: {mother-tongue: de}\n");
  }

  @Test
  void unknownVariantInARuleOptionPointsAtTheSetting() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> linter("rules:\n  grammar:\n    options:\n      language: en-XX\n"));
    assertEquals(".copydesk.yml:4:17", String.valueOf(e.location()));
    assertTrue(e.getMessage().contains("option 'language' of rule 'grammar': 'en-XX' is not an English variant"), e.getMessage());
  }

  private void assertMessage(String expected, String yaml) {
    ConfigException e = assertThrows(ConfigException.class, () -> linter(yaml));
    assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
  }
}
