package dev.copydesk.core.parse;

import static dev.copydesk.core.parse.Parsed.parse;
import static dev.copydesk.core.parse.Parsed.sentenceSources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Suppressions;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.model.Metadata;
import dev.copydesk.core.model.Position;
import dev.copydesk.core.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterTest {

  @Test
  void yamlFieldsFillTheMetadata() {
    String src =
        "---\n"
            + "title: \"Budget: what changes\"\n"
            + "authors:\n  - A. Smith\n  - name: B. Jones\n"
            + "date: 2024-03-01T09:30:00+01:00\n"
            + "permalink: /news/budget/\n"
            + "lang: en-GB\n"
            + "description: The council's budget.\n"
            + "tags: [budget, council]\n"
            + "categories: news\n"
            + "draft: false\n"
            + "weight: 3\n"
            + "copydesk: {disable: [vague-date, page-chrome]}\n"
            + "---\n"
            + "Body text.\n";
    ParsedArticle p = parse(Format.MARKDOWN, src);
    assertEquals(List.of(), p.diagnostics());
    Metadata m = p.article().metadata();
    assertEquals("Budget: what changes", m.title().orElseThrow());
    assertEquals(List.of("A. Smith", "B. Jones"), m.authors());
    assertEquals("2024-03-01T09:30:00+01:00", m.published().orElseThrow());
    assertEquals(LocalDate.of(2024, 3, 1), m.publishedDate().orElseThrow());
    assertEquals("/news/budget/", m.url().orElseThrow());
    assertEquals("en-GB", m.language().orElseThrow());
    assertEquals("The council's budget.", m.description().orElseThrow());
    assertEquals(List.of("budget", "council", "news"), m.tags());
    assertEquals(false, m.fields().get("draft"));
    assertEquals(3L, m.fields().get("weight"));
    assertEquals(Map.of("disable", List.of("vague-date", "page-chrome")), m.fields().get("copydesk"));
    Suppressions s = Suppressions.of(p.article());
    assertTrue(s.suppresses("vague-date", new Span(60, 61)), "front matter copydesk.disable reaches suppressions");
    assertEquals(List.of("Body text."), sentenceSources(p.article()));
  }

  @Test
  void yamlFieldsAreImmutable() {
    Metadata m = parse(Format.MARKDOWN, "---\ntags: [a]\nx: {y: 1}\n---\n").article().metadata();
    @SuppressWarnings("unchecked")
    List<Object> tags = (List<Object>) m.fields().get("tags");
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> tags.add("b"));
    org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> m.fields().put("z", 1));
  }

  @Test
  void tomlFrontMatter() {
    String src =
        "+++\n"
            + "title = \"Hugo post\"\n"
            + "date = 2024-03-01\n"
            + "author = \"C. Lee\"\n"
            + "tags = [\"a\", \"b\"]\n"
            + "\n[copydesk]\ndisable = [\"vague-date\"]\n"
            + "+++\n"
            + "Body.\n";
    ParsedArticle p = parse(Format.MARKDOWN, src);
    assertEquals(List.of(), p.diagnostics());
    Article a = p.article();
    assertEquals("Hugo post", a.metadata().title().orElseThrow());
    assertEquals(LocalDate.of(2024, 3, 1), a.metadata().publishedDate().orElseThrow());
    assertEquals(List.of("C. Lee"), a.metadata().authors());
    assertEquals(List.of("a", "b"), a.metadata().tags());
    assertEquals(Map.of("disable", List.of("vague-date")), a.metadata().fields().get("copydesk"));
    assertEquals(src.indexOf("+++\nBody") + 3, a.frontMatter().orElseThrow().end());
    assertEquals(List.of("Body."), sentenceSources(a));
  }

  @Test
  void malformedYamlIsAWarningAtTheFilePositionAndTheBodyIsStillRead() {
    String src = "---\ntitle: ok\ntags: [a, b\nauthor: x\n---\nThe body is linted.\n";
    ParsedArticle p = parse(Format.MARKDOWN, src);
    assertEquals(1, p.diagnostics().size(), p.diagnostics().toString());
    Diagnostic d = p.diagnostics().get(0);
    assertEquals(Diagnostic.Level.WARNING, d.level());
    assertEquals("parse.front-matter", d.code());
    assertTrue(d.message().startsWith("front matter is not valid YAML"), d.message());
    assertTrue(d.position().line() >= 3 && d.position().line() <= 5, "in the front matter: " + d.position());
    assertEquals(List.of("The body is linted."), sentenceSources(p.article()));
    assertTrue(p.article().frontMatter().isPresent());
  }

  @Test
  void yamlErrorPositionIsMappedToTheFile() {
    // The tab at line 3 (file line) column 1 is not allowed as YAML indentation.
    String src = "---\na: 1\n\tb: 2\n---\nBody.\n";
    Diagnostic d = parse(Format.MARKDOWN, src).diagnostics().get(0);
    assertEquals(new Position(3, 1), d.position(), d.toString());
  }

  @Test
  void malformedTomlIsAWarningWithItsLine() {
    String src = "+++\ntitle = \"x\"\ndate = = 3\n+++\nBody.\n";
    ParsedArticle p = parse(Format.MARKDOWN, src);
    Diagnostic d = p.diagnostics().get(0);
    assertEquals("parse.front-matter", d.code());
    assertEquals(3, d.position().line(), d.toString());
    assertEquals(List.of("Body."), sentenceSources(p.article()));
  }

  @Test
  void frontMatterThatIsNotAMappingIsAWarning() {
    ParsedArticle p = parse(Format.MARKDOWN, "---\n- a\n- b\n---\nBody.\n");
    assertEquals("parse.front-matter", p.diagnostics().get(0).code());
    assertEquals(List.of("Body."), sentenceSources(p.article()));
  }

  @Test
  void unclosedFrontMatterIsAWarningAndTheFileIsMarkdown() {
    ParsedArticle p = parse(Format.MARKDOWN, "---\ntitle: x\n\nBody here.\n");
    assertEquals(new Position(1, 1), p.diagnostics().get(0).position());
    assertTrue(p.article().frontMatter().isEmpty());
  }

  @Test
  void emptyFrontMatterAndYamlDocumentEnd() {
    Article a = parse(Format.MARKDOWN, "---\n---\nBody.\n").article();
    assertEquals(new Span(0, 7), a.frontMatter().orElseThrow());
    Article b = parse(Format.MARKDOWN, "---\ntitle: T\n...\nBody.\n").article();
    assertEquals("T", b.metadata().title().orElseThrow());
  }

  @Test
  void aThematicBreakLaterInTheFileIsNotFrontMatter() {
    Article a = parse(Format.MARKDOWN, "Intro.\n\n---\n\nMore.\n").article();
    assertTrue(a.frontMatter().isEmpty());
    assertEquals(List.of("Intro.", "More."), sentenceSources(a));
  }

  @Test
  void yamlAliasBombIsRefused() {
    StringBuilder y = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        y.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    y.append("---\nBody.\n");
    ParsedArticle p = parse(Format.MARKDOWN, y.toString());
    assertEquals("parse.front-matter", p.diagnostics().get(0).code());
    assertEquals(List.of("Body."), sentenceSources(p.article()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-03-01|2024-03-01",
        "2024-03-01T10:00:00Z|2024-03-01",
        "2024-03-01 10:00:00 +01:00|2024-03-01",
        "2024/03/01|2024-03-01",
        "20240301|2024-03-01",
        "Fri, 1 Mar 2024 10:00:00 GMT|2024-03-01",
        "March 1, 2024|2024-03-01",
        "Mar 1, 2024|2024-03-01",
        "1 March 2024|2024-03-01",
        "2024-02-30|",
        "last Tuesday|",
        "2024-03-01garbage|",
      })
  void publicationDates(String raw, String expected) {
    LocalDate d = MetadataValues.date(raw);
    assertEquals(expected == null ? null : LocalDate.parse(expected), d, raw);
  }
}
