package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

  @TempDir Path base;

  private void touch(String... paths) throws IOException {
    for (String p : paths) {
      Path f = base.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, "x");
    }
  }

  @Test
  void defaultsToTheConventionalDirectoriesThatExist() throws IOException {
    touch("docs/a.md", "src/site/markdown/b.md", "other/c.md");
    assertEquals(List.of(base.resolve("src/site/markdown"), base.resolve("docs")), SourceScanner.directories(base, List.of()));
    assertEquals(List.of(base.resolve("other")), SourceScanner.directories(base, List.of(Path.of("other"), Path.of("missing"))));
  }

  @Test
  void selectsMarkdownHtmlAndTextByDefaultSortedAndDeduplicated() throws IOException {
    touch("content/b.md", "content/a/z.html", "content/a/y.txt", "content/img.png", "content/data.json", "content/c.MARKDOWN");
    SourceScanner s = new SourceScanner(List.of(), List.of());
    Path content = base.resolve("content");
    List<Path> files = s.scan(List.of(content, content), w -> {});
    assertEquals(List.of(content.resolve("a/y.txt"), content.resolve("a/z.html"), content.resolve("b.md")), files);
  }

  @Test
  void leavesOutVersionControlFoldersAndInstalledPackages() throws IOException {
    touch("content/a.md", "content/.git/b.md", "content/node_modules/pkg/README.md", "content/docs/node_modules/x/c.md",
        "content/.svn/d.txt", "content/.github/e.md");
    Path content = base.resolve("content");
    List<Path> files = new SourceScanner(List.of(), List.of()).scan(List.of(content), w -> {});
    assertEquals(List.of(content.resolve(".github/e.md"), content.resolve("a.md")), files);
    Path packages = content.resolve("node_modules");
    assertEquals(List.of(packages.resolve("pkg/README.md")), new SourceScanner(List.of(), List.of()).scan(List.of(packages), w -> {}),
        "a source directory asked for by name is searched");
  }

  @Test
  void appliesIncludesAndExcludesRelativeToTheSourceDirectory() throws IOException {
    touch("content/news/a.md", "content/drafts/b.md", "content/news/c.txt");
    SourceScanner s = new SourceScanner(List.of("news/**", "**/*.md"), List.of("drafts/**", "*.txt"));
    List<Path> files = s.scan(List.of(base.resolve("content")), w -> {});
    assertEquals(List.of(base.resolve("content/news/a.md")), files);
    assertTrue(s.selected(Path.of("news/deep/x.md")));
    assertFalse(s.selected(Path.of("drafts/x.md")));
  }

  @Test
  void reportsBadPatternsClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SourceScanner(List.of("{a,b"), List.of()));
    assertTrue(e.getMessage().startsWith("invalid include pattern '{a,b'"), e.getMessage());
  }

  @Test
  void aMissingDirectoryIsAWarningNotAFailure() {
    List<String> warnings = new ArrayList<>();
    List<Path> files = new SourceScanner(List.of(), List.of()).scan(List.of(base.resolve("gone")), warnings::add);
    assertEquals(List.of(), files);
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("gone"), warnings.get(0));
  }
}
