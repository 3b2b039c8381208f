package dev.copydesk.core.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.Glob;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.model.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Patterns applied to untrusted text, or taken from configuration, run in linear time.
 *
 * <p>Configuration reaches regular expressions through house-style rules ({@code styles:} patterns,
 * compiled to RE2/J by core's style engine) and globs (compiled to RE2/J here).
 */
class LinearRegexTest {

  private static final Duration BOUND = Duration.ofSeconds(5);

  @Test
  void aCatastrophicPatternRunsInLinearTimeUnderRe2j() {
    // (a+)+$ backtracks exponentially in java.util.regex on "aaaa...!"; RE2/J cannot backtrack.
    com.google.re2j.Pattern p = com.google.re2j.Pattern.compile("(a+)+$");
    String input = "a".repeat(1_000_000) + "!";
    boolean found = assertTimeoutPreemptively(BOUND, () -> p.matcher(input).find());
    assertFalse(found);
    com.google.re2j.Pattern q = com.google.re2j.Pattern.compile("(x+x+)+y");
    assertFalse(assertTimeoutPreemptively(BOUND, () -> q.matcher("x".repeat(100_000)).find()));
  }

  @Test
  void aCatastrophicHouseStylePatternLintsALongArticleInBoundedTime() {
    String yaml =
        """
        styles:
          rules:
            nested-quantifiers:
              type: existence
              message: "Nested quantifiers"
              patterns: ['(a+)+$', '(x+x+)+y']
              word-boundaries: false
        rules:
          nested-quantifiers: on
        """;
    Linter linter = Linter.builder().rules(List.of()).config(ConfigLoader.parse(yaml, ".copydesk.yml")).threads(1).build();
    assertTrue(linter.rules().contains("nested-quantifiers"), linter.rules().metadata().toString());
    String article = "Title\n\n" + "a".repeat(200_000) + "!\n\n" + "x".repeat(200_000) + "\n";
    LintResult r = assertTimeoutPreemptively(BOUND, () -> linter.lint(article, Format.TEXT, "long.txt"));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(List.of(), r.findings());
    LintResult hit = linter.lint("Title\n\nSome text then aaa\n", Format.TEXT, "hit.txt");
    assertEquals(List.of("nested-quantifiers"), hit.findings().stream().map(f -> f.ruleId()).toList());
  }

  @Test
  void configuredGlobsMatchLongPathsInLinearTime() {
    // Each star of a glob is a quantifier; nine of them around literals were exponential when globs
    // compiled to java.util.regex (over a second for a 40-character name).
    Glob g = Glob.compile("*a*a*a*a*a*a*a*a*b");
    String name = "a".repeat(4_000);
    assertFalse(assertTimeoutPreemptively(BOUND, () -> g.matches("dir/" + name)));
    assertTrue(g.matches("dir/" + name + "b"));
    Glob deep = Glob.compile("**/**/**/**/**/**/**/x");
    String path = "a/".repeat(2_000) + "y";
    assertFalse(assertTimeoutPreemptively(BOUND, () -> deep.matches(path)));
    CopydeskConfig c = ConfigLoader.parse("exclude: [\"*a*a*a*a*a*a*a*a*b\"]\n", "x.yml");
    assertTrue(assertTimeoutPreemptively(BOUND, () -> c.isIncluded("news/" + name + ".md")));
  }

  /** A pattern's call, with its regex when it is a string literal on the same line. */
  private static final Pattern REGEX_CALL =
      Pattern.compile(
          "Pattern\\.compile\\((?:\"((?:[^\"\\\\]|\\\\.)*+)\")?|\\.(?:replaceAll|replaceFirst|matches|split)\\(\"((?:[^\"\\\\]|\\\\.){2,}+)\"");

  /**
   * Regexes (as written in Java source) that are linear wherever they are used, so they need no note:
   * one repeated class, a bounded run, an anchored prefix. Also the audit of patterns in code this test
   * may not annotate (core/report belongs to the reports' owner).
   */
  private static final Map<String, String> KNOWN_LINEAR =
      Map.of(
          "\\\\s+", "one repeated class",
          "\\\\R", "a line break",
          "[0-9a-f]{32}", "a bounded class run (baseline fingerprints)");

  /**
   * Every {@code java.util.regex} pattern in the main code of core and rules carries a note, on its
   * line or in the three lines above, saying why it is linear (no nested or overlapping quantifiers
   * under repetition, or bounded input): the audit of issue 6, kept true as code changes. A new pattern
   * either gets such a note (containing the word "linear"), is one of {@link #KNOWN_LINEAR}, or uses
   * RE2/J ({@code com.google.re2j}).
   */
  @Test
  void everyBacktrackingPatternSaysWhyItIsLinear() throws IOException {
    List<String> missing = new ArrayList<>();
    int audited = 0;
    for (Path root : List.of(Path.of("src/main/java"), Path.of("../rules/src/main/java"))) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path f : files) {
        List<String> lines = Files.readAllLines(f);
        boolean re2j = lines.stream().anyMatch(l -> l.startsWith("import com.google.re2j.Pattern;"));
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = REGEX_CALL.matcher(lines.get(i));
          if (!m.find() || (re2j && m.group().startsWith("Pattern.compile"))) {
            continue;
          }
          String literal = m.group(1) != null ? m.group(1) : m.group(2);
          if (literal != null && KNOWN_LINEAR.containsKey(literal)) {
            continue;
          }
          audited++;
          boolean noted = false;
          for (int j = Math.max(0, i - 3); j <= i; j++) {
            noted |= lines.get(j).toLowerCase(Locale.ROOT).contains("linear");
          }
          if (!noted) {
            missing.add(root.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertTrue(audited > 10, "found only " + audited + " patterns: run from the core module");
    assertEquals(List.of(), missing, "say in a comment why each pattern is linear, or use RE2/J");
  }
}
