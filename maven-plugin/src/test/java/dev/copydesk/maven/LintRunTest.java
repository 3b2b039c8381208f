package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintRunTest {

  @TempDir Path root;

  private LintSettings settings(Path base, Path config, String encoding) {
    return new LintSettings(base, root, root, List.of(), List.of(), List.of(), encoding, config, 1, 0, null, "test", false, null);
  }

  @Test
  void findsTheNearestConfigurationUpToTheTopLevelProject() throws Exception {
    Path module = Files.createDirectories(root.resolve("site/module"));
    assertNull(LintRun.configFile(settings(module, null, null)));
    Files.writeString(root.resolve(".copydesk.yml"), "rules: {}\n");
    assertEquals(root.resolve(".copydesk.yml"), LintRun.configFile(settings(module, null, null)));
    Files.writeString(root.resolve("site/.copydesk.yml"), "rules: {}\n");
    assertEquals(root.resolve("site/.copydesk.yml"), LintRun.configFile(settings(module, null, null)));
  }

  @Test
  void aConfiguredFileMustExist() {
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> LintRun.configFile(settings(root, Path.of("conf/copydesk.yml"), null)));
    assertTrue(e.getMessage().contains("conf/copydesk.yml does not exist"), e.getMessage());
  }

  @Test
  void badConfigurationAndEncodingAreExecutionErrors() throws IOException {
    Files.writeString(root.resolve(".copydesk.yml"), "rules:\n  no-such-rule: error\n");
    MojoExecutionException e = assertThrows(MojoExecutionException.class,
        () -> LintRun.execute(settings(root, null, null), new SystemStreamLog()));
    assertTrue(e.getMessage().startsWith("Copydesk configuration is invalid: "), e.getMessage());
    assertTrue(e.getMessage().contains(".copydesk.yml:2:3: unknown rule id 'no-such-rule'"), e.getMessage());
    Files.delete(root.resolve(".copydesk.yml"));
    e = assertThrows(MojoExecutionException.class, () -> LintRun.execute(settings(root, null, "UTF-9"), new SystemStreamLog()));
    assertTrue(e.getMessage().contains("unknown encoding 'UTF-9'"), e.getMessage());
  }

  @Test
  void lintsWhatItFinds() throws Exception {
    Files.createDirectories(root.resolve("content"));
    Files.writeString(root.resolve("content/a.md"), "# Title\n\nThe council met on 3 March.\n\nLeave a Reply\n");
    LintRun run = LintRun.execute(settings(root, null, "ISO-8859-1"), new SystemStreamLog());
    assertEquals(List.of(root.resolve("content")), run.directories());
    assertEquals(1, run.results().size());
    assertEquals("content/a.md", run.results().get(0).id());
    assertTrue(run.results().get(0).findings().stream().anyMatch(f -> f.ruleId().equals("page-chrome")));
  }

  @Test
  void aSourceFolderWithNothingToLintIsAWarningThatSaysWhatItHolds() throws Exception {
    Path pages = Files.createDirectories(root.resolve("content/pages"));
    Files.write(pages.resolve("front.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    List<String> warnings = new java.util.ArrayList<>();
    SystemStreamLog log = new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }
    };
    LintRun run = LintRun.execute(settings(root, null, null), log);
    assertEquals(List.of(), run.results());
    assertEquals(List.of("Copydesk: nothing to lint in content: its 1 file is not an article by name (1 .pdf); articles are named .md,"
        + " .markdown, .mdown, .mkd, .mdx, .html, .htm, .xhtml, .txt, .text, gzip-compressed or not (.html.gz)"), warnings);
    Files.writeString(pages.resolve("story.md"), "# Story\n\nThe council met on 3 March.\n");
    warnings.clear();
    assertEquals(1, LintRun.execute(settings(root, null, null), log).results().size());
    assertEquals(List.of(), warnings, "a folder with an article says nothing more");
  }

  @Test
  void theBuildDirectoryInsideASourceDirectoryIsNotSearched() throws Exception {
    Files.writeString(root.resolve("story.md"), "# Story\n\nThe council met on 3 March.\n\nLeave a Reply\n");
    // What a build leaves: the plugin's reports, a site, the cache; and an article in a folder named
    // like the build directory elsewhere.
    Files.createDirectories(root.resolve("target/copydesk"));
    Files.writeString(root.resolve("target/copydesk/copydesk.html"), "<html><body><p>Leave a Reply</p></body></html>");
    Files.writeString(root.resolve("target/copydesk/copydesk.txt"), "story.md:5:1: error page-chrome \"Leave a Reply\"\n");
    Files.createDirectories(root.resolve("news/target"));
    Files.writeString(root.resolve("news/target/aim.md"), "# Aim\n\nThe council met on 3 March.\n");
    LintSettings s = settings(root, null, null);
    LintSettings atRoot = new LintSettings(root, root, root, List.of(root), List.of(), List.of(), null, null, 1, 0,
        Path.of("target/copydesk/cache"), "test", false, root.resolve("target"));

    LintRun run = LintRun.execute(atRoot, new SystemStreamLog());

    assertEquals(List.of("news/target/aim.md", "story.md"), run.results().stream().map(r -> r.id()).toList());
    // Asked for by name, the build directory is searched like any source directory.
    LintSettings inTarget = new LintSettings(root, root, root, List.of(root.resolve("target/copydesk")), List.of(), List.of(),
        null, null, 1, 0, null, "test", false, root.resolve("target"));
    assertEquals(2, LintRun.execute(inTarget, new SystemStreamLog()).results().size());
    assertEquals(null, s.buildDirectory());
    // A source directory whose only articles are in the build directory says why nothing was linted.
    Path site = Files.createDirectories(root.resolve("site"));
    Files.createDirectories(site.resolve("target"));
    Files.writeString(site.resolve("target/page.html"), "<p>Old build.</p>");
    List<String> warnings = new java.util.ArrayList<>();
    SystemStreamLog log = new SystemStreamLog() {
      @Override
      public void warn(CharSequence content) {
        warnings.add(content.toString());
      }
    };
    LintRun.execute(new LintSettings(site, root, root, List.of(site), List.of(), List.of(), null, null, 1, 0, null, "test", false,
        site.resolve("target")), log);
    assertEquals(List.of("Copydesk: nothing to lint in .: it holds no files outside target, which are not searched (name such a folder"
        + " to lint it)"), warnings);
  }
}
