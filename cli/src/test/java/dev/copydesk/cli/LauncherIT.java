package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code bin/copydesk} as a user would, in a folder holding one article with a known
 * error: a "Leave a Reply" paragraph, which page-chrome flags. Every run gets a class-data cache of its
 * own, never the user's.
 */
class LauncherIT {

  private static final Path LAUNCHER = Path.of(System.getProperty("copydesk.launcher", "target/copydesk/bin/copydesk"));
  private static final String ARTICLE = "news desk/leave a reply.txt";
  /** Strict: standard output must be one JSON document and nothing else. */
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @TempDir Path work;
  private Path cache;

  @BeforeEach
  void writeArticle() throws IOException {
    assertTrue(Files.isExecutable(LAUNCHER), "no executable launcher at " + LAUNCHER.toAbsolutePath() + ": run mvn package first");
    Path article = work.resolve(ARTICLE);
    Files.createDirectories(article.getParent());
    Files.writeString(article, """
        Council approves the new budget

        The council approved the budget on Tuesday after a two-hour debate.

        Leave a Reply

        The vote was seven to two.
        """);
    cache = work.resolve("cache");
  }

  @Test
  void anErrorFailsTheRunAndTheJsonReportOnStandardOutputNamesIt() throws Exception {
    Run run = run(Map.of("COPYDESK_CDS", "off"), LAUNCHER, "--format", "json", "news desk");

    assertEquals(1, run.status, run::describe);
    JsonNode finding = onlyFinding(run);
    assertEquals("page-chrome", finding.path("ruleId").asText(), run::describe);
    assertEquals("error", finding.path("severity").asText(), run::describe);
    assertEquals(5, finding.path("start").path("line").asInt(), run::describe);
    assertEquals("", run.err, "nothing to say on standard error");
  }

  @Test
  void failOnNoneExitsZeroAlsoThroughASymbolicLink() throws Exception {
    Path link = Files.createSymbolicLink(work.resolve("copydesk"), LAUNCHER.toAbsolutePath());
    Run run;
    try {
      run = run(Map.of("COPYDESK_CDS", "off"), link, "--fail-on", "none", "--format", "json", ARTICLE);
    } finally {
      Files.delete(link); // before @TempDir's clean-up, which warns about links that lead out of it
    }

    assertEquals(0, run.status, run::describe);
    assertEquals("page-chrome", onlyFinding(run).path("ruleId").asText(), run::describe);
  }

  @Test
  void aBadOptionExitsTwoWithTheReasonOnStandardErrorAndWritesNoArchive() throws Exception {
    Run run = run(Map.of(), LAUNCHER, "--fail-on", "sometimes", ARTICLE);

    assertEquals(2, run.status, run::describe);
    assertTrue(run.err.startsWith("copydesk: ") && run.err.contains("sometimes"), run::describe);
    assertEquals("", run.out, run::describe);
    assertEquals(List.of(), cacheFiles(), "a run that did not lint keeps no archive");
  }

  @Test
  void theFirstRunWritesTheClassDataArchiveAndTheNextMapsIt() throws Exception {
    Path classLog = work.resolve("classes.log");
    // The defaults, plus a log of where each class came from, written to a file and not to standard output.
    Map<String, String> env = Map.of("COPYDESK_JAVA_OPTS",
        "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:class+load=info:file=" + classLog);

    // With standard input closed, as some schedulers start jobs: the archiving run hands it on to the JVM.
    Run first = run(env, List.of("sh", "-c", "exec \"$0\" \"$@\" <&-", LAUNCHER.toString(), "--format", "json", ARTICLE));
    assertEquals(1, first.status, first::describe);
    assertEquals("page-chrome", onlyFinding(first).path("ruleId").asText(), first::describe);
    List<Path> files = cacheFiles();
    assertEquals(2, files.size(), () -> "an archive, the file naming its installation, no temporary file: " + files);
    Path archive = files.get(0);
    assertTrue(archive.getFileName().toString().matches("[0-9]+\\.jsa"), archive::toString);
    Path installation = files.get(1);
    assertEquals(archive.getFileName().toString().replace(".jsa", ".lib"), installation.getFileName().toString());
    assertEquals(LAUNCHER.toAbsolutePath().getParent().resolveSibling("lib").toRealPath() + "\n", Files.readString(installation));
    assertFalse(Files.readString(classLog).contains("shared objects file (top)"), "nothing mapped from an archive yet");
    FileTime written = Files.getLastModifiedTime(archive);

    Run second = run(env, LAUNCHER, "--format", "json", "--fail-on", "none", ARTICLE);
    assertEquals(0, second.status, second::describe);
    assertEquals("page-chrome", onlyFinding(second).path("ruleId").asText(), second::describe);
    assertEquals(files, cacheFiles());
    assertEquals(written, Files.getLastModifiedTime(archive), "the archive is used, not written again");
    assertTrue(Files.readString(classLog).contains("source: shared objects file (top)"),
        "the second run maps classes from the archive");
  }

  @Test
  void anArchiveThatNoLongerMatchesTheJarsIsIgnoredQuietly() throws Exception {
    // A copy of the installation, whose jars can be changed. (Not in a folder whose name has a space:
    // JDK 17 archives no class from such a class path.)
    Path home = LAUNCHER.toAbsolutePath().getParent().getParent();
    Path copy = work.resolve("copydesk");
    for (String dir : List.of("bin", "lib")) {
      Files.createDirectories(copy.resolve(dir));
      try (Stream<Path> files = Files.list(home.resolve(dir))) {
        for (Path f : files.toList()) {
          Files.copy(f, copy.resolve(dir).resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    Path launcher = copy.resolve("bin/copydesk");
    Run first = run(Map.of(), launcher, "--format", "json", "--fail-on", "none", ARTICLE);
    assertEquals(0, first.status, first::describe);
    Path archive = archive();
    FileTime written = Files.getLastModifiedTime(archive);
    // A jar that is not the one the archive was made from, yet not newer than the archive: the launcher
    // keeps the archive, and the JVM refuses it (it checks every jar's time and size).
    Path core;
    try (Stream<Path> jars = Files.list(copy.resolve("lib"))) {
      core = jars.filter(j -> j.getFileName().toString().startsWith("copydesk-core-")).findFirst().orElseThrow();
    }
    Files.setLastModifiedTime(core, FileTime.fromMillis(written.toMillis() - 3_600_000));

    Run run = run(Map.of(), launcher, "--format", "json", ARTICLE);

    assertEquals(1, run.status, run::describe);
    assertEquals("page-chrome", onlyFinding(run).path("ruleId").asText(), run::describe);
    assertFalse(run.err.contains("archive") || run.err.contains("[warning]"), run::describe);
    assertEquals(written, Files.getLastModifiedTime(archive));
  }

  @Test
  void writingAnArchiveRemovesThoseOfInstallationsThatAreGoneAndKeepsTheEightNewest() throws Exception {
    Path dir = Files.createDirectories(cache.resolve("copydesk"));
    Path installed = Files.createDirectories(work.resolve("installed/lib"));
    Files.writeString(installed.resolve("copydesk-cli.jar"), "");
    long now = System.currentTimeMillis();
    long hour = 3_600_000;
    // Ten archives of an installation that exists, written an hour apart, 100 the oldest.
    for (int i = 0; i < 10; i++) {
      fakeArchive(dir, 100 + i, installed, now - (20 - i) * hour);
    }
    fakeArchive(dir, 200, work.resolve("gone/lib"), now - hour); // its installation was removed
    Files.setLastModifiedTime(Files.writeString(dir.resolve("300.jsa"), "archive"), FileTime.fromMillis(now - hour));
    Files.setLastModifiedTime(Files.writeString(dir.resolve("400.lib"), installed + "\n"), FileTime.fromMillis(now - 48 * hour));
    Files.writeString(dir.resolve("401.lib"), installed + "\n"); // another run's, just before its archive
    Files.writeString(dir.resolve("notes.txt"), "not Copydesk's");

    Run run = run(Map.of(), LAUNCHER, "--format", "json", "--fail-on", "none", ARTICLE);

    assertEquals(0, run.status, run::describe);
    assertEquals("page-chrome", onlyFinding(run).path("ruleId").asText(), run::describe);
    Path written = archive();
    String key = written.getFileName().toString().replace(".jsa", "");
    List<String> expected = new ArrayList<>();
    for (int i = 3; i < 10; i++) { // the seven newest, and the one just written: eight
      expected.add((100 + i) + ".jsa");
      expected.add((100 + i) + ".lib");
    }
    expected.addAll(List.of("401.lib", key + ".jsa", key + ".lib", "notes.txt"));
    expected.sort(null);
    assertEquals(expected, cacheFiles().stream().map(p -> p.getFileName().toString()).toList());
  }

  private static void fakeArchive(Path dir, int key, Path lib, long time) throws IOException {
    Files.writeString(dir.resolve(key + ".lib"), lib + "\n");
    Files.setLastModifiedTime(Files.writeString(dir.resolve(key + ".jsa"), "archive"), FileTime.fromMillis(time));
  }

  @Test
  void standardInputReachesTheJvmWhetherTheRunWritesTheArchiveOrMapsIt() throws Exception {
    String pipe = "printf 'Budget\\n\\nThe council met.\\n\\nLeave a Reply\\n' | exec \"$0\" --format json --fail-on none"
        + " --stdin-name news/budget.txt -";
    for (String which : List.of("writing the archive", "mapping it")) {
      Run run = run(Map.of(), List.of("sh", "-c", pipe, LAUNCHER.toString()));

      assertEquals(0, run.status, which + ": " + run.describe());
      JsonNode file = JSON.readTree(run.out).path("files").get(0);
      assertEquals("news/budget.txt", file.path("path").asText(), which);
      assertEquals("page-chrome", file.path("findings").get(0).path("ruleId").asText(), which);
      assertEquals(5, file.path("findings").get(0).path("start").path("line").asInt(), which);
      assertEquals(1, cacheFiles().stream().filter(p -> p.toString().endsWith(".jsa")).count(), which);
    }
  }

  @Test
  void versionPrintsOneLineAndWritesNoArchive() throws Exception {
    Run run = run(Map.of(), LAUNCHER, "--version");

    assertEquals(0, run.status, run::describe);
    assertTrue(run.out.matches("copydesk [0-9][^\\s]*\n"), run::describe);
    assertEquals("", run.err, run::describe);
    assertEquals(List.of(), cacheFiles());
  }

  @Test
  void aJavaHomeWithoutJavaIsOneLineAndExitTwo() throws Exception {
    Run run = run(Map.of("JAVA_HOME", work.resolve("no-jdk").toString()), LAUNCHER, "--format", "json", ARTICLE);

    assertEquals(2, run.status, run::describe);
    assertEquals("", run.out, run::describe);
    assertEquals(1, run.err.lines().count(), run::describe);
    assertTrue(run.err.startsWith("copydesk: JAVA_HOME"), run::describe);
  }

  @Test
  void theDefaultOptionsAreTheShortRunOnesAndOptionsOfOnesOwnReplaceThem() throws Exception {
    // A Java that prints its arguments, one a line, and nothing else.
    Path jdk = work.resolve("echo-jdk");
    Files.createDirectories(jdk.resolve("bin"));
    Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\nfor a; do echo \"$a\"; done\n");
    assertTrue(java.toFile().setExecutable(true));
    List<String> shortRun = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0");

    List<String> defaults = run(Map.of("JAVA_HOME", jdk.toString()), LAUNCHER, "--version").out.lines().toList();
    assertTrue(defaults.containsAll(shortRun) && defaults.get(defaults.size() - 1).equals("--version"), defaults::toString);
    assertEquals(List.of(), defaults.stream().filter(a -> a.startsWith("-XX:") && !shortRun.contains(a)).toList(),
        "no JVM tuning beyond the short-run options: " + defaults);

    List<String> own = run(Map.of("JAVA_HOME", jdk.toString(), "COPYDESK_JAVA_OPTS", "-Xmx64m -XX:+UseTransparentHugePages"), LAUNCHER, "--version").out.lines().toList();
    assertTrue(own.containsAll(List.of("-Xmx64m", "-XX:+UseTransparentHugePages")), own::toString);
    assertFalse(own.stream().anyMatch(shortRun::contains), "options of one's own replace the defaults: " + own);
  }

  /** The one finding of the one file in the JSON report on standard output, which must parse whole. */
  private static JsonNode onlyFinding(Run run) {
    JsonNode report;
    try {
      report = JSON.readTree(run.out);
    } catch (JsonProcessingException e) {
      return fail("standard output is not one JSON document: " + e.getOriginalMessage() + "\n" + run.describe());
    }
    JsonNode files = report.path("files");
    assertEquals(1, files.size(), run::describe);
    assertEquals(ARTICLE, files.get(0).path("path").asText(), run::describe);
    JsonNode findings = files.get(0).path("findings");
    assertEquals(1, findings.size(), run::describe);
    return findings.get(0);
  }

  /** The one archive in the cache that is not one a test put there: the one a run wrote. */
  private Path archive() throws IOException {
    List<Path> written = cacheFiles().stream()
        .filter(p -> p.getFileName().toString().matches("[0-9]{4,}\\.jsa"))
        .toList();
    assertEquals(1, written.size(), written::toString);
    return written.get(0);
  }

  private List<Path> cacheFiles() throws IOException {
    Path dir = cache.resolve("copydesk");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private Run run(Map<String, String> env, Path launcher, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    return run(env, command);
  }

  private Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    Map<String, String> environment = pb.environment();
    environment.remove("COPYDESK_JAVA_OPTS");
    environment.remove("COPYDESK_CDS");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.putAll(env);
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish in 60 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {
    String describe() {
      return "exit status " + status + "\n--- standard output:\n" + out + "\n--- standard error:\n" + err;
    }
  }
}
