package dev.copydesk.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.copydesk.core.model.Diagnostic;
import dev.copydesk.core.model.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every document of the shared corpus ({@code copydesk.corpus}, skipped when absent) parses without
 * throwing and keeps the span contracts of {@link SpanChecks}. Plain-text documents go through the
 * Markdown parser too, which must hold the same contracts on prose without markup.
 */
class CorpusPropertyTest {

  private static final ArticleParser PARSER = ArticleParser.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private record Doc(String id, String source, Format format) {}

  @TestFactory
  Stream<DynamicTest> everyCorpusDocumentKeepsTheSpanContracts() {
    String dir = System.getProperty("copydesk.corpus");
    Path root = dir == null ? null : Path.of(dir);
    assumeTrue(root != null && Files.isDirectory(root), "corpus folder absent: " + dir);
    return Stream.of(
            corpus("BBC News (text)", root.resolve("bbc-news-greene-cunningham/bbc"), "txt", Format.TEXT),
            corpus("BBC News (as Markdown)", root.resolve("bbc-news-greene-cunningham/bbc"), "txt", Format.MARKDOWN),
            corpus("FakeNewsNet text (text)", root.resolve("fakenewsnet-v1-buzzfeed-politifact/Data"), "json", Format.TEXT),
            corpus("FakeNewsNet text (as Markdown)", root.resolve("fakenewsnet-v1-buzzfeed-politifact/Data"), "json", Format.MARKDOWN),
            corpus("Scrapinghub pages", root.resolve("scrapinghub-article-extraction-benchmark/html"), "html.gz", Format.HTML),
            corpus("trafilatura pages", root.resolve("trafilatura-eval-en-sample/pages"), "html", Format.HTML),
            corpus("L3S-GN1 pages", root.resolve("l3s-gn1-boilerplate-sample/original"), "html", Format.HTML))
        .filter(t -> t != null);
  }

  private static DynamicTest corpus(String name, Path folder, String extension, Format format) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          assumeTrue(Files.isDirectory(folder), "absent: " + folder);
          List<Doc> docs = load(folder, extension, format);
          assertTrue(docs.size() > 0, "no documents in " + folder);
          List<String> failures = new ArrayList<>();
          int sentences = 0;
          long nanos = 0;
          long chars = 0;
          for (Doc d : docs) {
            long t0 = System.nanoTime();
            ParsedArticle parsed = PARSER.parse(d.id(), d.source(), d.format());
            nanos += System.nanoTime() - t0;
            chars += d.source().length();
            for (Diagnostic diag : parsed.diagnostics()) {
              if (diag.code().equals("parse.failure")) {
                failures.add(d.id() + ": " + diag);
              }
            }
            for (String v : SpanChecks.violations(parsed.article())) {
              failures.add(d.id() + ": " + v);
            }
            sentences += parsed.article().blocks().stream().mapToInt(b -> b.sentences().size()).sum();
          }
          System.out.printf(
              Locale.ROOT,
              "corpus %-32s %5d documents %8d sentences %6.1f MB parsed in %6.0f ms (%5.1f MB/s), %d violations%n",
              name,
              docs.size(),
              sentences,
              chars / 1e6,
              nanos / 1e6,
              chars / 1e6 / (nanos / 1e9),
              failures.size());
          assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " violations");
        });
  }

  private static List<Doc> load(Path folder, String extension, Format format) throws IOException {
    List<Doc> docs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith("." + extension)).sorted().toList();
    }
    for (Path p : files) {
      String id = folder.relativize(p).toString();
      byte[] bytes = read(p);
      if (extension.equals("json")) {
        if (bytes.length == 0) {
          continue; // two records are empty files upstream
        }
        JsonNode text = JSON.readTree(bytes).get("text");
        if (text != null && text.isTextual()) {
          docs.add(new Doc(id, text.asText(), format));
        }
        continue;
      }
      docs.add(new Doc(id, decode(id, bytes), format));
    }
    return docs;
  }

  private static byte[] read(Path p) {
    try (InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * UTF-8 as the linter reads by default; the few files in another encoding (BBC sport/199.txt, old
   * Latin-1 pages) must get the encoding diagnostic, and are then read as windows-1252.
   */
  private static String decode(String id, byte[] bytes) {
    SourceDecoder.Decoded d = SourceDecoder.utf8().decode(bytes);
    if (d.ok()) {
      return d.text();
    }
    assertEquals("io.encoding", d.diagnostic().code(), id + ": " + d.diagnostic());
    SourceDecoder.Decoded latin = new SourceDecoder(Charset.forName("windows-1252")).decode(bytes);
    assertTrue(latin.ok(), id + ": " + latin.diagnostic());
    return latin.text();
  }
}
