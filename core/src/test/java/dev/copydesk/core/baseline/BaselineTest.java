package dev.copydesk.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.CopydeskConfig;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.engine.Linter;
import dev.copydesk.core.report.Fingerprints;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.Format;
import dev.copydesk.core.rule.BlockRule;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import dev.copydesk.core.rule.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

  /** Flags "TK" and "lorem ipsum" wherever they appear. */
  @RuleInfo(id = "placeholder", summary = "A placeholder", severity = Severity.ERROR, category = Category.ARTIFACT)
  static final class PlaceholderRule implements BlockRule {
    @Override
    public void check(Block block, RuleContext context) {
      for (String word : List.of("TK", "lorem ipsum")) {
        for (int i = block.text().indexOf(word); i >= 0; i = block.text().indexOf(word, i + 1)) {
          context.report(block, i, i + word.length(), "Placeholder left in.");
        }
      }
    }
  }

  private static final Linter LINTER =
      Linter.builder()
          .rules(List.of(new PlaceholderRule()))
          .config(CopydeskConfig.builder().rule(RuleSetting.enabled("placeholder", true)).build())
          .threads(1)
          .build();

  private static final String ARTICLE =
      "# Port strike ends\n\nDockers returned to work on Monday after a four-day strike.\n\n"
          + "The union said talks would resume TK, and the port authority declined to comment.\n\n"
          + "Ships queued outside the harbour for three days.\n";

  private static LintResult lint(String source, String id) {
    return LINTER.lint(source, Format.MARKDOWN, id);
  }

  private static List<String> fingerprints(String source) {
    LintResult r = lint(source, "news/strike.md");
    return r.findings().stream().map(f -> Fingerprints.of(r, f)).toList();
  }

  @Test
  void survivesLinesInsertedAbove() {
    String shifted = ARTICLE.replace("# Port strike ends\n\n", "# Port strike ends\n\nUpdated at 18:00.\n\nA new paragraph\nover two lines.\n\n");
    assertEquals(fingerprints(ARTICLE), fingerprints(shifted));
  }

  @Test
  void survivesEditsToOtherParagraphs() {
    String edited = ARTICLE.replace("a four-day strike", "a strike of four days").replace("three days", "72 hours");
    assertEquals(fingerprints(ARTICLE), fingerprints(edited));
  }

  @Test
  void survivesCaseAndWhiteSpaceChangesInTheFlaggedText() {
    String a = "Talks resume lorem ipsum, the union said.\n";
    String b = "Talks resume lorem  ipsum, the union said.\n";
    assertEquals(fingerprints(a), fingerprints(b.replace("lorem  ipsum", "lorem ipsum")));
    assertEquals(Fingerprints.normalizeText("Lorem\u00A0 IPSUM \u201Cx\u201D\u2014y"), "lorem ipsum \"x\"-y");
  }

  @Test
  void changesWhenTheFlaggedTextItsNeighboursTheFileOrTheRuleChange() {
    List<String> base = fingerprints(ARTICLE);
    assertNotEquals(base, fingerprints(ARTICLE.replace("talks would resume TK", "talks would restart TK")), "context words");
    LintResult other = lint(ARTICLE, "news/other.md");
    assertNotEquals(base.get(0), Fingerprints.of(other, other.findings().get(0)), "file");
  }

  @Test
  void numbersRepeatedFingerprintsInSourceOrder() {
    LintResult r = lint("TK\n\nTK\n", "a.md");
    List<String> fps = Fingerprints.ofResult(r);
    assertEquals(2, fps.size());
    assertTrue(fps.get(0).endsWith(":1"));
    assertTrue(fps.get(1).endsWith(":2"));
    assertEquals(fps.get(0).substring(0, 32), fps.get(1).substring(0, 32));
  }

  @Test
  void acceptsOldFindingsAndReportsNewOnesAndGoneEntries() {
    LintResult old = lint(ARTICLE + "\nlorem ipsum\n", "news/strike.md");
    assertEquals(2, old.findings().size());
    Baseline baseline = Baseline.of(List.of(old));
    String now = "# Port strike ends\n\nUpdated.\n\n" + ARTICLE.substring(ARTICLE.indexOf("Dockers")) + "\nTK again\n";
    Baseline.Applied applied = baseline.apply(List.of(lint(now, "news/strike.md")));
    LintResult r = applied.results().get(0);
    assertEquals(1, applied.newFindings());
    assertEquals(1, r.findings().size());
    int line = now.substring(0, now.indexOf("TK again")).split("\n", -1).length;
    assertEquals(line, r.findings().get(0).start().line(), "the new TK is the one left");
    assertEquals(1, applied.acceptedCount());
    assertEquals(1, r.suppressed().size(), "accepted findings are kept with the suppressed ones");
    assertEquals(1, applied.gone().size(), "the lorem ipsum entry has gone");
    assertEquals("lorem ipsum", applied.gone().get(0).text());
  }

  @Test
  void anEntryAcceptsOneFindingOnly() {
    Baseline baseline = Baseline.of(List.of(lint("TK\n", "a.md")));
    Baseline.Applied applied = baseline.apply(List.of(lint("TK\n\nTK\n", "a.md")));
    assertEquals(1, applied.newFindings());
    assertEquals(1, applied.acceptedCount());
  }

  @Test
  void roundTripsThroughItsFileFormat() throws IOException {
    LintResult r = lint(ARTICLE, "news/tab\there\\and\nnewline.md");
    Baseline baseline = Baseline.of(List.of(r));
    StringWriter out = new StringWriter();
    baseline.write(out);
    String text = out.toString();
    assertTrue(text.startsWith(Baseline.HEADER + "\n"));
    assertTrue(text.contains("\tplaceholder\tnews/tab\\there\\\\and\\nnewline.md\tTK\n"), text);
    Baseline read = Baseline.read(new StringReader(text), "copydesk-baseline.tsv");
    assertEquals(baseline.entries(), read.entries());
    assertEquals(0, read.apply(List.of(r)).newFindings());
  }

  @Test
  void rejectsFilesThatAreNotBaselines() {
    BaselineException e = assertThrows(BaselineException.class, () -> Baseline.read(new StringReader("hello\n"), "b.tsv"));
    assertTrue(e.getMessage().startsWith("b.tsv:1: not a Copydesk baseline"), e.getMessage());
    e = assertThrows(BaselineException.class,
        () -> Baseline.read(new StringReader(Baseline.HEADER + "\n# c\nnot-a-fingerprint\tx\n"), "b.tsv"));
    assertTrue(e.getMessage().startsWith("b.tsv:3: expected a fingerprint"), e.getMessage());
    assertThrows(BaselineException.class, () -> Baseline.read(new StringReader(""), "b.tsv"));
  }
}
