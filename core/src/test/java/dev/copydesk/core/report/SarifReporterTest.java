package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.copydesk.core.baseline.Baseline;
import dev.copydesk.core.engine.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = SarifReporterTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = registry.getSchema(in);
    }
  }

  private static void assertValid(String sarif) {
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors);
  }

  @Test
  void matchesGoldenFile() throws IOException {
    Golden.assertMatches("newsroom.sarif", Golden.render(new SarifReporter(), ReportFixtures.newsroom()));
  }

  @Test
  void isValidSarif210() throws IOException {
    assertValid(Golden.render(new SarifReporter(), ReportFixtures.newsroom()));
  }

  @Test
  void theSchemaCheckCatchesBrokenSarif() throws IOException {
    String broken = Golden.render(new SarifReporter(), ReportFixtures.newsroom()).replace("\"level\": \"note\"", "\"level\": \"fatal\"");
    assertFalse(schema.validate(broken, InputFormat.JSON).isEmpty(), "a level outside the enum must fail validation");
  }

  @Test
  void absolutePathsAreFileUrisAndOthersAreRelativeToTheSourceRoot() throws IOException {
    LintResult r = ReportFixtures.notes();
    List<LintResult> results = List.of(
        withId(r, "C:/docs/windows.md"), withId(r, "d:\\docs\\backslashes.md"), withId(r, "/srv/news/unix.md"),
        withId(r, "notes/C:/drive-inside.md"), withId(r, "CD:/two-letters.md"));
    String sarif = Golden.render(new SarifReporter(), new LintReport("Copydesk", ReportFixtures.VERSION, results, ReportFixtures.rules()));
    assertValid(sarif);
    assertTrue(sarif.contains("\"uri\": \"file:///C:/docs/windows.md\""), sarif);
    assertTrue(sarif.contains("\"uri\": \"file:///d:/docs/backslashes.md\""), sarif);
    assertTrue(sarif.contains("\"uri\": \"file:///srv/news/unix.md\""), sarif);
    assertTrue(sarif.contains("\"uri\": \"notes/C:/drive-inside.md\""), sarif);
    assertTrue(sarif.contains("\"uri\": \"./CD:/two-letters.md\""), "a colon in the first segment would read as a scheme: " + sarif);
  }

  private static LintResult withId(LintResult r, String id) {
    return new LintResult(id, null, r.format(), r.article(), r.findings(), r.suppressed(), r.diagnostics());
  }

  @Test
  void withPrefixSourceRootAndBaselineIsStillValid() throws IOException {
    List<LintResult> results = ReportFixtures.newsroomResults();
    Baseline.Applied applied = Baseline.of(results.subList(0, 1)).apply(results);
    SarifReporter reporter =
        SarifReporter.builder()
            .pathPrefix("sites/news")
            .sourceRoot(URI.create("file:///work/repo/"))
            .ruleDocs(RuleDocs.of("https://docs.example.org/copydesk/{id}.html"))
            .baselined(applied::isAccepted)
            .build();
    String sarif = Golden.render(reporter, new LintReport("Copydesk", ReportFixtures.VERSION, applied.results(), ReportFixtures.rules()));
    assertValid(sarif);
    assertTrue(sarif.contains("\"uri\": \"sites/news/content/news/council-budget.md\""), sarif);
    assertTrue(sarif.contains("\"baselineState\": \"unchanged\""));
    assertTrue(sarif.contains("\"baselineState\": \"new\""));
    assertTrue(sarif.contains("\"kind\": \"external\""));
    assertTrue(sarif.contains("\"helpUri\": \"https://docs.example.org/copydesk/page-chrome.html\""));
  }

  @Test
  void withoutRuleDocsNoLinkIsMadeUp() throws IOException {
    String sarif = Golden.render(new SarifReporter(), new LintReport("Copydesk", ReportFixtures.VERSION, ReportFixtures.newsroomResults(), ReportFixtures.rules()));
    assertValid(sarif);
    assertFalse(sarif.contains("helpUri"), "no documentation site was given");
    assertFalse(sarif.contains("informationUri"));
    assertFalse(sarif.contains("[Documentation]"));
    assertTrue(sarif.contains("\"fullDescription\""), "each rule still carries its description");
  }

  @Test
  void fingerprintsSurviveLinesInsertedAbove() throws IOException {
    List<String> before = fingerprints(ReportFixtures.budget(""));
    List<String> after = fingerprints(ReportFixtures.budget("A new first paragraph.\n\nAnd a second one, longer.\n\n"));
    assertEquals(before, after);
    assertEquals(6, before.size());
    assertEquals(6, before.stream().distinct().count(), "each finding has its own fingerprint");
  }

  @Test
  void regionsFollowTheShift() throws IOException {
    String a = Golden.render(new SarifReporter(), report(ReportFixtures.budget("")));
    String b = Golden.render(new SarifReporter(), report(ReportFixtures.budget("One more line.\n\n")));
    assertNotEquals(values(a, "startLine"), values(b, "startLine"));
  }

  @Test
  void encodesPathsAsRelativeUris() {
    assertEquals("content/news/a%20b.md", SarifReporter.relativeUri("content/news/a b.md"));
    assertEquals("content/%3Cscript%3E%23%3F%25.md", SarifReporter.relativeUri("content/<script>#?%.md"));
    assertEquals("content/caf%C3%A9.md", SarifReporter.relativeUri("content/café.md"));
    assertEquals("./a:b.md", SarifReporter.relativeUri("a:b.md"));
  }

  @Test
  void rejectsPrefixesOutsideTheRepository() {
    assertThrows(IllegalArgumentException.class, () -> SarifReporter.builder().pathPrefix("../elsewhere"));
    assertThrows(IllegalArgumentException.class, () -> SarifReporter.builder().pathPrefix("/abs"));
    assertThrows(IllegalArgumentException.class, () -> RuleDocs.of("no-scheme/{id}"));
    assertThrows(IllegalArgumentException.class, () -> RuleDocs.of("https://example.org/rules"));
  }

  @Test
  void hostileTextStaysInsideJsonStrings() throws IOException {
    String sarif = Golden.render(new SarifReporter(), ReportFixtures.newsroom());
    assertFalse(sarif.contains("<script>"), "angle brackets are escaped as \\u003c");
    assertFalse(sarif.contains("\u0001"));
  }

  private static LintReport report(LintResult r) {
    return new LintReport("Copydesk", ReportFixtures.VERSION, List.of(r), ReportFixtures.rules());
  }

  private static List<String> fingerprints(LintResult r) throws IOException {
    return values(Golden.render(new SarifReporter(), report(r)), SarifReporter.FINGERPRINT_KEY);
  }

  private static List<String> values(String json, String key) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\": \"?([^\",\\n]*)").matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
