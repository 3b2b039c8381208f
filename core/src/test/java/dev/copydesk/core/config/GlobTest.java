package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void doubleStarCrossesDirectoriesAndMatchesNone() {
    Glob g = Glob.compile("news/**/*.md");
    assertTrue(g.matches("news/a.md"));
    assertTrue(g.matches("news/2026/11/a.md"));
    assertFalse(g.matches("opinion/a.md"));
    assertFalse(g.matches("news/a.mdx"));
  }

  @Test
  void singleStarStaysInOneSegment() {
    Glob g = Glob.compile("news/*.md");
    assertTrue(g.matches("news/a.md"));
    assertFalse(g.matches("news/2026/a.md"));
  }

  @Test
  void aGlobWithoutSlashMatchesTheNameAnywhere() {
    Glob g = Glob.compile("*.{md,html}");
    assertTrue(g.matches("a.md"));
    assertTrue(g.matches("deep/down/b.html"));
    assertFalse(g.matches("c.txt"));
  }

  @Test
  void regexCharactersAreLiteral() {
    assertTrue(Glob.compile("a+b (1).md").matches("a+b (1).md"));
    assertFalse(Glob.compile("a+b.md").matches("aab.md"));
  }

  @Test
  void suffixAndNameShortcutsAnswerAsThePatternDoes() {
    List<String> paths = List.of("a.md", "x/a.md", "x/y/ba.md", ".md", "x/.md", "a.mdx", "a.md/", "x/a.md/b", "md", "",
        "xa.md", "x/xa.md", "./a.md", "x\\a.md", "a/b.c.md", "a..md");
    for (String glob : List.of("**/*.md", "*.md", "/**/*.md", "**/a.md", "a.md", "*.{md,html}", "news/*.md", "**/*", "**/", "*.m?", "**/*a.md")) {
      Glob g = Glob.compile(glob);
      for (String p : paths) {
        assertEquals(g.matchesPattern(p), g.matches(p), glob + " on '" + p + "'");
      }
    }
    assertTrue(Glob.compile("*.md").matches("x/y/ba.md"));
    assertFalse(Glob.compile("a.md").matches("x/xa.md"));
    assertTrue(Glob.compile("a.md").matches("x/a.md"));
  }

  @Test
  void unbalancedBracesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Glob.compile("*.{md"));
    assertThrows(IllegalArgumentException.class, () -> Glob.compile("*.md}"));
  }
}
