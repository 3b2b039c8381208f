package dev.copydesk.rules.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads share one linter with grammar and spelling on: each gets the findings a single thread
 * gets, and the pool creates no more checkers than threads used at once.
 */
class ConcurrencyTest {

  @TempDir Path project;

  @Test
  void parallelRunsFindWhatASerialRunFindsWithAtMostOneCheckerPerThread() throws IOException {
    String[] sentences = {
      "The mayor said he go to Brussels.",
      "The council approved a apple orchard.",
      "The budjet was on the the table.",
      "Officials met on Monday and agreed the plan.",
      "Critics said the *councl* had acted too quickly.",
    };
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      StringBuilder sb = new StringBuilder("# Story ").append(i).append("\n\n");
      for (int k = 0; k < 4; k++) {
        sb.append(sentences[(i + k) % sentences.length]).append(' ');
      }
      Path f = project.resolve("story-" + i + ".md");
      Files.writeString(f, sb.append('\n').toString());
      files.add(f);
    }
    // An option no other test uses gives this run its own pool, so its checkers can be counted.
    CopydeskConfig config =
        ConfigLoader.parse(
            "rules:\n  grammar:\n    enabled: true\n    options: {disable-rules: [CONCURRENCY_TEST_ONLY]}\n  spelling:\n    enabled: true\n    options: {accept: [concurrencytestonly]}\n",
            ".copydesk.yml");
    List<List<String>> serial = summaries(Linter.builder().config(config).baseDirectory(project).threads(1).build().lintAll(files));
    int before = LanguageToolPool.checkersCreated();
    Linter parallel = Linter.builder().config(config).baseDirectory(project).threads(3).build();
    for (int round = 0; round < 2; round++) {
      assertEquals(serial, summaries(parallel.lintAll(files)));
    }
    int created = LanguageToolPool.checkersCreated() - before;
    // Two pools (grammar, spelling), each with no more checkers than the three threads.
    assertTrue(created <= 6, "created " + created + " checkers for 3 threads");
    assertTrue(serial.stream().allMatch(s -> s.stream().anyMatch(f -> f.startsWith("grammar"))), serial.toString());
  }

  private static List<List<String>> summaries(List<LintResult> results) {
    return results.stream()
        .map(r -> r.findings().stream().map(f -> f.ruleId() + " " + f.span() + " " + f.message()).toList())
        .toList();
  }

}
