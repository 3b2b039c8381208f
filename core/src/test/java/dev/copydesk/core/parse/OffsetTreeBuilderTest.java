package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class OffsetTreeBuilderTest {

  @Test
  void lineTrackingIsOffOnThisClassPath() {
    // If a jsoup upgrade moves the reader, the builder falls back to jsoup's own speed: fail here, not
    // silently in a benchmark.
    assertTrue(OffsetTreeBuilder.offsetsOnly());
    Document doc = OffsetTreeBuilder.parser().parseInput("<html>\n<body>\n\n<p>Third line</p>\n</body></html>", "");
    Range p = doc.selectFirst("p").sourceRange();
    assertEquals(15, p.startPos(), "offsets are kept");
    assertEquals(1, p.start().lineNumber(), "no line index: every position reads as line 1");
    assertEquals(4, Parser.htmlParser().setTrackPosition(true).parseInput("<html>\n<body>\n\n<p>Third line</p>\n</body></html>", "")
        .selectFirst("p").sourceRange().start().lineNumber());
  }

  @Test
  void everyNodeHasTheOffsetsJsoupsOwnBuilderGivesIt() {
    Random random = new Random(11);
    String[] pieces = {
      "<p class=\"lede\" data-x='1'>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<img src=a.png alt=\"x\">", "&amp;", "&nbsp;",
      "&#8220;", "<!-- a comment -->", "<table><tr><td>cell", "</table>", "<li>item", "<ul>", "</ul>", "<b>", "</i>",
      "<script>var a = '<p>';</script>", "<style>p{}</style>", "text with words ", "\n", "\r\n", "\r", "\t", "caf\u00E9 ",
      "\uD83D\uDCF0 ", "<h2>Head</h2>", "<a href='/x'>link</a>", "<p>", "<![CDATA[x]]>", "<",
    };
    for (int round = 0; round < 200; round++) {
      StringBuilder page = new StringBuilder(random.nextBoolean() ? "<!DOCTYPE html><html><head><title>T</title></head><body>" : "");
      // Some pages past jsoup's 32 KiB buffer, whose refills move the reader's window.
      int n = random.nextInt(10) == 0 ? 20_000 : random.nextInt(60);
      for (int i = 0; i < n; i++) {
        page.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameOffsets("generated page " + round, page.toString());
    }
  }

  @Test
  void corpusPagesHaveTheOffsetsJsoupsOwnBuilderGivesThem() throws IOException {
    String dir = System.getProperty("copydesk.corpus");
    Path root = dir == null ? null : Path.of(dir);
    assumeTrue(root != null && Files.isDirectory(root), "corpus folder absent: " + dir);
    int pages = 0;
    for (Path folder : List.of(
        root.resolve("trafilatura-eval-en-sample/pages"),
        root.resolve("scrapinghub-article-extraction-benchmark/html"),
        root.resolve("l3s-gn1-boilerplate-sample/original"))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().limit(60).toList();
      }
      for (Path f : files) {
        assertSameOffsets(f.toString(), read(f));
        pages++;
      }
    }
    assumeTrue(pages > 0, "no corpus pages");
  }

  private static String read(Path p) throws IOException {
    try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertSameOffsets(String what, String html) {
    List<String> expected = offsets(Parser.htmlParser().setTrackPosition(true).parseInput(html, ""));
    List<String> actual = offsets(OffsetTreeBuilder.parser().parseInput(html, ""));
    assertTrue(expected.size() > 1, what);
    assertEquals(expected, actual, what);
  }

  /** Each node's name and the offsets of its start and end ranges, in document order. */
  private static List<String> offsets(Document doc) {
    List<String> out = new ArrayList<>();
    doc.traverse((NodeVisitor) (Node node, int depth) -> {
      Range r = node.sourceRange();
      StringBuilder s = new StringBuilder(node.nodeName()).append(' ').append(r.startPos()).append('-').append(r.endPos());
      if (node instanceof org.jsoup.nodes.Element e) {
        Range end = e.endSourceRange();
        s.append(" / ").append(end.startPos()).append('-').append(end.endPos());
      }
      out.add(s.toString());
    });
    return out;
  }
}
