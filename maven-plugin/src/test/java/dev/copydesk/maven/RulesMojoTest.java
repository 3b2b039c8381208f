package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesMojoTest {

  @TempDir Path root;

  private LintSettings settings(Path base, Path config) {
    return new LintSettings(base, root, root, List.of(), List.of(), List.of(), null, config, 1, 0, null, "test", false, null);
  }

  /** The line of rule {@code id} in {@code listing}, split into id, severity and summary. */
  private static String[] line(List<String> listing, String id) {
    return listing.stream()
        .filter(l -> l.startsWith(id + " "))
        .map(l -> l.trim().split("\\s{2,}", 3))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not listed: " + listing));
  }

  private static int indexOfRule(List<String> listing, String id) {
    for (int i = 0; i < listing.size(); i++) {
      if (listing.get(i).startsWith(id + " ")) {
        return i;
      }
    }
    throw new AssertionError(id + " is not listed: " + listing);
  }

  @Test
  void listsTheRulesOfTheProjectsConfigurationWithTheOverridesForTheFileGiven() throws Exception {
    Path module = Files.createDirectories(root.resolve("site"));
    Files.writeString(root.resolve(".copydesk.yml"), """
        rules:
          page-chrome: error
          missing-sources:
            severity: warning
            options:
              min-words: 300
        overrides:
          - files: ["content/archive/**"]
            rules:
              page-chrome: off
        """);

    List<String> everywhere = RulesMojo.listing(settings(module, null), null);
    assertEquals("# rules for files no override applies to", everywhere.get(0));
    assertEquals("error", line(everywhere, "page-chrome")[1]);
    assertEquals("warning", line(everywhere, "missing-sources")[1]);
    assertTrue(line(everywhere, "page-chrome")[2].length() > 10, "the rule's summary: " + everywhere);
    int rule = indexOfRule(everywhere, "missing-sources");
    int option = everywhere.indexOf("    min-words: 300");
    assertTrue(option > rule && everywhere.subList(rule + 1, option).stream().allMatch(l -> l.startsWith("    ")),
        "the configured option under its rule: " + everywhere);
    List<String> ids = everywhere.stream().filter(l -> !l.startsWith("#") && !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "id order, for diff");

    List<String> archived = RulesMojo.listing(settings(module, null), Path.of("content/archive/2019/story.md"));
    assertEquals("# rules for content/archive/2019/story.md", archived.get(0));
    assertEquals("off", line(archived, "page-chrome")[1], "the override turns it off: " + archived);
    assertEquals("warning", line(archived, "missing-sources")[1]);
    assertFalse(Files.exists(module.resolve("content")), "the path names a file; nothing is read or written");
  }

  @Test
  void explainsOneRuleWithTheValuesItHasForTheFileGiven() throws Exception {
    Files.writeString(root.resolve(".copydesk.yml"), """
        rules:
          missing-sources:
            severity: warning
            options:
              min-words: 300
        overrides:
          - files: ["content/archive/**"]
            rules:
              missing-sources: off
        """);
    List<String> here = RulesMojo.explanation(settings(root, null), "missing-sources", null);
    assertEquals("# missing-sources", here.get(0));
    assertTrue(here.stream().anyMatch(l -> l.startsWith("severity: warning (for files no override applies to); by default ")),
        here.toString());
    int option = here.indexOf("options:");
    assertTrue(option > 0 && here.stream().anyMatch(l -> l.startsWith("  min-words (integer, default ") && l.endsWith("): 300")),
        "the option, its default and the value configured: " + here);
    List<String> archived = RulesMojo.explanation(settings(root, null), "missing-sources", Path.of("content/archive/a.md"));
    assertTrue(archived.stream().anyMatch(l -> l.startsWith("severity: off (for content/archive/a.md)")), archived.toString());

    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> RulesMojo.explanation(settings(root, null), "missing-source", null));
    assertEquals("Copydesk: no rule 'missing-source' (did you mean 'missing-sources'?)", e.getMessage());
  }

  @Test
  void aBadConfigurationIsAnExecutionError() throws Exception {
    Files.writeString(root.resolve(".copydesk.yml"), "rules:\n  no-such-rule: error\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> RulesMojo.listing(settings(root, null), null));
    assertTrue(e.getMessage().contains(".copydesk.yml:2:3: unknown rule id 'no-such-rule'"), e.getMessage());
  }
}
