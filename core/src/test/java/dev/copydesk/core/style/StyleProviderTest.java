package dev.copydesk.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.Finding;
import dev.copydesk.core.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules from .copydesk.yml go through the same configuration and suppression paths as built-in rules. */
class StyleProviderTest {

  @TempDir Path project;

  private Linter linter(String yaml) throws Exception {
    Path config = Files.writeString(project.resolve(".copydesk.yml"), yaml);
    return Linter.builder().rules(List.of()).config(ConfigLoader.load(config)).baseDirectory(project).threads(1).build();
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + "@" + f.start()).toList();
  }

  @Test
  void inlineRulesAndDefinitionFilesJoinTheRegistry() throws Exception {
    Files.createDirectories(project.resolve("styles/house"));
    Files.writeString(project.resolve("styles/house/words.yml"), "house-utilize:\n  type: substitution\n  swap: {utilize: use}\n");
    Files.writeString(project.resolve("styles/extra.yml"), "house-weasel:\n  type: existence\n  tokens: [many experts]\n");
    Linter l =
        linter(
            "styles:\n  files: [styles/house, styles/extra.yml]\n  rules:\n    house-long:\n      type: metric\n"
                + "      metric: sentence-length\n      max: 8\n");
    assertTrue(l.rules().contains("house-utilize") && l.rules().contains("house-weasel") && l.rules().contains("house-long"));
    LintResult r = l.lint("Budget\n\nMany experts utilize the funds to pay for the new school.\n", Format.TEXT, "a.txt");
    assertEquals(List.of("house-weasel@3:1", "house-long@3:1", "house-utilize@3:14"), ids(r.findings()));
  }

  @Test
  void severityAndThresholdsFollowConfigurationAndOverrides() throws Exception {
    Linter l =
        linter(
            """
            styles:
              rules:
                house-long:
                  type: metric
                  metric: sentence-length
                  max: 8
            rules:
              house-long: error
            overrides:
              - files: ["legal/**"]
                rules:
                  house-long:
                    options: {max: 30}
            """);
    String text = "Budget\n\nThe council approved the budget for the new school on Monday.\n";
    List<Finding> news = l.lint(text, Format.TEXT, "news/a.txt").findings();
    assertEquals(1, news.size());
    assertEquals(Severity.ERROR, news.get(0).severity());
    assertEquals("This sentence is 11 words long; aim for at most 8.", news.get(0).message());
    assertEquals(List.of(), l.lint(text, Format.TEXT, "legal/a.txt").findings());
  }

  @Test
  void customRulesAreSuppressedInlineLikeBuiltInRules() throws Exception {
    Linter l = linter("styles:\n  rules:\n    house-utilize:\n      type: substitution\n      swap: {utilize: use}\n");
    String md =
        "# Budget\n\nWe utilize funds.\n\n<!-- copydesk-disable-next-line house-utilize -->\nWe utilize more.\n\n"
            + "<!-- copydesk-disable house-utilize -->\n\nThey utilize it.\n";
    LintResult r = l.lint(md, Format.MARKDOWN, "a.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(!r.article().comments().isEmpty(), "this Markdown parser keeps no comments");
    assertEquals(List.of("house-utilize@3:4"), ids(r.findings()));
    assertEquals(2, r.suppressed().size());
    assertTrue(r.suppressed().stream().allMatch(f -> f.ruleId().equals("house-utilize")));

    LintResult fileWide =
        l.lint("---\ntitle: Budget\ncopydesk:\n  disable: [house-utilize]\n---\n\nWe utilize funds.\n", Format.MARKDOWN, "b.md");
    assertEquals(List.of(), fileWide.findings());
    assertEquals(1, fileWide.suppressed().size());
  }

  @Test
  void customRuleFindingsGoThroughBaselinesAndEveryReport() throws Exception {
    Linter l = linter("styles:\n  rules:\n    house-utilize:\n      type: substitution\n      swap: {utilize: use}\n");
    LintResult before = l.lint("Budget\n\nWe utilize funds.\n", Format.TEXT, "a.txt");
    dev.copydesk.core.baseline.Baseline baseline = dev.copydesk.core.baseline.Baseline.of(List.of(before));
    LintResult after = l.lint("Budget\n\nWe utilize funds.\n\nThey utilize more.\n", Format.TEXT, "a.txt");
    dev.copydesk.core.baseline.Baseline.Applied applied = baseline.apply(List.of(after));
    assertEquals(1, applied.acceptedCount());
    assertEquals(1, applied.newFindings());
    dev.copydesk.core.report.LintReport report = dev.copydesk.core.report.LintReport.of(List.of(after), l.rules().metadata());
    for (String format : dev.copydesk.core.report.Reporters.FORMATS) {
      java.io.StringWriter out = new java.io.StringWriter();
      dev.copydesk.core.report.Reporters.forFormat(format).orElseThrow().write(report, out);
      assertTrue(out.toString().contains("house-utilize"), format + " report names the custom rule");
    }
  }

  @Test
  void turnedOffInConfigurationTheRuleDoesNotRun() throws Exception {
    Linter l =
        linter(
            "styles:\n  rules:\n    house-utilize:\n      type: substitution\n      enabled: false\n      swap: {utilize: use}\n"
                + "    house-weasel:\n      type: existence\n      tokens: [many experts]\nrules:\n  house-utilize: on\n  house-weasel: off\n");
    LintResult r = l.lint("Budget\n\nMany experts utilize it.\n", Format.TEXT, "a.txt");
    assertEquals(List.of("house-utilize@3:14"), ids(r.findings()));
  }

  @Test
  void frontMatterAndTitleScopesOnMarkdown() throws Exception {
    Linter l =
        linter(
            """
            styles:
              rules:
                house-title-case:
                  type: capitalization
                  scope: title
                house-description:
                  type: existence
                  tokens: [very unique]
                  scope: front-matter.description
            """);
    String md = "---\ntitle: Council passes the budget\ndescription: A very unique budget\n---\n\nThe budget passed. It is very unique.\n";
    LintResult r = l.lint(md, Format.MARKDOWN, "a.md");
    assertEquals(List.of("house-title-case@2:8", "house-description@3:16"), ids(r.findings()));
  }
}
