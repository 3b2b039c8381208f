package dev.copydesk.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.report.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The command line end to end: arguments, exit statuses, every report format on standard output and in
 * files, and baselines. Rules come from a house style in the configuration (core has no rule pack).
 */
class MainTest {

  private static final String CONFIG =
      """
      styles:
        rules:
          house-utilize:
            type: substitution
            swap: {utilize: use}
          house-weasel:
            type: existence
            tokens: [many experts]
      rules:
        house-utilize: error
        house-weasel: warning
      """;

  @TempDir Path dir;
  private Path config;
  private Path content;
  private Path errorFile;
  private Path warningFile;
  private Path cleanFile;

  /** What one run printed and returned. */
  private record Run(int status, String out, String err, byte[] outBytes) {}

  @BeforeEach
  void writeFixtures() throws IOException {
    config = Files.writeString(dir.resolve("copydesk.yml"), CONFIG);
    content = Files.createDirectories(dir.resolve("content"));
    errorFile = Files.writeString(content.resolve("budget.md"), "# Budget\n\nThe council will utilize the funds.\n");
    warningFile = Files.writeString(content.resolve("claims.txt"), "Claims\n\nMany experts say the plan works.\n");
    cleanFile = Files.writeString(content.resolve("weather.md"), "# Weather\n\nIt rained on Monday.\n");
  }

  private Run run(Object... args) {
    return runWithInput("", args);
  }

  /** A run with {@code input} on standard input. */
  private Run runWithInput(String input, Object... args) {
    return runWithInput(input.getBytes(StandardCharsets.UTF_8), args);
  }

  private Run runWithInput(byte[] input, Object... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    int status = Main.run(strings, new ByteArrayInputStream(input),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
  }

  /** The id reports give a file: the CLI's base directory is the working directory. */
  private static String id(Path file) {
    return Linter.builder().rules(List.of()).build().idOf(file);
  }

  // --- exit statuses ---------------------------------------------------------------------------------

  @Test
  void consoleIsTheDefaultAndAnErrorFailsTheRun() {
    Run r = run("--config", config, content);
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().contains(id(errorFile) + ":3:18: error house-utilize "), r.out());
    assertTrue(r.out().contains(id(warningFile) + ":3:1: warning house-weasel "), r.out());
    assertTrue(r.out().contains("2 findings (1 error, 1 warning, 0 info) in 2 of 3 files"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void failOnSetsTheLeastSeverityThatFails() {
    assertEquals(0, run("--config", config, warningFile).status(), "a warning does not fail by default");
    assertEquals(1, run("--config", config, "--fail-on", "warning", warningFile).status());
    assertEquals(1, run("--config", config, "--fail-on=info", warningFile).status());
    assertEquals(0, run("--config", config, "--fail-on", "none", content).status());
    assertEquals(0, run("--config", config, "--fail-on", "info", cleanFile).status(), "clean");
  }

  @Test
  void badInputFilesAreDiagnosticsNotCrashesAndTheOtherFilesAreLinted() throws IOException {
    Path binary = Files.write(content.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 0});
    Path missing = content.resolve("missing.md");
    Run r = run("--config", config, "--format", "json", binary, missing, errorFile);
    assertEquals(1, r.status(), r.err());
    assertEquals("", r.err());
    JsonNode files = new ObjectMapper().readTree(r.out()).path("files");
    assertEquals(List.of(id(binary), id(missing), id(errorFile)), files.findValuesAsText("path"));
    assertEquals("io.binary", files.get(0).path("diagnostics").get(0).path("code").asText(), r.out());
    assertEquals("io.unreadable", files.get(1).path("diagnostics").get(0).path("code").asText(), r.out());
    assertEquals(List.of("house-utilize"), files.get(2).path("findings").findValuesAsText("ruleId"), r.out());
  }

  @Test
  void foldersAreListedSortedByFormatAndByTheConfigurationsPatterns() throws Exception {
    Path drafts = Files.createDirectories(content.resolve("drafts"));
    Path draft = Files.writeString(drafts.resolve("draft.md"), "# Draft\n\nWe will utilize it.\n");
    Path nested = Files.createDirectories(content.resolve("news/2024"));
    Path story = Files.writeString(nested.resolve("story.txt"), "Story\n\nMany experts say so.\n");
    Path notes = Files.writeString(content.resolve("notes.xyz"), "Notes\n\nThe council will utilize it.\n");
    Path withExclude = Files.writeString(dir.resolve("exclude.yml"), CONFIG + "exclude: [\"**/drafts/**\"]\n");
    Run r = run("--config", withExclude, "--format", "json", "--fail-on", "none", content, notes);
    assertEquals(0, r.status(), r.err());
    List<String> paths = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"").matcher(r.out());
    while (m.find()) {
      paths.add(m.group(1));
    }
    // The folder's files of known formats in sorted order, the excluded draft left out, then the file
    // named on the command line, linted whatever its name.
    assertEquals(List.of(id(errorFile), id(warningFile), id(story), id(cleanFile), id(notes)), paths, r.out());
    assertTrue(!r.out().contains(id(draft)), r.out());
    assertEquals("", r.err());
    Run named = run("--config", withExclude, "--format", "json", "--fail-on", "none", draft);
    assertTrue(named.out().contains("\"path\": \"" + id(draft) + "\""), "named, a file is linted even where excluded: " + named.out());
  }

  @Test
  void aFolderWithNoArticlesSaysWhatItHoldsAndWhy() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.write(pages.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(pages.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.write(pages.resolve("feed.json.gz"), new byte[] {31, (byte) 139, 8});
    Files.writeString(pages.resolve("README"), "read me");
    Run r = run("--config", config, pages);
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("in 0 of 0 files"), r.out());
    assertEquals("copydesk: nothing to lint in " + pages + ": its 4 files are none of them an article by name (2 .pdf, 1 with no extension,"
        + " 1 .json.gz); articles are named .md, .markdown, .mdown, .mkd, .mdx, .html, .htm, .xhtml, .txt, .text, gzip-compressed or not"
        + " (.html.gz)" + System.lineSeparator(), r.err());

    Path drafts = Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(drafts.resolve("draft.md"), "# Draft\n\nWe will utilize it.\n");
    Files.writeString(drafts.resolve("notes.xyz"), "notes");
    Path excluding = Files.writeString(dir.resolve("exclude.yml"), CONFIG + "exclude: [\"**/drafts/**\"]\n");
    Run excluded = run("--config", excluding, drafts);
    assertEquals("copydesk: nothing to lint in " + drafts + ": of its 2 files, the one article (Markdown, HTML or text by name) is left"
        + " out by the include and exclude patterns" + System.lineSeparator(), excluded.err());

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals("copydesk: nothing to lint in " + empty + ": it holds no files" + System.lineSeparator(), run("--config", config, empty).err());
    assertEquals("", run("--config", config, content).err(), "a folder with articles says nothing more");
  }

  @Test
  void aLinkToAFileInAFolderIsListedAndABrokenOneIsNot() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Path target = Files.writeString(elsewhere.resolve("target.md"), "# Linked\n\nWe will utilize it.\n");
    Path linked = Path.of("");
    try {
      linked = Files.createSymbolicLink(content.resolve("linked.md"), target);
      Files.createSymbolicLink(content.resolve("broken.md"), elsewhere.resolve("gone.md"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }
    Run r = run("--config", config, "--format", "json", "--fail-on", "none", content);
    assertEquals(0, r.status(), r.err());
    List<String> paths = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"path\": \"([^\"]+)\"").matcher(r.out());
    while (m.find()) {
      paths.add(m.group(1));
    }
    assertEquals(List.of(id(errorFile), id(warningFile), id(linked), id(cleanFile)), paths, r.out());
    String linkedEntry = r.out().substring(r.out().indexOf("\"path\": \"" + id(linked) + "\""), r.out().indexOf("\"path\": \"" + id(cleanFile) + "\""));
    assertTrue(linkedEntry.contains("\"ruleId\": \"house-utilize\""), "the link's target is linted: " + linkedEntry);
  }

  // --- usage errors ----------------------------------------------------------------------------------

  @Test
  void anUnknownFormatIsAUsageError() {
    Run r = run("--format", "json,xml", content);
    assertEquals(2, r.status());
    assertEquals(
        List.of("copydesk: --format: unknown report format 'xml' (expected console, json, sarif, checkstyle, junit, html, github)", CliOptions.USAGE),
        r.err().lines().toList());
    assertEquals("", r.out());
  }

  @Test
  void badArgumentsPrintOneLineAndTheUsage() {
    assertUsageError("copydesk: unknown option '--formats'", "--formats", "json", content);
    assertUsageError("copydesk: --output needs a value", content, "--output");
    assertUsageError("copydesk: --fail-on: unknown severity 'fatal' (expected error, warning, info or none)", "--fail-on", "fatal", content);
    assertUsageError("copydesk: --threads needs a whole number of at least 1, not '0'", "--threads", "0", content);
    assertUsageError("copydesk: --threads needs a whole number of at least 1, not 'two'", "--threads=two", content);
    assertUsageError("copydesk: --encoding: unknown encoding 'klingon' (try UTF-8 or windows-1252)", "--encoding", "klingon", content);
    for (String size : List.of("0", "-5", "ten", "12q", "m", "99999999999999999999", "9000000000g")) {
      assertUsageError(
          "copydesk: --max-file-size needs a size in bytes of at least 1 (such as 20000000 or 64m), not '" + size + "'",
          "--max-file-size=" + size, content);
    }
    assertUsageError("copydesk: no files or directories given (- reads standard input)", "--format", "json");
    assertUsageError("copydesk: --timing takes no value", "--timing=yes", content);
    assertUsageError(
        "copydesk: standard output takes one format, not json, sarif; write them to files with --output DIR",
        "--format", "json", "--format", "sarif", content);
    assertUsageError(
        "copydesk: standard output takes one format, not console, html; write them to files with --output DIR",
        "--format", "console,html", content);
    assertUsageError("copydesk: --fix makes the fixes and --diff only shows them: give one", "--fix", "--diff", content);
    assertUsageError("copydesk: --diff writes the diff to standard output; write reports to files with --output DIR",
        "--diff", "--format", "json", content);
  }

  private void assertUsageError(String message, Object... args) {
    Run r = run(args);
    assertEquals(2, r.status(), message);
    assertEquals(List.of(message, CliOptions.USAGE), r.err().lines().toList());
  }

  @Test
  void badConfigurationIsStatusTwo() throws IOException {
    Run missing = run("--config", dir.resolve("nope.yml"), content);
    assertEquals(2, missing.status());
    assertTrue(missing.err().startsWith("copydesk: configuration file "), missing.err());
    Path bad = Files.writeString(dir.resolve("bad.yml"), "rules: [not, a, map\n");
    Run broken = run("--config", bad, content);
    assertEquals(2, broken.status(), broken.err());
    assertEquals(1, broken.err().lines().count(), broken.err());
  }

  @Test
  void explainPrintsOneRulesDocumentationAndOptions() {
    Run r = run("--explain", "house-utilize", "--config", config);
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("# house-utilize", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("severity: error (for files no override applies to)")), r.out());

    Run unknown = run("--explain", "house-utilise", "--config", config);
    assertEquals(2, unknown.status());
    assertEquals("copydesk: no rule 'house-utilise' (did you mean 'house-utilize'?)\n", unknown.err());
    assertUsageError("copydesk: --explain takes at most one path: the file whose settings to show",
        "--explain", "house-utilize", "a.md", "b.md");
  }

  @Test
  void helpGoesToStandardOutput() {
    Run r = run("--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith(CliOptions.USAGE + "\n"), r.out());
  }

  // --- standard input --------------------------------------------------------------------------------

  @Test
  void aDashLintsStandardInputAsPlainTextAfterTheFiles() throws IOException {
    Run r = runWithInput("Note\n\nMany experts say it will utilize the funds.\n", "--config", config, "--format", "json",
        "-", errorFile);

    assertEquals(1, r.status(), r.err());
    JsonNode files = new ObjectMapper().readTree(r.out()).path("files");
    assertEquals(List.of(id(errorFile), "<stdin>"), files.findValuesAsText("path"));
    JsonNode stdin = files.get(1);
    assertEquals("text", stdin.path("format").asText(), r.out());
    assertEquals(List.of("house-weasel", "house-utilize"), stdin.path("findings").findValuesAsText("ruleId"), r.out());
    assertEquals(3, stdin.path("findings").get(0).path("start").path("line").asInt(), r.out());
  }

  @Test
  void stdinNameGivesStandardInputAFilesFormatOverridesAndIdWithoutReadingTheFile() throws IOException {
    Path overridden = Files.writeString(dir.resolve("overridden.yml"), CONFIG + """
        overrides:
          - files: ["drafts/**"]
            rules:
              house-weasel: off
        """);
    String markdown = "---\ntitle: Funds\n---\n# Funds\n\n*Many experts* say the council will utilize them.\n";

    Run r = runWithInput(markdown, "--config", overridden, "--format", "json", "--stdin-name", "drafts/funds.md", "-");

    assertEquals(1, r.status(), r.err());
    JsonNode file = new ObjectMapper().readTree(r.out()).path("files").get(0);
    assertEquals("drafts/funds.md", file.path("path").asText(), r.out());
    assertEquals("markdown", file.path("format").asText(), r.out());
    assertEquals(List.of("house-utilize"), file.path("findings").findValuesAsText("ruleId"), "the override turned house-weasel off");
    // Line 6 of standard input's text, past the front matter and the heading.
    assertEquals(6, file.path("findings").get(0).path("start").path("line").asInt(), r.out());
    assertFalse(Files.exists(Path.of("drafts")), "no file of that name is read or written");
  }

  @Test
  void standardInputNamedAsACompressedFileIsReadDecompressed() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write("Note\n\nWe utilize stdin.\n".getBytes(StandardCharsets.UTF_8));
    }

    Run r = runWithInput(gz.toByteArray(), "--config", config, "--format", "json", "--stdin-name", "drafts/note.txt.gz", "-");

    assertEquals(1, r.status(), r.err());
    JsonNode file = new ObjectMapper().readTree(r.out()).path("files").get(0);
    assertEquals("drafts/note.txt.gz", file.path("path").asText(), r.out());
    assertEquals("text", file.path("format").asText(), r.out());
    assertEquals(List.of("house-utilize"), file.path("findings").findValuesAsText("ruleId"), r.out());
    assertEquals(3, file.path("findings").get(0).path("start").path("line").asInt(), r.out());
    assertFalse(Files.exists(Path.of("drafts")), "no file of that name is read or written");

    // Text that is not gzip under a compressed name: said, not linted as bytes.
    Run plain = runWithInput("We utilize stdin.\n", "--config", config, "--format", "json", "--stdin-name", "drafts/note.txt.gz", "-");
    assertEquals(1, plain.status(), plain.err());
    JsonNode diagnostics = new ObjectMapper().readTree(plain.out()).path("files").get(0).path("diagnostics");
    assertEquals("io.unreadable", diagnostics.get(0).path("code").asText(), plain.out());
    assertTrue(diagnostics.get(0).path("message").asText().contains("not valid gzip"), plain.out());
  }

  @Test
  void listRulesPrintsEachRuleWithTheSeverityItHasForTheFileGiven() throws IOException {
    Path overridden = Files.writeString(dir.resolve("overridden.yml"), CONFIG + """
        overrides:
          - files: ["drafts/**"]
            rules:
              house-weasel: off
              house-utilize: info
        """);

    Run everywhere = run("--list-rules", "--config", overridden);
    assertEquals(0, everywhere.status(), everywhere.err());
    assertEquals("# rules for files no override applies to", everywhere.out().lines().findFirst().orElseThrow());
    assertEquals("error", severityListed(everywhere, "house-utilize"), everywhere.out());
    assertEquals("warning", severityListed(everywhere, "house-weasel"), everywhere.out());

    Run drafts = run("--list-rules", "--config", overridden, "drafts/funds.md");
    assertEquals(0, drafts.status(), drafts.err());
    assertEquals("# rules for drafts/funds.md", drafts.out().lines().findFirst().orElseThrow());
    assertEquals("info", severityListed(drafts, "house-utilize"), drafts.out());
    assertEquals("off", severityListed(drafts, "house-weasel"), "the override turns it off: " + drafts.out());
    assertFalse(Files.exists(Path.of("drafts")), "the path names a file; nothing is read or written");

    Run two = run("--list-rules", "--config", overridden, "a.md", "b.md");
    assertEquals(2, two.status());
    assertTrue(two.err().startsWith("copydesk: --list-rules takes at most one path"), two.err());
    assertTrue(run("--help").out().contains("--list-rules"), "the usage names it");
  }

  /** The severity column of rule {@code id}'s line in a {@code --list-rules} listing. */
  private static String severityListed(Run r, String id) {
    return r.out().lines()
        .filter(l -> l.startsWith(id + " "))
        .map(l -> l.trim().split("\\s+")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not listed: " + r.out()));
  }

  @Test
  void theHtmlReportShowsStandardInputsText() throws IOException {
    Path reports = dir.resolve("reports");

    Run r = runWithInput("Budget\n\nThe council will utilize the funds.\n", "--config", config, "--format", "html",
        "--output", reports, "--fail-on", "none", "-");

    assertEquals(0, r.status(), r.err());
    String html = Files.readString(reports.resolve("copydesk.html"));
    assertTrue(html.contains("&lt;stdin&gt;"), "the article's id");
    assertTrue(html.contains("The council will"), "the article's text, which cannot be read again");
  }

  @Test
  void checkstyleNamesStandardInputAsItIsAndANamedOneAsAPath() throws IOException {
    Run plain = runWithInput("Budget\n\nThe council will utilize the funds.\n", "--config", config, "--format",
        "checkstyle", "--fail-on", "none", "-");
    Run named = runWithInput("Budget\n\nThe council will utilize the funds.\n", "--config", config, "--format",
        "checkstyle", "--fail-on", "none", "--stdin-name", "drafts/funds.txt", "-");

    assertTrue(plain.out().contains("<file name=\"&lt;stdin&gt;\">"), plain.out());
    String absolute = Path.of("drafts/funds.txt").toAbsolutePath().normalize().toString();
    assertTrue(named.out().contains("<file name=\"" + absolute + "\">"), named.out());
  }

  @Test
  void standardInputIsGivenOnceAndOnlyItIsNamed() {
    assertUsageError("copydesk: standard input (-) is given twice", "-", "-");
    assertUsageError("copydesk: --stdin-name names standard input, which is read only when the path - is given",
        "--stdin-name", "a.md", cleanFile);
  }

  @Test
  void afterADoubleDashADashIsAFileNamedDash() {
    Run r = run("--", "-");
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().contains("-: error io.unreadable no such file"), r.out());
  }

  @Test
  void aFileThatCannotBeCheckedFailsTheRunUnlessNothingFailsIt() throws IOException {
    Path binary = Files.write(dir.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});

    Run failing = run("--config", config, binary, cleanFile);
    Run passing = run("--config", config, "--fail-on", "none", binary, cleanFile);
    Run checked = run("--config", config, cleanFile);

    assertEquals(1, failing.status(), failing.out());
    assertTrue(failing.out().contains("photo.md: error io.binary"), failing.out());
    assertTrue(failing.out().contains("in 0 of 2 files; 0 suppressed; 1 unreadable"), failing.out());
    assertEquals(0, passing.status(), passing.out());
    assertEquals(0, checked.status(), "the same run without the binary file: " + checked.out());
  }

  @Test
  void versionGoesToStandardOutputAndLintsNothing() {
    Run r = run("--version", "no-such-file.md");
    assertEquals(0, r.status(), r.err());
    assertEquals("copydesk " + Version.current() + "\n", r.out());
    assertFalse(Version.current().equals("unknown"), "the build writes the version into the jar");
    assertEquals("", r.err());
  }

  @Test
  void versionTakesNoValue() {
    Run r = run("--version=2");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("copydesk: --version takes no value"), r.err());
  }

  @Test
  void aDoubleDashEndsTheOptions() throws IOException {
    Path dashed = Files.writeString(content.resolve("-draft.md"), "# Draft\n\nWe utilize it.\n");
    Run r = run("--config", config, "--", dashed.toString());
    assertEquals(1, r.status(), r.err());
  }

  // --- formats ---------------------------------------------------------------------------------------

  @Test
  void oneFormatGoesToStandardOutput() throws Exception {
    Run json = run("--config", config, "--format", "JSON", content);
    assertEquals(1, json.status());
    assertValid(jsonSchema(), json.out());
    assertTrue(json.out().contains("\"house-utilize\""), json.out());

    Run sarif = run("--config", config, "--format", "sarif", "--fail-on", "none", content);
    assertEquals(0, sarif.status());
    assertValid(sarifSchema(), sarif.out());
    assertTrue(sarif.out().contains("\"partialFingerprints\""), "fingerprints need the articles, read again");

    Run junit = run("--config", config, "--format", "junit", content);
    assertTrue(xml(junit.out()).getElementsByTagName("testcase").getLength() > 0, junit.out());
  }

  @Test
  void theReportFolderInsideALintedFolderIsNotLintedOnTheNextRun() throws Exception {
    Path out = content.resolve("reports");
    Path cache = content.resolve("cache");
    Run first = run("--config", config, "--format", "console,json,html", "--output", out, "--cache", cache, content);
    Run second = run("--config", config, "--format", "console,json,html", "--output", out, "--cache", cache, content);

    assertTrue(Files.exists(out.resolve("copydesk.html")) && Files.exists(out.resolve("copydesk.txt")), "reports a walk would pick up");
    List<String> firstPaths = new ObjectMapper().readTree(Files.readString(out.resolve("copydesk.json"))).path("files").findValuesAsText("path");
    assertEquals(first.out(), second.out(), "the second run lints what the first did, not the first's reports");
    List<String> paths = new ObjectMapper().readTree(Files.readString(out.resolve("copydesk.json"))).path("files").findValuesAsText("path");
    assertEquals(firstPaths, paths);
    assertTrue(paths.contains(id(errorFile)) && paths.stream().noneMatch(p -> p.contains("reports/")), paths.toString());
    // Reports written into the linted folder itself are left out too, and nothing else there is.
    Path folder = Files.createDirectories(dir.resolve("beside"));
    Files.copy(errorFile, folder.resolve("budget.md"));
    Run beside = run("--config", config, "--format", "console,html", "--output", folder, folder);
    Run again = run("--config", config, "--format", "console,html", "--output", folder, folder);
    assertTrue(Files.exists(folder.resolve("copydesk.html")) && Files.exists(folder.resolve("copydesk.txt")));
    assertEquals(beside.out(), again.out());
    assertTrue(again.out().contains("budget.md:3:18") && !again.out().contains("copydesk.txt:"), again.out());
    // Named one by one, a report is linted as any file is.
    Run named = run("--config", config, "--format", "json", out.resolve("copydesk.txt"));
    assertEquals(List.of(id(out.resolve("copydesk.txt"))),
        new ObjectMapper().readTree(named.out()).path("files").findValuesAsText("path"), named.out());
  }

  @Test
  void versionControlFoldersAndInstalledPackagesAreNotSearched() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(repo.resolve("story.md"), "# Story\n\nWe utilize it.\n");
    for (String other : List.of(".git/info/notes.md", "node_modules/left-pad/README.md", "site/node_modules/x/README.md", ".hg/a.txt",
        ".svn/b.html")) {
      Files.createDirectories(repo.resolve(other).getParent());
      Files.writeString(repo.resolve(other), "# Other\n\nWe utilize it.\n");
    }
    Files.createDirectories(repo.resolve(".github"));
    Files.writeString(repo.resolve(".github/CONTRIBUTING.md"), "# Contributing\n\nWe utilize it.\n");

    Run r = run("--config", config, "--format", "json", repo);
    assertEquals(List.of(id(repo.resolve(".github/CONTRIBUTING.md")), id(repo.resolve("story.md"))),
        new ObjectMapper().readTree(r.out()).path("files").findValuesAsText("path"), r.out());
    // A folder whose only articles are in such folders says so.
    Path packaged = Files.createDirectories(dir.resolve("packaged/node_modules/pkg"));
    Files.writeString(packaged.resolve("README.md"), "# Pkg\n");
    Run empty = run("--config", config, "--format", "json", dir.resolve("packaged"));
    assertTrue(empty.err().contains(": it holds no files outside node_modules, which are not searched (name such a folder to lint it)"),
        empty.err());
    // Asked for by name, such a folder is searched.
    Run named = run("--config", config, "--format", "json", repo.resolve("node_modules"));
    assertEquals(List.of(id(repo.resolve("node_modules/left-pad/README.md"))),
        new ObjectMapper().readTree(named.out()).path("files").findValuesAsText("path"), named.out());
  }

  @Test
  void everyFormatIsWrittenToTheOutputDirectory() throws Exception {
    Path out = dir.resolve("reports");
    Run r = run("--config", config, "--format", "console,json", "--format", "sarif", "--format", "checkstyle, junit,html", "--output", out, content);
    assertEquals(1, r.status(), r.err());

    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    names.sort(null);
    assertEquals(List.of("copydesk-checkstyle.xml", "copydesk-junit.xml", "copydesk.html", "copydesk.json", "copydesk.sarif", "copydesk.txt"), names,
        "the plugin's file names, and no temporary file left behind");

    String console = Files.readString(out.resolve("copydesk.txt"));
    assertEquals(console, r.out(), "the console listing goes to standard output too");
    assertValid(jsonSchema(), Files.readString(out.resolve("copydesk.json")));
    String sarif = Files.readString(out.resolve("copydesk.sarif"));
    assertValid(sarifSchema(), sarif);
    assertTrue(sarif.contains("\"partialFingerprints\""), sarif);

    Document checkstyle = xml(Files.readString(out.resolve("copydesk-checkstyle.xml")));
    assertEquals(2, checkstyle.getElementsByTagName("error").getLength());
    String fileName = ((org.w3c.dom.Element) checkstyle.getElementsByTagName("file").item(0)).getAttribute("name");
    assertTrue(Path.of(fileName).isAbsolute(), "absolute, as Checkstyle writes them: " + fileName);
    Document junit = xml(Files.readString(out.resolve("copydesk-junit.xml")));
    assertTrue(junit.getElementsByTagName("failure").getLength() >= 2);

    String html = Files.readString(out.resolve("copydesk.html"));
    assertTrue(html.contains("house-utilize") && html.contains("The council will"), "the article with its finding");

    assertEquals(List.of("copydesk: reports: " + out.resolve("copydesk.txt") + ", " + out.resolve("copydesk.json") + ", "
            + out.resolve("copydesk.sarif") + ", " + out.resolve("copydesk-checkstyle.xml") + ", " + out.resolve("copydesk-junit.xml")
            + ", " + out.resolve("copydesk.html")),
        r.err().lines().toList());
  }

  @Test
  void anUnwritableOutputDirectoryIsStatusTwo() throws IOException {
    Path blocked = Files.writeString(dir.resolve("reports"), "a file where the directory should be");
    Run r = run("--config", config, "--format", "json", "--output", blocked, content);
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("copydesk: cannot write the json report " + blocked.resolve("copydesk.json")), r.err());
  }

  // --- baseline, threads, encoding -------------------------------------------------------------------

  @Test
  void aBaselineAcceptsTheFindingsItLists() throws Exception {
    Linter linter = Linter.builder().config(ConfigLoader.load(config)).build();
    Path baseline = dir.resolve("copydesk-baseline.tsv");
    try (Writer w = Files.newBufferedWriter(baseline)) {
      Baseline.of(linter.lintAll(List.of(errorFile))).write(w);
    }
    Path out = dir.resolve("reports");
    Run r = run("--config", config, "--baseline", baseline, "--format", "sarif,console", "--output", out, content);
    assertEquals(0, r.status(), "the one error is accepted: " + r.out() + r.err());
    assertTrue(r.out().contains("1 finding (0 errors, 1 warning, 0 info) in 1 of 3 files; 1 suppressed"), r.out());
    assertTrue(r.err().contains("copydesk: baseline " + baseline + " accepted 1 of 2 findings; 1 new\n"), r.err());
    String sarif = Files.readString(out.resolve("copydesk.sarif"));
    assertValid(sarifSchema(), sarif);
    assertTrue(sarif.contains("\"baselineState\": \"unchanged\"") && sarif.contains("\"baselineState\": \"new\""), sarif);

    Files.writeString(errorFile, "# Budget\n\nThe council will utilize the funds. The mayor will utilize the rest.\n");
    Run grown = run("--config", config, "--baseline", baseline, errorFile);
    assertEquals(1, grown.status(), "a second, new error counts: " + grown.out());
  }

  @Test
  void githubFormatPrintsAWorkflowCommandPerFinding() {
    Run r = run("--config", config, "--format", "github", content);
    assertEquals(1, r.status());
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.contains("::error file=" + id(errorFile) + ",line=3,col=18,endLine=3,endColumn=25,title=Copydesk house-utilize::"
        + "Use 'use' instead of 'utilize'."), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=" + id(warningFile) + ",line=3,col=1,")), r.out());
    assertTrue(lines.get(lines.size() - 1).startsWith("2 findings (1 error, 1 warning"), r.out());
  }

  // --- fix ------------------------------------------------------------------------------------------

  @Test
  void fixWritesTheSuggestedEditsAndReportsWhatIsLeft() throws IOException {
    Run before = run("--config", config, content);
    assertEquals(1, before.status(), before.out());
    String warning = Files.readString(warningFile);
    String clean = Files.readString(cleanFile);

    Run fixed = run("--config", config, "--fix", content);
    assertEquals(0, fixed.status(), "the one error had a fix: " + fixed.out() + fixed.err());
    assertEquals("# Budget\n\nThe council will use the funds.\n", Files.readString(errorFile));
    assertEquals(warning, Files.readString(warningFile), "a finding without a fix leaves its file alone");
    assertEquals(clean, Files.readString(cleanFile));
    assertTrue(fixed.err().contains("copydesk: " + id(errorFile) + ": fixed 1 finding\ncopydesk: fixed 1 finding in 1 file\n"), fixed.err());
    assertFalse(fixed.out().contains("house-utilize"), "the report is about the fixed files: " + fixed.out());
    assertTrue(fixed.out().contains("house-weasel"), fixed.out());

    Run again = run("--config", config, "--fix", content);
    assertTrue(again.err().contains("copydesk: fixed 0 findings in 0 files\n"), again.err());
  }

  @Test
  void fixLeavesWhatTheBaselineAcceptsAndStandardInput() throws Exception {
    Linter linter = Linter.builder().config(ConfigLoader.load(config)).build();
    Path baseline = dir.resolve("copydesk-baseline.tsv");
    try (Writer w = Files.newBufferedWriter(baseline)) {
      Baseline.of(linter.lintAll(List.of(errorFile))).write(w);
    }
    String accepted = Files.readString(errorFile);
    Path other = Files.writeString(content.resolve("other.md"), "# Other\n\nWe utilize it.\n");
    Run r = runWithInput("We utilize stdin.\n", "--config", config, "--baseline", baseline, "--fix", content, "-");
    assertEquals(accepted, Files.readString(errorFile), "the accepted finding is not fixed");
    assertEquals("# Other\n\nWe use it.\n", Files.readString(other));
    assertTrue(r.err().contains("copydesk: <stdin>: not fixed: not read from a file\n"), r.err());
    assertTrue(r.err().contains("copydesk: fixed 1 finding in 1 file\n"), r.err());
    assertEquals(1, r.status(), "standard input still has its error: " + r.out());
  }

  private static String diffNames(Path file) {
    String id = id(file);
    return Path.of(id).isAbsolute() ? "--- " + id + "\n+++ " + id + "\n" : "--- a/" + id + "\n+++ b/" + id + "\n";
  }

  @Test
  void diffPrintsWhatFixWouldChangeAndWritesNothing() throws IOException {
    String before = Files.readString(errorFile);
    Path reports = dir.resolve("reports");
    Run diff = run("--config", config, "--diff", "--format", "json", "--output", reports, content);
    assertEquals(1, diff.status(), "there is something to fix: " + diff.err());
    assertEquals(diffNames(errorFile) + """
        @@ -1,3 +1,3 @@
         # Budget
        \s
        -The council will utilize the funds.
        +The council will use the funds.
        """, diff.out());
    assertEquals(before, Files.readString(errorFile), "nothing is written");
    assertTrue(diff.err().contains("copydesk: --fix would make the fixes of 1 finding in 1 file\n"), diff.err());
    assertTrue(Files.readString(reports.resolve("copydesk.json")).contains("house-utilize"), "the reports are about the files as they are");

    assertEquals(0, run("--config", config, "--fix", content).status());
    Run after = run("--config", config, "--diff", content);
    assertEquals(0, after.status(), "nothing left to fix: " + after.err());
    assertEquals("", after.out());
  }

  @Test
  void diffIsInTheFilesOwnCharsetSoItAppliesToItsBytes() throws IOException {
    Path legacy = Files.write(content.resolve("legacy.txt"),
        "Caf\u00e9\n\nThe caf\u00e9 will utilize the funds.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Run r = run("--config", config, "--diff", "--encoding", "windows-1252", legacy);
    assertEquals(1, r.status(), r.err());
    String expected = diffNames(legacy) + "@@ -1,3 +1,3 @@\n Caf\u00e9\n \n-The caf\u00e9 will utilize the funds.\n+The caf\u00e9 will use the funds.\n";
    assertEquals(expected, new String(r.outBytes(), java.nio.charset.Charset.forName("windows-1252")));
  }

  @Test
  void fixRulesChoosesWhichRulesFixesAreMade() throws IOException {
    Path two = Files.writeString(dir.resolve("two.yml"), """
        styles:
          rules:
            house-utilize:
              type: substitution
              swap: {utilize: use}
            house-commence:
              type: substitution
              swap: {commence: begin}
        rules:
          house-utilize: error
          house-commence: error
        """);
    Path both = Files.writeString(content.resolve("both.md"), "# Budget\n\nWork will commence when the council will utilize the funds.\n");
    Run swaps = run("--config", two, "--diff", "--fix-rules", "house-utilize", both);
    assertEquals(1, swaps.status(), swaps.err());
    assertTrue(swaps.out().endsWith("+Work will commence when the council will use the funds.\n"), swaps.out());
    Run other = run("--config", two, "--diff", "--fix-rules=house-commence", both);
    assertTrue(other.out().endsWith("+Work will begin when the council will utilize the funds.\n"), other.out());
    Run twoRules = run("--config", two, "--diff", "--fix-rules", "house-commence,house-utilize", both);
    assertTrue(twoRules.out().endsWith("+Work will begin when the council will use the funds.\n"), twoRules.out());

    Run fixed = run("--config", two, "--fix", "--fix-rules", "house-commence", both);
    assertEquals("# Budget\n\nWork will begin when the council will utilize the funds.\n", Files.readString(both));
    assertTrue(fixed.out().contains("house-utilize"), "the finding whose fix was not asked for is reported: " + fixed.out());

    Run unknown = run("--config", two, "--diff", "--fix-rules", "house-utilise", both);
    assertEquals(2, unknown.status());
    assertEquals("copydesk: --fix-rules: no rule 'house-utilise' (did you mean 'house-utilize'?)\n", unknown.err());
    assertUsageError("copydesk: --fix-rules chooses the fixes --fix or --diff makes, and neither is given",
        "--fix-rules", "house-utilize", content);
    assertUsageError("copydesk: --fix-rules needs rule ids, separated by commas: 'house-utilize,'",
        "--diff", "--fix-rules", "house-utilize,", content);
  }

  @Test
  void diffOfAFileWithAByteOrderMarkCarriesTheMarkOnItsFirstLine() throws IOException {
    Path marked = Files.writeString(content.resolve("marked.txt"), "\uFEFFBudget\n\nWe utilize it.\n");
    Run r = run("--config", config, "--diff", marked);
    assertEquals(1, r.status(), r.err());
    assertEquals(diffNames(marked) + "@@ -1,3 +1,3 @@\n \uFEFFBudget\n \n-We utilize it.\n+We use it.\n", r.out());
  }

  @Test
  void diffShowsStandardInputsFixesUnderItsName() {
    Run r = runWithInput("Note\n\nWe utilize stdin.\n", "--config", config, "--diff", "--stdin-name", "drafts/note.txt", "-");
    assertEquals(1, r.status(), r.err());
    assertEquals(diffNames(Path.of("drafts/note.txt")) + "@@ -1,3 +1,3 @@\n Note\n \n-We utilize stdin.\n+We use stdin.\n", r.out());
  }

  @Test
  void aMissingBaselineIsAWarningAndABadOneIsStatusTwo() throws IOException {
    Run missing = run("--config", config, "--baseline", dir.resolve("none.tsv"), errorFile);
    assertEquals(1, missing.status());
    assertTrue(missing.err().contains("does not exist; every finding counts"), missing.err());
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "fingerprint\trule\n");
    Run broken = run("--config", config, "--baseline", bad, errorFile);
    assertEquals(2, broken.status());
    assertTrue(broken.err().startsWith("copydesk: " + bad + ":1: not a Copydesk baseline"), broken.err());
  }

  @Test
  void timingPrintsParseAndEachRuleToStandardErrorAndChangesNoReport() {
    Run plain = run("--config", config, "--format", "json", content);
    Run timed = run("--config", config, "--format", "json", "--timing", content);
    assertEquals(plain.status(), timed.status());
    assertEquals(plain.out(), timed.out(), "the report is the same");
    assertEquals("", plain.err());
    List<String> lines = timed.err().lines().toList();
    assertTrue(lines.get(0).startsWith("copydesk: Time by rule over 3 articles ("), lines.get(0));
    assertTrue(lines.get(1).matches("copydesk:   read \\+ decode +[\\d,]+\\.\\d ms +[\\d.]+%"), lines.get(1));
    assertTrue(lines.get(2).matches("copydesk:   parse +[\\d,]+\\.\\d ms +[\\d.]+%"), lines.get(2));
    // Every rule that ran has a line.
    for (String rule : List.of("house-utilize", "house-weasel")) {
      assertEquals(1, lines.stream().filter(l -> l.startsWith("copydesk:   " + rule + " ")).count(), rule + " in\n" + timed.err());
    }
    assertTrue(lines.get(lines.size() - 1).matches("copydesk:   rules in all +[\\d,]+\\.\\d ms +[\\d.]+%  \\([\\d.]+ \u00D7 parse\\)"),
        lines.get(lines.size() - 1));
  }

  @Test
  void threadsAndEncodingReachTheLinter() throws IOException {
    Path latin = Files.write(content.resolve("cafe.txt"), "Caf\u00e9\n\nThe caf\u00e9 will utilize the funds.\n".getBytes(StandardCharsets.ISO_8859_1));
    Run utf8 = run("--config", config, "--format", "json", "--fail-on", "none", latin);
    assertTrue(utf8.out().contains("\"diagnostics\": [\n") && !utf8.out().contains("\"diagnostics\": []"), "not UTF-8: " + utf8.out());
    Run windows = run("--config", config, "--format", "console", "--threads", "1", "--encoding", "windows-1252", latin);
    assertEquals(1, windows.status(), windows.out());
    assertTrue(windows.out().contains(id(latin) + ":3:15: error house-utilize "), windows.out());
  }

  @Test
  void maxFileSizeSetsTheLimitAboveWhichAFileIsReportedAndNotRead() throws Exception {
    // 2,400 bytes of prose: linted by default, too large under a limit of 2k, linted again under 3k.
    Path file = Files.writeString(content.resolve("long.txt"), "Title\n\n" + "The council met on Monday. ".repeat(89));
    long bytes = Files.size(file);
    assertTrue(bytes > 2048 && bytes < 3072, "size " + bytes);
    Run byDefault = run("--config", config, "--fail-on", "error", file);
    Run small = run("--config", config, "--max-file-size", "2k", file);
    Run larger = run("--config", config, "--max-file-size=3KiB", file);
    assertEquals(0, byDefault.status(), byDefault.out());
    assertEquals(1, small.status(), small.out());
    assertTrue(small.out().contains("over the limit of 2.0 KiB"), small.out());
    assertTrue(small.out().contains("0 of 1 file") && small.out().contains("1 unreadable"), small.out());
    assertEquals(0, larger.status(), larger.out());
    assertTrue(larger.out().contains("in 0 of 1 file") || larger.out().contains("in 1 of 1 file"), larger.out());
    assertTrue(larger.out().contains("; 0 unreadable"), larger.out());
    assertEquals(2048, CliOptions.parse(new String[] {"--max-file-size", "2048", "x"}).maxFileSize());
    assertEquals(64L << 20, CliOptions.parse(new String[] {"--max-file-size", "64M", "x"}).maxFileSize());
    assertEquals(1L << 30, CliOptions.parse(new String[] {"--max-file-size", "1gb", "x"}).maxFileSize());
    assertEquals(0, CliOptions.parse(new String[] {"x"}).maxFileSize());
  }

  @Test
  void cacheServesUnchangedFilesAndLintsChangedOnesWithTheSameReport() throws IOException {
    Path cache = dir.resolve("cache");
    Run direct = run("--config", config, "--format", "json", "--fail-on", "none", content);
    Run first = run("--config", config, "--format", "json", "--fail-on", "none", "--cache", cache, content);
    Run second = run("--config", config, "--format", "json", "--fail-on", "none", "--cache", cache, content);
    assertEquals(direct.out(), first.out());
    assertEquals(direct.out(), second.out(), "the report is the same from the cache");
    assertTrue(first.err().contains("copydesk: 3 files, 0 from the cache in " + cache), first.err());
    assertTrue(second.err().contains("copydesk: 3 files, 3 from the cache in " + cache), second.err());

    Files.writeString(cleanFile, "# Weather\n\nMany experts say it rained.\n");
    Run edited = run("--config", config, "--format", "console", "--fail-on", "none", "--cache", cache, content);
    assertTrue(edited.err().contains("copydesk: 3 files, 2 from the cache"), edited.err());
    assertTrue(edited.out().contains(id(cleanFile) + ":3:1: warning house-weasel "), edited.out());

    // Only the files of this run: the others' entries are kept for the next run over all of them.
    Run one = run("--config", config, "--fail-on", "none", "--cache", cache, errorFile);
    assertTrue(one.err().contains("copydesk: 1 file, 1 from the cache"), one.err());
    Run all = run("--config", config, "--fail-on", "none", "--cache", cache, content);
    assertTrue(all.err().contains("copydesk: 3 files, 3 from the cache"), all.err());

    // --prune-cache: this run lists every file to keep; the entry of a deleted one goes.
    Files.delete(cleanFile);
    Run pruned = run("--config", config, "--fail-on", "none", "--cache", cache, "--prune-cache", content);
    assertTrue(pruned.err().contains("copydesk: 2 files, 2 from the cache in " + cache + "; 1 entry of files not listed pruned"),
        pruned.err());
    Files.writeString(cleanFile, "# Weather\n\nMany experts say it rained.\n");
    Run back = run("--config", config, "--fail-on", "none", "--cache", cache, content);
    assertTrue(back.err().contains("copydesk: 3 files, 2 from the cache"), "its entry is gone: " + back.err());
    assertEquals(2, run("--prune-cache", content).status(), "--prune-cache needs --cache");

    Files.writeString(dir.resolve("not-a-folder"), "x");
    Run broken = run("--config", config, "--fail-on", "none", "--cache", dir.resolve("not-a-folder"), content);
    assertEquals(0, broken.status(), broken.err());
    assertTrue(broken.err().contains("is not a folder; linting every file without the cache"), broken.err());
    assertEquals(all.out(), broken.out());
  }

  // --- validation helpers ----------------------------------------------------------------------------

  private static Schema sarifSchema() throws IOException {
    return schema(SpecificationVersion.DRAFT_7, "/schema/sarif-schema-2.1.0.json");
  }

  private static Schema jsonSchema() throws IOException {
    return schema(SpecificationVersion.DRAFT_2020_12, "/dev/copydesk/core/report/copydesk-report.schema.json");
  }

  private static Schema schema(SpecificationVersion version, String resource) throws IOException {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            version, b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = MainTest.class.getResourceAsStream(resource)) {
      return registry.getSchema(in);
    }
  }

  private static void assertValid(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "not valid: " + errors + "\n" + json);
  }

  private static Document xml(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
