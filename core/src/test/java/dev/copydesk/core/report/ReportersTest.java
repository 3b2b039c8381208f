package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void formatsAreReadFromRepeatedAndCommaSeparatedSpecs() {
    assertEquals(List.of("json", "sarif", "html", "console"), Reporters.parseFormats(List.of("JSON, sarif", "html", " ,json", "console")));
    assertEquals(List.of(), Reporters.parseFormats(List.of(" ", "")));
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Reporters.parseFormats(List.of("json,xml")));
    assertEquals("unknown report format 'xml' (expected console, json, sarif, checkstyle, junit, html, github)", e.getMessage());
  }

  @Test
  void everyFormatHasAReporterWithItsId() {
    for (String id : Reporters.FORMATS) {
      assertEquals(id, Reporters.forFormat(id.toUpperCase(java.util.Locale.ROOT)).orElseThrow().format());
    }
    assertTrue(Reporters.forFormat("xml").isEmpty());
  }

  @Test
  void onlySarifAndHtmlReadArticles() {
    for (String id : Reporters.FORMATS) {
      assertEquals(id.equals("sarif") || id.equals("html"), Reporters.forFormat(id).orElseThrow().readsArticles(), id);
    }
  }

  @Test
  void settingsReachTheReportersTheyConcern() throws IOException {
    LintReport report = ReportFixtures.newsroom();
    Path base = Path.of("newsroom").toAbsolutePath();
    ReportSettings settings = ReportSettings.builder()
        .baseDirectory(base)
        .pathPrefix("sites/news")
        .project("The Riverside Courier")
        .baselined(f -> true)
        .build();
    String sarif = Golden.render(Reporters.forFormat("sarif", settings).orElseThrow(), report);
    assertTrue(sarif.contains("\"uri\": \"sites/news/"), "path prefix");
    assertTrue(sarif.contains("\"baselineState\": \"unchanged\""), "baselined findings");
    String checkstyle = Golden.render(Reporters.forFormat("checkstyle", settings).orElseThrow(), report);
    assertTrue(checkstyle.contains("name=\"" + base), "absolute file names");
    String html = Golden.render(Reporters.forFormat("html", settings).orElseThrow(), report);
    assertTrue(html.contains("The Riverside Courier"), "page title");
    String defaults = Golden.render(Reporters.forFormat("sarif").orElseThrow(), report);
    assertFalse(defaults.contains("baselineState"), "no baseline by default");
  }

  @Test
  void aBadPathPrefixIsRejectedWhenSet() {
    assertThrows(IllegalArgumentException.class, () -> ReportSettings.builder().pathPrefix("../elsewhere"));
  }
}
