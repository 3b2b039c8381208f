package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import dev.copydesk.core.engine.LintResult;
import dev.copydesk.core.model.Format;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class XmlReportersTest {

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  @Test
  void checkstyleMatchesGoldenFile() throws IOException {
    Golden.assertMatches("newsroom.checkstyle.xml", Golden.render(new CheckstyleReporter(), ReportFixtures.newsroom()));
  }

  @Test
  void junitMatchesGoldenFile() throws IOException {
    Golden.assertMatches("newsroom.junit.xml", Golden.render(new JunitReporter(), ReportFixtures.newsroom()));
  }

  @Test
  void checkstyleIsWellFormedAndCarriesEveryFinding() throws Exception {
    Document doc = parse(Golden.render(new CheckstyleReporter(), ReportFixtures.newsroom()));
    assertEquals("checkstyle", doc.getDocumentElement().getTagName());
    NodeList files = doc.getElementsByTagName("file");
    assertEquals(6, files.getLength(), "every file, clean ones too");
    NodeList errors = doc.getElementsByTagName("error");
    assertEquals(6 + 3 + 2 + 1 + 1, errors.getLength(), "findings plus one entry per file diagnostic");
    Element hostile = (Element) files.item(1);
    assertEquals("content/news/<script>alert('x')</script> & \"q\".md", hostile.getAttribute("name"));
    Element first = (Element) hostile.getElementsByTagName("error").item(0);
    assertEquals("Markup <script> in a heading & \"quotes\" ]]>  should never run.", first.getAttribute("message"),
        "escaped text reads back as written, minus the control character XML cannot hold");
    assertEquals("copydesk.artifact.placeholder", first.getAttribute("source"));
  }

  @Test
  void checkstyleWritesAbsolutePathsWhenGivenABaseDirectory() throws Exception {
    Path base = Path.of("/work/site");
    Document doc = parse(Golden.render(new CheckstyleReporter(base), ReportFixtures.newsroom()));
    Element file = (Element) doc.getElementsByTagName("file").item(0);
    assertEquals(base.resolve("content/news/council-budget.md").toString(), file.getAttribute("name"));
  }

  @Test
  void checkstyleKeepsANameInAngleBracketsAsItIs() throws Exception {
    Path base = Path.of("/work/site");
    LintResult clean = ReportFixtures.clean();
    List<LintResult> results = List.of(
        new LintResult("<stdin>", null, Format.TEXT, clean.article(), List.of(), List.of(), List.of()),
        new LintResult("news/<draft>", null, Format.TEXT, clean.article(), List.of(), List.of(), List.of()));
    LintReport report = new LintReport("Copydesk", ReportFixtures.VERSION, results, ReportFixtures.rules());
    NodeList files = parse(Golden.render(new CheckstyleReporter(base), report)).getElementsByTagName("file");
    assertEquals("<stdin>", ((Element) files.item(0)).getAttribute("name"), "standard input names no file");
    assertEquals(base.resolve("news/<draft>").toString(), ((Element) files.item(1)).getAttribute("name"),
        "a path that merely holds brackets is still a path");
  }

  @Test
  void junitIsWellFormedWithATestCasePerFileAndAFailurePerFinding() throws Exception {
    Document doc = parse(Golden.render(new JunitReporter(), ReportFixtures.newsroom()));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertEquals("6", suite.getAttribute("tests"));
    assertEquals("3", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("errors"));
    assertEquals(6, doc.getElementsByTagName("testcase").getLength());
    assertEquals(11, doc.getElementsByTagName("failure").getLength());
    assertEquals(1, doc.getElementsByTagName("error").getLength());
    Element budget = (Element) doc.getElementsByTagName("testcase").item(0);
    assertEquals("content/news/council-budget.md", budget.getAttribute("name"));
    assertEquals("content.news", budget.getAttribute("classname"));
    Element failure = (Element) budget.getElementsByTagName("failure").item(0);
    assertEquals("byline-format", failure.getAttribute("type"));
    assertTrue(failure.getTextContent().startsWith("content/news/council-budget.md:[3,9] info byline-format: "));
  }

  @Test
  void junitClassNamesAreDottedFolders() {
    assertEquals("copydesk", JunitReporter.className("a.md"));
    assertEquals("content.news", JunitReporter.className("content/news/a.md"));
    assertEquals("content.2026_03", JunitReporter.className("content/2026.03/a.md"));
  }

  @Test
  void xmlEscapingDropsWhatXmlCannotHold() {
    assertEquals("a&amp;b&lt;c&gt;d\"e'", Xml.text("a&b<c>d\"e'"));
    assertEquals("&quot;&apos;&#9;&#10;&#13;", Xml.attr("\"'\t\n\r"));
    assertEquals("]]&gt;", Xml.text("]]>"));
    assertEquals("ab", Xml.text("a\u0000\u0001\uFFFEb"));
    assertEquals("x", Xml.text("x\uD800"), "a lone surrogate is dropped");
    assertEquals("\uD83D\uDCF0", Xml.text("\uD83D\uDCF0"), "a surrogate pair is kept");
    String plain = "plain text";
    assertTrue(Xml.text(plain) == plain, "nothing to escape, nothing copied");
    assertFalse(Xml.attr("a\nb").contains("\n"));
  }
}
